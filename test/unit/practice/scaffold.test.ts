import * as assert from 'node:assert/strict';
import { defaultEngine } from '../../../src/checklist/engine';
import { frontMatterRecord, parseDocument } from '../../../src/shared/document';
import { scaffoldSession, type ScaffoldInput } from '../../../src/practice/scaffold';
import { planPhases } from '../../../src/practice/settings';
import { builtinTemplates } from '../../../src/templates/catalog';
import { parseTemplate, type Template } from '../../../src/templates/render';
import { CATALOG } from '../../support/practice-helpers';

const explainIt = (): Template => builtinTemplates().find((t) => t.id === 'explain-it')!;
const ID = '20261126-090000-k3f9';

function scaffold(over: Partial<ScaffoldInput> = {}): string {
  const r = scaffoldSession({ sessionId: ID, challenge: CATALOG[0], plan: planPhases(45), template: explainIt(), now: () => new Date(2026, 10, 26, 9, 0), ...over });
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problems));
  return r.text;
}

/** Headings in order, `##` and `###`. */
const headings = (text: string): string[] => parseDocument(text).sections.filter((s) => s.level >= 2).map((s) => `${'#'.repeat(s.level)} ${s.heading}`);

describe('practice session document', () => {
  it("puts the session in the template's front matter", () => {
    const doc = parseDocument(scaffold({ author: 'Ada' }));
    assert.deepEqual(frontMatterRecord(doc), {
      'design-workbench': true,
      template: 'explain-it',
      created: '2026-11-26',
      challenge: 'ecommerce-migration',
      author: 'Ada',
      session: ID,
      'session-minutes': 45,
    });
  });

  it("lays the template's answer sections out under the phases, with each phase's minutes and prompts", () => {
    const text = scaffold();
    assert.deepEqual(headings(text), [
      '## Requirements and scope (7 min)',
      '## High-level design (16 min)',
      '### Service boundaries',
      '### What to extract first, and why',
      '## Deep dive (16 min)',
      '### Shared data',
      '### Infrastructure first',
      '## Wrap-up (6 min)',
    ]);
    assert.match(text, /^# Explain it: from an e-commerce monolith to microservices$/m, 'the title comes from the template');
    assert.match(text, /## Deep dive \(16 min\)\n\n<!--\nGo deep on the hardest parts[^\n]*\n- Keep an operation that spans services consistent with a saga/);
    // The template's own prompts stay with their section.
    assert.match(text, /### Shared data\n\n<!--\n- Who becomes the single owner/);
  });

  it('is an empty answer to the checklist: every prompt is inside a comment', () => {
    const report = defaultEngine().run(parseDocument(scaffold()));
    assert.deepEqual(report.items.filter((i) => i.status !== 'missing').map((i) => i.id), []);
    assert.equal(report.antipatterns.length, 0);
  });

  it("for another challenge, keeps none of the template's prose and asks each criterion's question", () => {
    const text = scaffold({ challenge: CATALOG[1], plan: planPhases(30) });
    assert.doesNotMatch(text, /e-commerce|monolith/i);
    assert.match(text, /^# Ride sharing\n\n<!--\nThe challenge: Riders and drivers in 40 cities/m);
    assert.deepEqual(headings(text), [
      '## Requirements and scope (5 min)',
      '## High-level design (11 min)',
      '### Matching',
      '## Deep dive (10 min)',
      '### Payments',
      '### Resilience',
      '## Wrap-up (4 min)',
    ]);
    assert.match(text, /### Payments\n\n<!--\n- What is your answer on payments\?\n-->/);
    assert.equal(frontMatterRecord(parseDocument(text))['session-minutes'], 30);
  });

  it("keeps the layout of a user's replacement template that is not tied to a challenge", () => {
    const parsed = parseTemplate('t.md', '---\nid: explain-it\nname: Mine\ndescription: My answer layout.\nvariables: []\n---\n# My answer\n\n## Notes\n\nText.\n');
    assert.ok(parsed.ok);
    const r = scaffoldSession({ sessionId: ID, challenge: CATALOG[2], plan: planPhases(45), template: parsed.template, now: () => new Date(2026, 10, 26) });
    assert.ok(r.ok);
    const fm = frontMatterRecord(parseDocument(r.text));
    assert.equal(fm.challenge, 'url-shortener');
    assert.equal(fm.session, ID);
    assert.equal(r.fileName, `url-shortener-${ID}.md`);
    assert.match(r.text, /^# My answer\n\n<!--\nThe challenge: A public service/m);
    assert.deepEqual(headings(r.text), [
      '## Requirements and scope (7 min)',
      '## High-level design (16 min)',
      '### API and gateway',
      '### Notes',
      '## Deep dive (16 min)',
      '### Storage',
      '## Wrap-up (6 min)',
    ]);
  });
});
