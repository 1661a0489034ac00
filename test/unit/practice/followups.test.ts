import * as assert from 'node:assert/strict';
import { builtinRubrics } from '../../../src/scoring/catalog';
import { scoreAnswer } from '../../../src/scoring/scorer';
import { checkFollowUps, creditFollowUps, FOLLOW_UP_CHALLENGES, followUpAnswerLine, followUpBlock, followUpInsertion, followUpListSchema, followUpsFor, selectFollowUps } from '../../../src/practice/followups/index';
import type { ScoreResult } from '../../../src/practice/contracts';

const rubric = (id: string) => builtinRubrics().find((r) => r.id === id)!;

/** A score with the given points per criterion (the rest of the result is not read by the selection). */
function scored(challenge: string, points: Record<string, number>): ScoreResult {
  const r = rubric(challenge);
  return { challenge, title: r.title, total: 0, next: [], words: 0, criteria: r.criteria.map((c) => ({ id: c.id, title: c.title, question: c.question, score: points[c.id] ?? 0, max: c.points, evidence: [], missing: [], pitfalls: [], feedback: '', topics: c.topics, modelAnswer: [] })) };
}

describe('follow-up questions', () => {
  it('every built-in challenge has at least four follow-ups, two of them curveballs, on its own criteria and concepts', () => {
    assert.deepEqual([...FOLLOW_UP_CHALLENGES].sort(), builtinRubrics().map((r) => r.id).sort());
    for (const r of builtinRubrics()) {
      const list = followUpsFor(r.id);
      assert.ok(list.length >= 4, `${r.id}: ${list.length} follow-ups`);
      assert.ok(list.filter((f) => f.trigger === 'phase').length >= 2, `${r.id}: two curveballs`);
      assert.deepEqual(checkFollowUps(list, r), [], r.id);
    }
  });

  it('the schema refuses a curveball without a phase and names the field', () => {
    const bad = followUpListSchema.safeParse([{ id: 'x', criterion: 'c', trigger: 'phase', title: 'T', question: 'Q?', concepts: ['k'] }]);
    assert.equal(bad.success, false);
    assert.deepEqual(bad.error!.issues[0].path, [0, 'phase']);
    assert.match(bad.error!.issues[0].message, /needs a phase/);
  });

  it('asks the curveball of the phase and the weakest unanswered criterion first, never one already asked', () => {
    const list = followUpsFor('travel-booking-saga');
    // retries-duplicates weakest, coordination answered (80%).
    const score = scored('travel-booking-saga', { coordination: 20, 'steps-compensations': 10, 'retries-duplicates': 2, visibility: 10 });
    const first = selectFollowUps(list, score, 'deep-dive', []);
    assert.deepEqual(first.map((f) => f.id), ['double-rooms', 'car-partner-down']);
    assert.deepEqual(selectFollowUps(list, score, 'deep-dive', []).map((f) => f.id), first.map((f) => f.id), 'deterministic');
    const asked = first.map((f) => ({ id: f.id, phase: 'deep-dive' as const }));
    assert.deepEqual(selectFollowUps(list, score, 'wrap-up', asked).map((f) => f.id), ['refund-fails'], 'coordination is answered; double-rooms was asked');
    assert.deepEqual(selectFollowUps(list, score, 'high-level', []), [], 'only at the deep dive and the wrap-up');
  });

  it('inserts under the phase section without touching what the candidate wrote', () => {
    const text = '# T\n\n## High-level design (16 min)\n\nMine.\n\n## Deep dive (16 min)\n\nMy deep dive.\n\n## Wrap-up (6 min)\n\nDone.\n';
    const f = followUpsFor('travel-booking-saga')[2];
    const ins = followUpInsertion(text, 'deep-dive', [followUpBlock(f)]);
    const out = text.slice(0, ins.offset) + ins.text + text.slice(ins.offset);
    assert.equal(out.replace(ins.text, ''), text, 'only an insertion');
    assert.match(out, /My deep dive\.\n\n### Follow-up: The car partner is down\n\n<!-- The interviewer asks: .*25 minutes.* -->\n\n## Wrap-up/);
    const noPhase = followUpInsertion('Just text', 'wrap-up', [followUpBlock(f)]);
    assert.equal(noPhase.offset, 'Just text'.length);
    assert.match(noPhase.text, /^\n\n### Follow-up:/);
  });

  it("credits the answer under a follow-up to its criterion and counts the points it earned", async () => {
    const r = rubric('travel-booking-saga');
    const f = followUpsFor('travel-booking-saga').find((x) => x.id === 'double-rooms')!;
    const answer = 'Every booking request and every saga step carries an idempotency key, so a retried hotel request returns the room already booked instead of a second one, because the app retried last month.';
    const text = ['# Trip', '', '## Deep dive', '', ...followUpBlock(f), answer, ''].join('\n');
    const full = scoreAnswer(text, r);
    const [credit] = await creditFollowUps(text, [{ followUp: f, phase: 'deep-dive' }], full, async (t) => scoreAnswer(t, r));
    assert.equal(credit.criterion, 'retries-duplicates');
    assert.ok(credit.points > 0, `points earned: ${credit.points}`);
    assert.equal(credit.points, full.criteria.find((c) => c.id === 'retries-duplicates')!.score);
    assert.ok(credit.evidence.some((e) => e.text.includes('idempotency key')));
    const [unanswered] = await creditFollowUps(['# Trip', '', ...followUpBlock(f)].join('\n'), [{ followUp: f, phase: 'deep-dive' }], scoreAnswer('# Trip', r), async (t) => scoreAnswer(t, r));
    assert.equal(unanswered.points, 0);
    assert.deepEqual(unanswered.evidence, []);
  });

  it("the notification's Answer button lands under the question, on that follow-up and not another", () => {
    const [a, b] = followUpsFor('travel-booking-saga');
    const lines = ['# Trip', '', '## Deep dive', '', 'What I wrote.', '', ...followUpBlock(a), ...followUpBlock(b), '## Wrap-up', ''];
    const text = lines.join('\n');
    const at = followUpAnswerLine(text, b)!;
    assert.equal(lines[at - 1].startsWith('<!-- The interviewer asks:'), true);
    assert.equal(lines[at - 3], `### Follow-up: ${b.title}`);
    assert.equal(lines[at], '');
    assert.ok(followUpAnswerLine(text, a)! < at);
    assert.equal(followUpAnswerLine('# Trip\n\nThe candidate deleted the heading.', a), undefined);
  });
});
