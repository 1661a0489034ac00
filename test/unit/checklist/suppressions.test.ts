import * as assert from 'node:assert/strict';
import { parseDirective, parseSuppressions, suppressionOf } from '../../../src/checklist/suppressions';
import { checkDocument } from '../../../src/checklist/check';
import { fileSuppression, lineSuppression } from '../../../src/checklist/fixes';
import { defaultEngine } from '../../../src/checklist/engine';
import { parseDocument } from '../../../src/shared/document';

const NO_CONFIG = { severity: {}, outOfScope: new Set<string>() };

describe('inline suppressions', () => {
  it('reads the kind, the ids and the reason', () => {
    assert.deepEqual(parseDirective({ text: 'design-workbench-disable-next-line synchronous-chains, shared-database -- a batch job, not a request path', line: 4 }), {
      kind: 'disable-next-line',
      ids: ['synchronous-chains', 'shared-database'],
      reason: 'a batch job, not a request path',
      line: 5,
      endLine: 5,
    });
    assert.deepEqual(parseDirective({ text: 'design-workbench-disable-file -- legacy notes', line: 0 }), { kind: 'disable-file', ids: undefined, reason: 'legacy notes', line: 1, endLine: 1 });
    // The out-of-scope marker is not a suppression.
    assert.equal(parseDirective({ text: 'design-workbench: out-of-scope monitoring', line: 0 }), undefined);
    // Dashes inside an id are not the reason's separator.
    assert.deepEqual(parseDirective({ text: 'design-workbench-disable-line no-api-versioning', line: 2 })?.valueOf(), { kind: 'disable-line', ids: ['no-api-versioning'], reason: undefined, line: 3, endLine: 3 });
  });

  it('turns next-line, line, file and ranges into the lines they cover', () => {
    const { suppressions, problems } = parseSuppressions(
      [
        { text: 'design-workbench-disable-next-line a -- r1', line: 1 },
        { text: 'design-workbench-disable b, c -- r2', line: 5 },
        { text: 'design-workbench-enable b', line: 9 },
        { text: 'design-workbench-disable -- r3', line: 14 },
      ],
      20,
    );
    assert.deepEqual(problems, []);
    assert.equal(suppressionOf(suppressions, 'a', 3)?.reason, 'r1');
    assert.equal(suppressionOf(suppressions, 'a', 4), undefined);
    assert.equal(suppressionOf(suppressions, 'b', 8)?.reason, 'r2');
    assert.equal(suppressionOf(suppressions, 'b', 11), undefined, 'b is enabled again at line 10');
    assert.equal(suppressionOf(suppressions, 'c', 12)?.reason, 'r2', 'c stays disabled to the end');
    assert.equal(suppressionOf(suppressions, 'anything', 18)?.reason, 'r3');
    assert.equal(suppressionOf(suppressions, 'anything', 14), undefined);
  });

  it('reports a suppression without a reason, and a misspelt one, at their lines', () => {
    const { suppressions, problems } = parseSuppressions(
      [
        { text: 'design-workbench-disable-line shared-database', line: 2 },
        { text: 'design-workbench-disable-nextline shared-database -- typo', line: 6 },
      ],
      10,
    );
    assert.equal(problems.length, 2);
    assert.equal(problems[0].line, 3);
    assert.match(problems[0].message, /no reason/);
    assert.equal(problems[1].line, 7);
    assert.match(problems[1].message, /unknown suppression 'design-workbench-disable-nextline'/);
    // Without a reason it still suppresses: the missing reason is the finding.
    assert.ok(suppressionOf(suppressions, 'shared-database', 3));
  });

  it('reports an id that names nothing, since it would hide nothing, and keeps the finding', () => {
    const text = ['# Orders', '', '<!-- design-workbench-disable-next-line shared-databse -- the replica is read-only -->', 'All services share one PostgreSQL database.'].join('\n');
    const result = checkDocument(defaultEngine(), parseDocument(text), NO_CONFIG);
    assert.deepEqual(result.suppressionProblems.map((p) => p.line), [3]);
    assert.match(result.suppressionProblems[0].message, /'shared-databse' is no checklist item or anti-pattern/);
    assert.ok(result.findings.some((f) => f.ruleId === 'shared-database' && f.line === 4), 'the misspelt suppression hides nothing');
  });

  it('hides a finding in a real document and lists it with its reason', () => {
    const text = [
      '# Orders',
      '',
      '<!-- design-workbench-disable-next-line shared-database -- the reporting replica is read-only and owned by data -->',
      'All services share one PostgreSQL database.',
      '',
      'Every service writes to the shared database. <!-- design-workbench-disable-line shared-database -->',
    ].join('\n');
    const before = checkDocument(defaultEngine(), parseDocument(text.replace(/<!--.*?-->/g, '')), NO_CONFIG);
    assert.ok(before.findings.some((f) => f.ruleId === 'shared-database' && f.line === 4), 'the fixture shows the anti-pattern');
    const result = checkDocument(defaultEngine(), parseDocument(text), NO_CONFIG);
    assert.equal(result.findings.some((f) => f.ruleId === 'shared-database'), false);
    const suppressed = result.suppressed.filter((f) => f.ruleId === 'shared-database');
    assert.ok(suppressed.length >= 1);
    assert.equal(suppressed[0].line, 4);
    assert.equal(suppressed[0].reason, 'the reporting replica is read-only and owned by data');
    assert.deepEqual(result.suppressionProblems.map((p) => p.line), [6]);
  });

  it('suppresses every finding of a file, and keeps the out-of-scope marker working', () => {
    const text = '<!-- design-workbench-disable-file monitoring -- an internal tool with no on-call -->\n<!-- design-workbench: out-of-scope security -->\n# Tool\n\nAll services share one PostgreSQL database.\n';
    const result = checkDocument(defaultEngine(), parseDocument(text), NO_CONFIG);
    assert.equal(result.findings.some((f) => f.ruleId === 'monitoring'), false);
    assert.equal(result.suppressed.find((f) => f.ruleId === 'monitoring')?.reason, 'an internal tool with no on-call');
    assert.equal(result.report.items.find((i) => i.id === 'security')?.status, 'out-of-scope');
    assert.ok(result.findings.some((f) => f.ruleId === 'shared-database'));
  });
});

describe('suppression quick-fix edits', () => {
  it('end the finding line with a disable-line comment whose reason, once typed, silences only that finding', () => {
    const text = '# Orders\n\n| Service | Store |\n|---|---|\n| orders | All services share one PostgreSQL database. |\n';
    const doc = parseDocument(text);
    const finding = checkDocument(defaultEngine(), doc, NO_CONFIG).findings.find((f) => f.ruleId === 'shared-database');
    assert.ok(finding);
    const at = lineSuppression(doc, finding.line, finding.ruleId);
    assert.equal(at.line, finding.line - 1);
    assert.equal(at.character, doc.lines[at.line].length, 'inserted at the end, so the table stays one table');
    const lines = text.split('\n');
    lines[at.line] += `${at.before}reporting reads a replica${at.after}`;
    const after = checkDocument(defaultEngine(), parseDocument(lines.join('\n')), NO_CONFIG);
    assert.equal(after.findings.some((f) => f.ruleId === 'shared-database'), false);
    assert.equal(after.suppressed.find((f) => f.ruleId === 'shared-database')?.reason, 'reporting reads a replica');
    assert.equal(after.report.items.filter((i) => i.status === 'covered').length, checkDocument(defaultEngine(), doc, NO_CONFIG).report.items.filter((i) => i.status === 'covered').length);
  });

  it('put a disable-file comment after the front matter', () => {
    const doc = parseDocument('---\ntitle: x\n---\n# Orders\n');
    const at = fileSuppression(doc, 'monitoring');
    assert.equal(at.line, 3);
    assert.equal(at.character, 0);
    assert.match(at.before + at.placeholder + at.after, /^<!-- design-workbench-disable-file monitoring -- .+ -->\n$/);
  });
});
