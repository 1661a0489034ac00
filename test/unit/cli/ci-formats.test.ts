// `check` on folders and patterns, and its CI formats, on the fixture documents the engine is tested with.
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../../support/cli';
import { escapeGithubData, escapeGithubProperty, escapeXml } from '../../../src/cli/ci-formats';
import { FINGERPRINT_KEY } from '../../../src/cli/sarif';

const FIXTURES = resolve('test/fixtures/checklist');
const SHARED_DB = 'ap-shared-database-garden-centre.md';
const CHAINS = 'ap-synchronous-chains-ride-quotes.md';


const cli = runCli;

/** A repository-like folder: docs/ with two fixtures (one nested), plus Markdown that a search must skip. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'dw-ci-'));
  mkdirSync(join(root, 'docs/design'), { recursive: true });
  copyFileSync(join(FIXTURES, SHARED_DB), join(root, 'docs', SHARED_DB));
  copyFileSync(join(FIXTURES, CHAINS), join(root, 'docs/design', CHAINS));
  for (const skipped of ['node_modules/pkg', '.github', 'docs/.drafts']) {
    mkdirSync(join(root, skipped), { recursive: true });
    writeFileSync(join(root, skipped, 'README.md'), '# Not a design\n\nAll services share one PostgreSQL database.\n');
  }
  writeFileSync(join(root, 'docs/notes.txt'), 'not Markdown');
  return root;
}

const filesOf = (json: string): string[] => (JSON.parse(json) as { file: string }[]).map((r) => r.file);

describe('check: files, folders and patterns', () => {
  const root = workspace();

  it('searches a folder for Markdown, skipping node_modules and dot-folders', () => {
    const r = cli(['check', '.', '--format', 'json'], root);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(filesOf(r.out), [`docs/${SHARED_DB}`, `docs/design/${CHAINS}`]);
  });

  it('expands a quoted glob pattern, and names each file once', () => {
    const r = cli(['check', 'docs/**/*.md', `docs/${SHARED_DB}`, '--format', 'json'], root);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(filesOf(r.out), [`docs/${SHARED_DB}`, `docs/design/${CHAINS}`]);
    assert.deepEqual(filesOf(cli(['check', `docs/design/${CHAINS}`, 'docs/*.md', '--format', 'json'], root).out), [`docs/design/${CHAINS}`, `docs/${SHARED_DB}`]);
  });

  it('is a usage error when a pattern matches nothing or a folder has no Markdown', () => {
    const none = cli(['check', 'docs/**/*.markdown'], root);
    assert.equal(none.code, 2);
    assert.match(none.err, /the pattern 'docs\/\*\*\/\*\.markdown' matches no files/);
    mkdirSync(join(root, 'empty'), { recursive: true });
    const empty = cli(['check', 'empty'], root);
    assert.equal(empty.code, 2);
    assert.match(empty.err, /empty: the folder holds no Markdown/);
    assert.match(cli(['check', 'docs/missing.md'], root).err, /docs\/missing\.md: no such file/);
  });

  it('skips a pattern that matches nothing with --no-error-on-unmatched-pattern', () => {
    const r = cli(['check', 'design/**/*.md', 'docs/*.md', '--no-error-on-unmatched-pattern', '--format', 'json'], root);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(filesOf(r.out), [`docs/${SHARED_DB}`]);
  });
});

describe('check --format sarif', () => {
  const root = workspace();
  const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema's uri and date-time formats are checked too, not skipped.
  addFormats(ajv);
  const validate = ajv.compile(schema);

  interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    partialFingerprints: Record<string, string>;
    locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  }
  const sarif = (args: string[] = ['docs']): { rules: { id: string; helpUri: string }[]; results: SarifResult[] } => {
    const r = cli(['check', ...args, '--format', 'sarif'], root);
    assert.equal(r.code, 0, r.err);
    const log = JSON.parse(r.out) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; results: SarifResult[] }[] };
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    return { rules: log.runs[0].tool.driver.rules, results: log.runs[0].results };
  };

  it('validates against the official SARIF 2.1.0 schema', () => {
    assert.ok(sarif().results.length > 0);
  });

  it('names each finding by its item or anti-pattern id, on the line the fixture expects, at a relative uri', () => {
    const { rules, results } = sarif();
    const shared = results.filter((r) => r.ruleId === 'shared-database');
    assert.equal(shared.length, 1);
    assert.equal(shared[0].locations[0].physicalLocation.artifactLocation.uri, `docs/${SHARED_DB}`);
    assert.equal(shared[0].locations[0].physicalLocation.region.startLine, 13);
    const chain = results.find((r) => r.ruleId === 'synchronous-chains');
    assert.equal(chain?.locations[0].physicalLocation.region.startLine, 16);
    assert.equal(chain?.locations[0].physicalLocation.artifactLocation.uri, `docs/design/${CHAINS}`);
    for (const r of results) assert.equal(rules[r.ruleIndex].id, r.ruleId);
    const rule = rules.find((x) => x.id === 'shared-database');
    assert.equal(rule?.helpUri, 'https://github.com/design-workbench/design-workbench/blob/main/docs/checklist.md#shared-database');
  });

  it('keeps fingerprints when unrelated lines are added above a finding', () => {
    const before = sarif([`docs/${SHARED_DB}`]).results;
    const file = join(root, 'docs', SHARED_DB);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('## Services\n', '## Services\n\nA paragraph added later about the team.\n\nAnother one.\n'));
    const after = sarif([`docs/${SHARED_DB}`]).results;
    const moved = after.find((r) => r.ruleId === 'shared-database');
    assert.equal(moved?.locations[0].physicalLocation.region.startLine, 17);
    const key = (rs: SarifResult[]): string[] => rs.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
    assert.deepEqual(key(after), key(before));
    writeFileSync(file, text);
  });

  it('sets the package.json repository as the home of the docs links', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
    for (const rule of sarif().rules) assert.ok(rule.helpUri.startsWith(`${pkg.repository.url}/blob/main/docs/checklist.md#${rule.id}`), rule.helpUri);
  });
});

describe('check --format github', () => {
  const root = workspace();

  it('prints one workflow command per finding, anti-patterns at their line', () => {
    const r = cli(['check', 'docs', '--format', 'github'], root);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.every((l) => /^::(warning|notice|error) file=[^,]+,line=\d+,col=\d+,title=[^,:]+::\S/.test(l)), r.out);
    assert.ok(lines.includes(lines.find((l) => l.startsWith(`::warning file=docs/${SHARED_DB},line=13,col=1,title=Shared database (shared-database)::Anti-pattern`)) ?? '<none>'));
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeGithubData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeGithubProperty('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext%3A a%2C b');
  });
});

describe('check --format junit', () => {
  const root = workspace();

  it('has one test suite per file and fails missing and weak items and anti-patterns', () => {
    const r = cli(['check', 'docs', '--format', 'junit'], root);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="design-workbench"/);
    const suites = [...r.out.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"/g)];
    assert.deepEqual(suites.map((s) => s[1]), [`docs/${SHARED_DB}`, `docs/design/${CHAINS}`]);
    const shared = r.out.slice(r.out.indexOf(`<testsuite name="docs/${SHARED_DB}"`), r.out.indexOf('</testsuite>'));
    // Ten items and the one anti-pattern the fixture shows.
    assert.equal((shared.match(/<testcase /g) ?? []).length, 11);
    assert.match(shared, /name="shared-database: Shared database \(line 13\)"><failure type="antipattern"/);
    assert.match(shared, /name="data-management: Data management"><system-out>/);
    assert.equal(Number(suites[0][3]), (shared.match(/<failure /g) ?? []).length);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    assert.equal(escapeXml(`a < b & "c" 'd' > e\u0001`), 'a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e');
    const file = join(root, 'docs/markup.md');
    writeFileSync(file, '# Orders & "more"\n\nAll services share one PostgreSQL database for orders & stock, < 2 GB.\n');
    const r = cli(['check', 'docs/markup.md', '--format', 'junit'], root);
    assert.match(r.out, /All services share one PostgreSQL database for orders &amp; stock, &lt; 2 GB\./);
    assert.doesNotMatch(r.out, /orders & stock/);
  });
});

describe('check --format compact and the $design-workbench problem matcher', () => {
  const root = workspace();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    contributes: { problemMatchers: { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }[] };
  };
  const matcher = pkg.contributes.problemMatchers.find((m) => m.name === 'design-workbench');

  it('prints lines the problem matcher in package.json reads back to file, line, severity, id and message', () => {
    assert.ok(matcher);
    const r = cli(['check', 'docs', '--format', 'compact'], root);
    assert.equal(r.code, 0, r.err);
    const re = new RegExp(matcher.pattern.regexp);
    const parsed = r.out.trim().split('\n').map((l) => re.exec(l));
    assert.ok(parsed.every(Boolean), r.out);
    const shared = parsed.find((m) => m?.[matcher.pattern.code] === 'shared-database');
    assert.equal(shared?.[matcher.pattern.file], `docs/${SHARED_DB}`);
    assert.equal(shared?.[matcher.pattern.line], '13');
    assert.equal(shared?.[matcher.pattern.severity], 'warning');
    assert.match(shared?.[matcher.pattern.message] ?? '', /^Anti-pattern — Shared database/);
  });
});

describe('check --output and --max-warnings', () => {
  const root = workspace();

  it('writes the report to a new file in new folders, and nothing to standard output', () => {
    const r = cli(['check', 'docs', '--format', 'sarif', '--output', 'reports/ci/design.sarif'], root);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
    assert.equal(JSON.parse(readFileSync(join(root, 'reports/ci/design.sarif'), 'utf8')).version, '2.1.0');
    assert.deepEqual(readdirSync(join(root, 'reports/ci')), ['design.sarif']);
  });

  it('writes a report with a valid name of 254 characters (the temporary name stays within the limit; issue 18)', () => {
    const name = `${'r'.repeat(249)}.sarif`;
    const r = cli(['check', 'docs', '--format', 'sarif', '--output', `long/${name}`], root);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(readdirSync(join(root, 'long')), [name]);
  });

  it('leaves an existing file whole and says why when it cannot write', () => {
    writeFileSync(join(root, 'blocker'), 'a file where a folder should be');
    const r = cli(['check', 'docs', '--output', 'blocker/report.txt'], root);
    assert.equal(r.code, 2);
    assert.match(r.err, /--output blocker\/report\.txt: cannot write the report/);
    assert.equal(readFileSync(join(root, 'blocker'), 'utf8'), 'a file where a folder should be');
    assert.ok(!existsSync(join(root, 'blocker/report.txt')));
  });

  it('exits 1 when the findings are more than --max-warnings, and 0 at the limit', () => {
    const count = cli(['check', 'docs', '--format', 'compact'], root).out.trim().split('\n').length;
    assert.ok(count > 1);
    assert.equal(cli(['check', 'docs', '--max-warnings', String(count)], root).code, 0);
    const over = cli(['check', 'docs', '--max-warnings', String(count - 1)], root);
    assert.equal(over.code, 1);
    assert.match(over.err, new RegExp(`${count} findings .* more than --max-warnings ${count - 1}`));
    assert.match(cli(['check', 'docs', '--max-warnings=-1'], root).err, /--max-warnings must be a whole number/);
    assert.match(cli(['check', 'docs', '--max-warnings', '2.5'], root).err, /--max-warnings must be a whole number/);
  });
});

describe('check: every instance of an anti-pattern', () => {
  const root = mkdtempSync(join(tmpdir(), 'dw-instances-'));
  const CLINIC = 'ap-shared-database-every-instance-clinic.md';
  copyFileSync(join(FIXTURES, CLINIC), join(root, CLINIC));
  const LINES = [7, 11, 15];

  it('keeps line and evidence as the first instance in JSON and adds every instance', () => {
    const r = cli(['check', CLINIC, '--format', 'json'], root);
    const [report] = JSON.parse(r.out) as { antipatterns: { id: string; line: number; evidence: string; instances: { line: number; text: string }[] }[] }[];
    assert.equal(report.antipatterns.length, 1);
    const [shared] = report.antipatterns;
    assert.equal(shared.line, 7);
    assert.deepEqual(shared.instances.map((i) => i.line), LINES);
    assert.equal(shared.instances[0].text, shared.evidence);
    assert.match(shared.instances[1].text, /^The nightly reporting job and the Billing service share one PostgreSQL database/);
  });

  it('reports each instance in the text, SARIF, github, junit and compact formats', () => {
    assert.match(cli(['check', CLINIC], root).out, /Shared database +line 7: .*\n +also on lines 11, 15\n/);
    const sarif = JSON.parse(cli(['check', CLINIC, '--format', 'sarif'], root).out) as {
      runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    const results = sarif.runs[0].results.filter((x) => x.ruleId === 'shared-database');
    assert.deepEqual(results.map((x) => x.locations[0].physicalLocation.region.startLine), LINES);
    assert.equal(new Set(results.map((x) => x.partialFingerprints[FINGERPRINT_KEY])).size, 3);
    const github = cli(['check', CLINIC, '--format', 'github'], root).out.split('\n').filter((l) => l.includes('(shared-database)'));
    assert.deepEqual(github.map((l) => Number(/,line=(\d+),/.exec(l)?.[1])), LINES);
    const junit = cli(['check', CLINIC, '--format', 'junit'], root).out;
    assert.deepEqual([...junit.matchAll(/name="shared-database: Shared database \(line (\d+)\)"><failure/g)].map((m) => Number(m[1])), LINES);
    const compact = cli(['check', CLINIC, '--format', 'compact'], root).out.split('\n').filter((l) => l.includes(' shared-database: '));
    assert.deepEqual(compact.map((l) => Number(l.split(':')[1])), LINES);
  });

  it('counts each instance against --max-warnings', () => {
    const count = cli(['check', CLINIC, '--format', 'compact'], root).out.trim().split('\n').length;
    const items = (JSON.parse(cli(['check', CLINIC, '--format', 'json'], root).out) as { items: { status: string }[] }[])[0].items.filter((i) => i.status === 'missing' || i.status === 'weak').length;
    assert.equal(count, items + LINES.length);
    assert.equal(cli(['check', CLINIC, '--max-warnings', String(count - 1)], root).code, 1);
  });
});
