import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../support/cli';
import { parseHunks } from '../../../src/cli/changed';
import { makeBaseline, newFindings } from '../../../src/cli/baseline';
import { normalizeEvidence } from '../../../src/checklist/findings';
import type { Finding } from '../../../src/checklist/check';

const cli = runCli;

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dw-ci-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const DESIGN = '# Orders\n\nServices find each other through Consul.\n\nAll services share one PostgreSQL database.\n';
const PACK = `items:
  - id: idempotency-keys
    title: Idempotency keys
    question: How does a retried request avoid doing the work twice?
    strongAnswer: [Every mutating request carries an idempotency key.]
    headings: [idempotency]
    topics: [duplicate charges]
    concepts:
      - id: keys
        label: idempotency keys
        terms: [idempotency key]
    advice: Store each request's idempotency key with its result.
`;

describe('command line with a configuration file', () => {
  it('applies severities, overrides and the packs the configuration names, from the folders above the file', () => {
    const root = folder({
      '.design-workbench.yaml': 'packs: [team/pack.yaml]\nseverity:\n  shared-database: off\noverrides:\n  - files: docs/legacy/**\n    outOfScope: [security]\n',
      'team/pack.yaml': PACK,
      'docs/legacy/orders.md': DESIGN,
    });
    const r = cli(['check', 'docs/legacy/orders.md', '--format', 'json'], root);
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
    const [report] = JSON.parse(r.out);
    assert.equal(report.antipatterns.length, 0, 'shared-database is off');
    assert.equal(report.items.find((i: { id: string }) => i.id === 'security').status, 'out-of-scope');
    assert.equal(report.items.find((i: { id: string }) => i.id === 'idempotency-keys').status, 'missing');
    assert.match(cli(['check', 'docs/legacy/orders.md'], root).out, /out-of-scope Security +Out of scope for this folder by the configuration file\./);
  });

  it('reads the workspace packs in .design-workbench/checklists of the current folder, as the editor does', () => {
    const root = folder({ '.design-workbench/checklists/pay.yaml': PACK, 'a.md': DESIGN });
    const [report] = JSON.parse(cli(['check', 'a.md', '--format', 'json'], root).out);
    assert.ok(report.items.some((i: { id: string }) => i.id === 'idempotency-keys'));
  });

  it('prints a configuration mistake as file:line: message, still reports, and exits 2', () => {
    const root = folder({ '.design-workbench.yaml': 'severity:\n  shared-database: off\nfailUnder: high\nincldue: ["**/*.md"]\n', 'a.md': DESIGN });
    const r = cli(['check', 'a.md'], root);
    assert.equal(r.code, 2);
    assert.match(r.err, /^\.design-workbench\.yaml:3: failUnder: must be a number, got string "high"$/m);
    assert.match(r.err, /^\.design-workbench\.yaml:4: unknown key 'incldue'; did you mean 'include'\?$/m);
    assert.match(r.out, /Score \d+\/100/);
    assert.doesNotMatch(r.out, /Shared database/, 'the valid setting still applies');
  });

  it('uses failUnder from the configuration unless --fail-under is given', () => {
    const root = folder({ '.design-workbench.jsonc': '{ "failUnder": 95 /* strict */ }', 'a.md': DESIGN });
    const r = cli(['check', 'a.md'], root);
    assert.equal(r.code, 1);
    assert.match(r.err, /a\.md: score \d+ is below failUnder 95 \(\.design-workbench\.jsonc\)/);
    assert.equal(cli(['check', 'a.md', '--fail-under', '0'], root).code, 0);
  });

  it('lists suppressed findings with their reasons on --show-suppressed, and in json', () => {
    const text = '# Orders\n\nAll services share one PostgreSQL database. <!-- design-workbench-disable-line shared-database -- reporting reads a replica -->\n';
    const root = folder({ 'a.md': text });
    const plain = cli(['check', 'a.md'], root);
    assert.doesNotMatch(plain.out, /reporting reads a replica/);
    assert.match(plain.out, /1 suppressed/);
    const shown = cli(['check', 'a.md', '--show-suppressed'], root);
    assert.match(shown.out, /Suppressed\n {2}- Shared database +line 3: reporting reads a replica/);
    const [json] = JSON.parse(cli(['check', 'a.md', '--format', 'json'], root).out);
    assert.equal(json.antipatterns.length, 0);
    assert.deepEqual(
      json.suppressed.filter((s: { id: string }) => s.id === 'shared-database').map((s: { line: number; reason: string }) => [s.line, s.reason]),
      [[3, 'reporting reads a replica']],
    );
  });

  it('reports a suppression with no reason', () => {
    const root = folder({ 'a.md': '# Orders\n\n<!-- design-workbench-disable-next-line shared-database -->\nAll services share one PostgreSQL database.\n' });
    const r = cli(['check', 'a.md'], root);
    assert.match(r.out, /Suppression comments\n {2}! line 3: this suppression gives no reason/);
    const [json] = JSON.parse(cli(['check', 'a.md', '--format', 'json'], root).out);
    assert.equal(json.suppressionProblems[0].line, 3);
  });
});

describe('configuration and CI formats together', () => {
  it('checks the include globs of the configuration in the current folder when no file is named', () => {
    const root = folder({ '.design-workbench.yaml': 'include: ["docs/**/*.md"]\n', 'docs/orders.md': DESIGN, 'notes/todo.md': '# Todo\n' });
    const run = cli(['check', '--format', 'json'], root);
    assert.equal(run.code, 0, run.err);
    assert.deepEqual(JSON.parse(run.out).map((r: { file: string }) => r.file), ['docs/orders.md']);
    const none = cli(['check'], folder({ 'orders.md': DESIGN }));
    assert.equal(none.code, 2);
    assert.match(none.err, /needs a Markdown file, folder or glob pattern, or a \.design-workbench\.yaml with include globs/);
  });

  it('leaves a suppressed anti-pattern instance out of sarif, github, compact and junit, and keeps the other', () => {
    const text = '# Orders\n\nAll services share one PostgreSQL database.\n\n<!-- design-workbench-disable-next-line shared-database -- reporting replica, read only -->\nThe billing and orders services share one database too.\n';
    const root = folder({ 'orders.md': text });
    const unsuppressed = folder({ 'orders.md': text.replace(/<!--.*-->\n/, '') });
    const lines = (r: ReturnType<typeof cli>): string[] => r.out.split('\n').filter((l) => l.includes(' shared-database: '));
    assert.equal(lines(cli(['check', 'orders.md', '--format', 'compact'], unsuppressed)).length, 2, 'the fixture shows the anti-pattern twice');
    const compact = lines(cli(['check', 'orders.md', '--format', 'compact'], root));
    assert.deepEqual(compact.map((l) => l.split(':')[1]), ['3']);
    const sarif = JSON.parse(cli(['check', 'orders.md', '--format', 'sarif'], root).out);
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'shared-database');
    assert.deepEqual(results.map((r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0].physicalLocation.region.startLine), [3]);
    assert.equal(cli(['check', 'orders.md', '--format', 'github'], root).out.match(/title=Shared database/g)?.length, 1);
    assert.equal(cli(['check', 'orders.md', '--format', 'junit'], root).out.match(/shared-database: Shared database \(line/g)?.length, 1);
  });
});

describe('--changed-since', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });

  it('reports only the findings on lines changed since the ref, in a real repository', () => {
    const root = folder({ 'design.md': '# Orders\n\nAll services share one PostgreSQL database.\n\n## Notes\n\nNothing yet.\n' });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'first');
    // An edit below the old finding adds a new one (a synchronous chain) and moves nothing.
    writeFileSync(join(root, 'design.md'), '# Orders\n\nAll services share one PostgreSQL database.\n\n## Notes\n\nThe gateway calls orders, which calls billing, which calls inventory, which calls shipping, synchronously over REST for each request.\n');
    git(root, 'commit', '-q', '-am', 'second');
    const all = JSON.parse(cli(['check', 'design.md', '--format', 'json'], root).out)[0];
    assert.deepEqual(all.antipatterns.map((a: { id: string }) => a.id).sort(), ['shared-database', 'synchronous-chains']);
    const changed = JSON.parse(cli(['check', 'design.md', '--format', 'json', '--changed-since', 'HEAD~1'], root).out)[0];
    assert.deepEqual(changed.antipatterns.map((a: { id: string; line: number }) => [a.id, a.line]), [['synchronous-chains', 7]]);
    // Uncommitted edits count too: the working tree is compared with the ref.
    writeFileSync(join(root, 'design.md'), readFileSync(join(root, 'design.md'), 'utf8').replace('PostgreSQL database.', 'PostgreSQL database, one schema.'));
    const dirty = JSON.parse(cli(['check', 'design.md', '--format', 'json', '--changed-since', 'HEAD'], root).out)[0];
    assert.deepEqual(dirty.antipatterns.map((a: { id: string }) => a.id), ['shared-database']);
  });

  it('is a clear error outside a repository or with a ref git does not know', () => {
    const outside = folder({ 'a.md': DESIGN });
    const r = cli(['check', 'a.md', '--changed-since', 'main'], outside);
    assert.equal(r.code, 2);
    assert.match(r.err, /--changed-since needs a git repository/);
    git(outside, 'init', '-q');
    git(outside, 'add', '.');
    git(outside, 'commit', '-q', '-m', 'first');
    const bad = cli(['check', 'a.md', '--changed-since', 'no-such-branch'], outside);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /git knows no commit 'no-such-branch'/);
  });

  it('reads added lines from unified diff hunks, and none from deletions', () => {
    const hunks = parseHunks(['diff --git a/x.md b/x.md', '--- a/x.md', '+++ b/x.md', '@@ -3 +3 @@', '-old', '+new', '@@ -9,2 +10,3 @@', '@@ -20,4 +22,0 @@', '+++ "b/na\\303\\257ve.md"', '@@ -0,0 +1,2 @@'].join('\n'));
    assert.deepEqual([...(hunks.get('x.md') ?? [])], [3, 10, 11, 12]);
    assert.deepEqual([...(hunks.get('naïve.md') ?? [])], [1, 2]);
  });
});

describe('baselines', () => {
  const finding = (ruleId: string, line: number, evidence: string): Finding => ({
    kind: 'antipattern', ruleId, title: ruleId, line, column: 1, endColumn: evidence.length + 1, message: ruleId, evidence, severity: 'warning', docs: '',
  });

  it('ignore line numbers and spacing, and count repeated findings', () => {
    const baseline = makeBaseline([{ file: 'docs/a.md', findings: [finding('shared-database', 5, 'All services share one  *database*.')] }]);
    assert.equal(normalizeEvidence('All services share one  *database*.'), 'all services share one database');
    // Moved by an edit above, and re-wrapped: still the same finding.
    assert.deepEqual(newFindings(baseline, 'docs/a.md', [finding('shared-database', 9, 'All services share one database')]), []);
    // A second instance, another file or another rule is new.
    const second = finding('shared-database', 20, 'All services share one database');
    assert.deepEqual(newFindings(baseline, 'docs/a.md', [finding('shared-database', 9, 'All services share one database'), second]), [second]);
    assert.equal(newFindings(baseline, 'docs/b.md', [second]).length, 1);
    assert.equal(newFindings(baseline, 'docs/a.md', [finding('synchronous-chains', 9, 'All services share one database')]).length, 1);
  });

  it('written by --write-baseline, make --baseline report only what is new', () => {
    const root = folder({ 'docs/a.md': DESIGN });
    assert.equal(cli(['check', 'docs/a.md', '--write-baseline', 'baseline.json'], root).code, 0);
    const stored = JSON.parse(readFileSync(join(root, 'baseline.json'), 'utf8'));
    assert.ok(stored.findings.some((f: { file: string; rule: string }) => f.file === 'docs/a.md' && f.rule === 'shared-database'));
    // Lines added above move the old finding; a new anti-pattern appears below.
    writeFileSync(join(root, 'docs/a.md'), `# Orders\n\nIntro.\n\nMore intro.\n${DESIGN.slice('# Orders\n'.length)}\nThe gateway calls orders, which calls billing, which calls inventory, which calls shipping, synchronously over REST for each request.\n`);
    const [report] = JSON.parse(cli(['check', 'docs/a.md', '--format', 'json', '--baseline', 'baseline.json'], root).out);
    assert.deepEqual(report.antipatterns.map((a: { id: string }) => a.id), ['synchronous-chains']);
    assert.ok(report.items.some((i: { status: string }) => i.status === 'covered'), 'covered items stay in the report');
  });

  it('refuses a file that is not a baseline, saying how to make one', () => {
    const root = folder({ 'a.md': DESIGN, 'baseline.json': '{"version": 7}' });
    const r = cli(['check', 'a.md', '--baseline', 'baseline.json'], root);
    assert.equal(r.code, 2);
    assert.match(r.err, /baseline\.json: not a Design Workbench baseline .*--write-baseline baseline\.json/);
  });
});
