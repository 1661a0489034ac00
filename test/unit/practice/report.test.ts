import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/shared/document';
import { buildReport, mdText, phaseVerdict, reportMarkdown } from '../../../src/practice/report';
import type { SessionRecord } from '../../../src/practice/record';
import { CATALOG, DAY, makeRecord, MIN } from '../../support/practice-helpers';

const T0 = Date.UTC(2026, 10, 1, 9);
const ecommerce = CATALOG[0];

/** Every criterion loses points; the checklist misses fault tolerance and finds monitoring weak. */
function session(at = T0 + 30 * DAY): SessionRecord {
  return makeRecord({
    challenge: ecommerce,
    at,
    percents: { boundaries: 70, 'extract-first': 60, 'shared-data': 60, infrastructure: 50 },
    items: { 'fault-tolerance': 'missing', monitoring: 'weak', security: 'out-of-scope' },
    spent: [12, 16, 13, 0],
  });
}

describe('practice report', () => {
  it('ranks what to improve by points lost, weighted by what the checklist also missed', () => {
    const report = buildReport(session());
    assert.deepEqual(
      report.improvements.map((i) => [i.criterion, i.pointsLost, i.weight, i.value]),
      [
        // Infrastructure lost 10; of its topics, fault tolerance is missing and monitoring weak: × 1.25.
        ['infrastructure', 10, 1.25, 12.5],
        ['extract-first', 10, 1, 10],
        ['shared-data', 10, 1, 10],
      ],
    );
    assert.equal(report.improvements[0].detail, 'Improve infrastructure first.');
  });

  it('weighs a topic missed again and again in earlier sessions more', () => {
    const earlier = [1, 2, 3].map((d) => makeRecord({ challenge: CATALOG[2], at: T0 + d * DAY, percents: { storage: 20 } }));
    const report = buildReport(session(), earlier);
    assert.deepEqual(report.improvements.map((i) => i.criterion), ['shared-data', 'infrastructure', 'extract-first']);
    assert.equal(report.improvements[0].weight, 1.5);
    // Later sessions and the session itself do not count as history.
    const later = makeRecord({ challenge: CATALOG[2], at: T0 + 40 * DAY, percents: { storage: 0 } });
    assert.equal(buildReport(session(), [later, session()]).improvements[0].criterion, 'infrastructure');
  });

  it('links each improvement to the lines that show the problem: mistakes first, then half-made points', () => {
    const base = session();
    const criteria = base.score!.criteria.map((c) =>
      c.id === 'infrastructure'
        ? {
            ...c,
            evidence: [
              { line: 20, text: 'We deploy with a pipeline.', concept: 'CI/CD', strength: 'full' as const },
              { line: 22, text: 'Monitoring maybe later.', concept: 'monitoring', strength: 'partial' as const },
              { line: 24, text: 'Some retries.', concept: 'retries', strength: 'partial' as const },
              { line: 26, text: 'Logs somewhere.', concept: 'logs', strength: 'partial' as const },
            ],
            pitfalls: [{ id: 'big-bang', title: 'big-bang cut-over', line: 19, text: 'We switch everything on one night.', penalty: 5, feedback: 'Move traffic step by step.' }],
          }
        : c,
    );
    const report = buildReport({ ...base, score: { ...base.score!, criteria } });
    assert.deepEqual(
      report.improvements[0].links.map((l) => [l.kind, l.line, l.note]),
      [
        ['pitfall', 19, 'big-bang cut-over'],
        ['partial', 22, 'monitoring'],
        ['partial', 24, 'retries'],
      ],
    );
    const md = reportMarkdown(report, { documentLink: 'answers/my answer (1).md' });
    assert.match(md, /^1\. \*\*Infrastructure first\*\* — 10 points lost\. Improve infrastructure first\.$/m);
    assert.match(md, /^ {3}- \[line 19\]\(answers\/my%20answer%20%281%29\.md#L19\) \(mistake: big-bang cut-over\): “We switch everything on one night\.”$/m);
    assert.match(reportMarkdown(report), /^ {3}- line 22 \(only partly made: monitoring\): “Monitoring maybe later\.”$/m);
  });

  it('fills the list with checklist gaps no criterion covers when few points were lost', () => {
    const r = makeRecord({ challenge: CATALOG[2], at: T0, percents: { api: 80 }, items: { 'fault-tolerance': 'missing', monitoring: 'weak' } });
    const report = buildReport(r);
    assert.deepEqual(report.improvements.map((i) => [i.title, i.pointsLost]), [
      ['API and gateway', 10],
      ['Fault tolerance', 0],
      ['Monitoring', 0],
    ]);
    assert.match(report.improvements[1].detail, /found nothing about fault tolerance/);
    assert.match(report.improvements[2].detail, /raised but not decided/);
    const perfect = buildReport(makeRecord({ challenge: CATALOG[2], at: T0 }));
    assert.deepEqual(perfect.improvements, []);
    assert.match(reportMarkdown(perfect), /Nothing lost: every criterion got full marks/);
  });

  it('compares the time of each phase with the plan', () => {
    const report = buildReport(session());
    assert.deepEqual(report.phases.map((p) => [p.id, p.deltaMs / MIN, p.verdict]), [
      ['requirements', 5, 'over'],
      ['high-level', 0, 'on-plan'],
      ['deep-dive', -3, 'under'],
      ['wrap-up', -6, 'skipped'],
    ]);
    assert.equal(phaseVerdict(16 * MIN, 17.5 * MIN, true), 'on-plan', 'within a tenth of the plan');
    assert.equal(phaseVerdict(5 * MIN, 6.5 * MIN, true), 'over', 'a minute at least');
  });

  it('exports Markdown with the score, criteria, time, coverage and model answer', () => {
    const base = session();
    const criteria = base.score!.criteria.map((c, i) => (i === 0 ? { ...c, title: 'Boundaries | *teams*', modelAnswer: ['1. Split by capability', 'Own the data'] } : c));
    const md = reportMarkdown(buildReport({ ...base, score: { ...base.score!, criteria } }));
    assert.match(md, /^# Mock interview: E-commerce migration$/m);
    assert.match(md, /^2026-12-01 · 45 minutes · all phases done · \*\*Score 61\/100\*\* · checklist 83\/100 \(7 of 9 items covered\)$/m);
    assert.match(md, /^\| Boundaries \\\| \\\*teams\\\* \| 21\/30 \| — \|$/m);
    assert.match(md, /^\| Requirements and scope \| 7 min \| 12:00 \| \+5 min \| over \|$/m);
    assert.match(md, /^\| Wrap-up \| 6 min \| 0:00 \| — \| skipped \|$/m);
    assert.match(md, /^\| Fault tolerance \| ✗ missing \|$/m);
    assert.match(md, /^\| Security \| – out of scope \|$/m);
    assert.match(md, /^### Boundaries \\\| \\\*teams\\\*\n\n- 1\\\. Split by capability\n- Own the data$/m);
    // The tables are tables: every row has the header's cells.
    const doc = parseDocument(md);
    const rows = doc.blocks.filter((b) => b.kind === 'table-row' && !b.isHeader);
    assert.ok(rows.length >= 4 + 4 + 10);
    for (const row of rows) assert.equal(row.cells?.length, row.header?.length, row.text);
  });

  it('reports an unscored session on the checklist and the clock alone', () => {
    const r = { ...session(), score: undefined };
    const report = buildReport(r);
    assert.equal(report.total, undefined);
    assert.deepEqual(report.criteria, []);
    assert.deepEqual(report.improvements.map((i) => i.title), ['Fault tolerance', 'Monitoring']);
    assert.match(reportMarkdown(report), /· not scored ·/);
    assert.doesNotMatch(reportMarkdown(report), /## Scores by criterion|## Model answer/);
  });

  it('escapes Markdown in user text', () => {
    assert.equal(mdText('a *b* [c](d) <e> `f` #g | h\nnext'), 'a \\*b\\* \\[c\\]\\(d\\) \\<e\\> \\`f\\` \\#g \\| h next');
    assert.equal(mdText('- item'), '\\- item');
    assert.equal(mdText('12. item'), '12\\. item');
  });
});
