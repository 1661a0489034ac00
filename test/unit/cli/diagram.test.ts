// `design-workbench diagram`: Mermaid text or JSON for every diagram block, exit 2 with file:line on an invalid spec.
import * as assert from 'node:assert/strict';
import { withComment } from '../../../src/cli/diagram';
import { main, type Io } from '../../../src/cli/main';
import { loadMermaid, parseMermaid } from '../../support/diagram-mermaid';

/** Runs the CLI over files held in memory: what it prints, on which stream, and the exit code. */
function runCli(argv: string[], files: Readonly<Record<string, string>>): { code: number; out: string; err: string } {
  const printed = { out: '', err: '' };
  const io: Io = {
    color: false,
    out: (s) => (printed.out += s + '\n'),
    err: (s) => (printed.err += s + '\n'),
    isFile: (file) => {
      if (!(file in files)) throw Object.assign(new Error(file), { code: 'ENOENT' });
      return true;
    },
    readFile: (file) => Buffer.from(files[file], 'utf8'),
  };
  return { code: main(argv, io), ...printed };
}

describe('command line: diagram', () => {
  const files: Record<string, string> = {};
  const write = (file: string, text: string): string => {
    files[file] = text;
    return file;
  };
  const cli = (args: string[]) => runCli(['diagram', ...args], files);
  const doc = write(
    'docs/design.md',
    [
      '# Checkout', // 1
      '',
      '```saga', // 3
      'name: Checkout',
      'style: orchestration',
      'orchestrator: Checkout saga',
      'steps:',
      '  - service: Payment', // 8
      '    action: Charge card',
      '  - service: Shipping',
      '    action: Ship parcel',
      '```',
      '',
      '```mermaid', // 14
      'graph LR',
      '  a --> b',
      '```',
      '',
      '```discovery', // 19
      'pattern: dns',
      'caller: Checkout',
      'service: Payment',
      'instances: [10.0.0.5]',
      '```',
    ].join('\n'),
  );

  before(async function () {
    this.timeout(60000);
    await loadMermaid();
  });

  it('prints the Mermaid text of every block after a comment naming its line; warnings go to stderr', async () => {
    const r = cli([doc]);
    assert.equal(r.code, 0);
    const parts = r.out.trimEnd().split('\n\n');
    assert.equal(parts.length, 3);
    assert.ok(parts[0].startsWith(`%% ${doc}:3 Checkout\nsequenceDiagram\n  accTitle: Saga: Checkout\n`));
    assert.equal(parts[1], `%% ${doc}:14 Mermaid diagram 1\ngraph LR\n  a --> b`);
    assert.ok(parts[2].startsWith(`%% ${doc}:19 Service discovery: DNS\nsequenceDiagram`));
    for (const p of parts) await parseMermaid(p);
    assert.equal(r.err, `${doc}:8: warning: Step 1 (Payment: Charge card) has no compensation. ${r.err.split('has no compensation. ')[1]}`);
  });

  it('prints the JSON contract with 1-based lines', () => {
    const r = cli([doc, '--format', 'json']);
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 3);
    assert.deepEqual(Object.keys(json[0]), ['file', 'kind', 'title', 'line', 'endLine', 'mermaid', 'problems']);
    assert.deepEqual(
      json.map((b: { kind: string; title: string; line: number; endLine: number }) => [b.kind, b.title, b.line, b.endLine]),
      [
        ['saga', 'Checkout', 3, 12],
        ['mermaid', 'Mermaid diagram 1', 14, 17],
        ['discovery', 'Service discovery: DNS', 19, 24],
      ],
    );
    assert.deepEqual(Object.keys(json[0].problems[0]), ['line', 'severity', 'code', 'message']);
    assert.deepEqual([json[0].problems[0].line, json[0].problems[0].severity, json[0].problems[0].code], [8, 'warning', 'missing-compensation']);
    assert.match(json[0].mermaid, /^sequenceDiagram\n/);
  });

  it('exits 2 with file:line: message for an invalid spec, and still draws the valid blocks', () => {
    const bad = write('bad.md', '# X\n\n```saga\nname: X\nstyle: orchestrated\nsteps: []\n```\n\n```mermaid\ngraph TD\n```\n');
    const r = cli([bad]);
    assert.equal(r.code, 2);
    assert.equal(r.err, `${bad}:5: style: "orchestrated" is not allowed; expected choreography or orchestration (did you mean orchestration?)\n${bad}:6: steps is an empty list; expected a list of 1 to 50 steps, each with service and action\n`);
    assert.equal(r.out, `%% ${bad}:9 Mermaid diagram 1\ngraph TD\n`);
    const json = JSON.parse(cli([bad, '--format', 'json']).out);
    assert.equal(json[0].mermaid, null);
    assert.equal(json[0].problems[0].severity, 'error');
  });

  it('reads standalone .saga.yaml and .discovery.yaml files', () => {
    const saga = write('place-order.saga.yaml', 'name: Place order\nstyle: choreography\nsteps:\n  - service: Order\n    action: Create order\n');
    const r = cli([saga]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^%% .*place-order\.saga\.yaml:1 Place order\nsequenceDiagram\n {2}accTitle: Saga: Place order\n {2}accDescr: .*\n {2}participant p1 as Order\n {2}participant p2 as Message broker\n/);
    const disc = write('payment.discovery.yaml', 'pattern: kubernetes\ncaller: order\nservice: payment\ninstances: 10.0.1.5\n');
    const d = cli([disc]);
    assert.equal(d.code, 2);
    assert.equal(d.err, `${disc}:4: instances: got "10.0.1.5"; expected a list of 1 to 20 instance addresses, e.g. "10.0.1.5:8080"\n`);
  });

  it('says when a file has no diagram blocks, and rejects bad usage', () => {
    const plain = write('plain.md', '# Nothing to draw\n');
    assert.deepEqual(cli([plain]), { code: 0, out: '', err: `${plain}: no saga, discovery or mermaid blocks\n` });
    assert.equal(cli([plain, '--format', 'svg']).err, "design-workbench: --format must be 'mermaid' or 'json', got 'svg'\n");
    assert.equal(cli([]).code, 2);
    assert.match(cli(['missing.md']).err, /missing\.md: no such file/);
    assert.match(cli(['--help']).out, /design-workbench diagram <file>\.\.\. \[--format mermaid\|json\]/);
    assert.match(runCli(['--help'], files).out, /design-workbench diagram <file>/);
  });

  it('keeps a saga\'s name from acting on Mermaid through the %% comment (an init directive with CSS)', async () => {
    const name = '%%{init: {"theme": "dark", "themeCSS": "svg{background:url(https://evil.example/x)}"}}%%';
    const file = write('inject.md', `# X\n\n\`\`\`saga\nname: '${name}'\nstyle: orchestration\nsteps:\n  - { service: A, action: Do, compensation: Undo }\n  - { service: B, action: Go }\n\`\`\`\n`);
    const r = cli([file]);
    assert.equal(r.code, 0, r.err);
    const comment = r.out.split('\n')[0];
    assert.match(comment, /^%% .*inject\.md:3 /);
    assert.doesNotMatch(r.out, /%%\{|\{init/, 'no directive reaches Mermaid');
    assert.equal(await parseMermaid(r.out), 'sequence');
    assert.equal(withComment('graph LR', 'f.md:1 %%{init: {}}%%'), '%% f.md:1 #37;#37;#123;init: #123;#125;#125;#37;#37;\ngraph LR');
  });

  it('puts the comment after a mermaid block\'s front matter, which must come first', async () => {
    const text = withComment('---\ntitle: Hi\n---\nflowchart LR\n  a --> b', 'f.md:3 Mermaid diagram 1');
    assert.equal(text, '---\ntitle: Hi\n---\n%% f.md:3 Mermaid diagram 1\nflowchart LR\n  a --> b');
    assert.equal(await parseMermaid(text), 'flowchart-v2');
    assert.equal(withComment('graph LR', 'a\nb'), '%% a b\ngraph LR');
  });
});
