import * as assert from 'node:assert/strict';
import { defaultEngine } from '../../../src/checklist/engine';
import { ITEM_IDS } from '../../../src/checklist/ids';
import { frontMatterRecord, parseDocument } from '../../../src/shared/document';
import { scaffoldSession } from '../../../src/practice/scaffold';
import { planPhases } from '../../../src/practice/settings';
import { builtinRubrics } from '../../../src/scoring/catalog';
import { parseRubric } from '../../../src/scoring/rubric';
import { builtinTemplates } from '../../../src/templates/catalog';

const rubric = (id: string) => builtinRubrics().find((r) => r.id === id)!;

function sessionText(challenge: string): string {
  const template = builtinTemplates().find((t) => t.id === 'explain-it')!;
  const r = scaffoldSession({ sessionId: '20261203-090000-abcd', challenge: rubric(challenge), plan: planPhases(45), template, now: () => new Date(2026, 11, 3) });
  assert.ok(r.ok);
  return r.text;
}

describe('checklist items that fit the challenge', () => {
  it('every built-in challenge declares the items it examines', () => {
    for (const r of builtinRubrics()) {
      assert.ok(r.examines && r.examines.length >= 4, `${r.id} examines at least four items`);
      for (const id of r.examines) assert.ok((ITEM_IDS as readonly string[]).includes(id), `${r.id}: ${id}`);
    }
    assert.deepEqual([...rubric('cascading-failure-resilience').examines!].sort(), ['api-gateway', 'communication', 'fault-tolerance', 'load-balancing']);
    const monolith = rubric('stay-modular-monolith').examines!;
    for (const id of ['service-discovery', 'api-gateway']) assert.ok(!monolith.includes(id as never), `the monolith challenge does not ask for ${id}`);
  });

  it("the modular-monolith session document marks the rest out of scope, so the checklist counts only what it asks", () => {
    const text = sessionText('stay-modular-monolith');
    const doc = parseDocument(text);
    const outOfScope = frontMatterRecord(doc)['out-of-scope'] as string[];
    assert.ok(outOfScope.includes('service-discovery') && outOfScope.includes('api-gateway'));
    const report = defaultEngine().run(doc);
    assert.equal(report.considered, 5);
    const byId = new Map(report.items.map((i) => [i.id, i.status]));
    assert.equal(byId.get('api-gateway'), 'out-of-scope');
    assert.equal(byId.get('service-discovery'), 'out-of-scope');
    assert.notEqual(byId.get('data-management'), 'out-of-scope');
  });

  it('a challenge that examines every item marks nothing out of scope', () => {
    const doc = parseDocument(sessionText('ecommerce-migration'));
    assert.equal(frontMatterRecord(doc)['out-of-scope'], undefined);
    assert.equal(defaultEngine().run(doc).considered, 10);
  });

  it('a user rubric may declare the items; an unknown item id is an error at its line', () => {
    const yaml = (examines: string) =>
      [
        'id: my-challenge',
        'title: My challenge',
        `examines: ${examines}`,
        'summary: One line.',
        'scenario: A scenario.',
        'criteria:',
        '  - id: one',
        '    title: One',
        '    points: 100',
        '    question: What?',
        '    concepts:',
        '      - { id: c, title: C, phrases: [circuit breaker], feedback: Add it. }',
        '    modelAnswer: [Use a breaker.]',
      ].join('\n');
    assert.deepEqual(parseRubric('my.yaml', yaml('[fault-tolerance, communication]')).rubric?.examines, ['fault-tolerance', 'communication']);
    const bad = parseRubric('my.yaml', yaml('[fault-tolerance, retries]'));
    assert.equal(bad.rubric, undefined);
    assert.equal(bad.problems[0].line, 2, '0-based: the examines line');
    assert.match(bad.problems[0].message, /examines\[1\]: must be one of .*got string "retries"/);
  });
});
