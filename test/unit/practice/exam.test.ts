import * as assert from 'node:assert/strict';
import { ChecklistEngine } from '../../../src/checklist/engine';
import { parseDocument } from '../../../src/shared/document';
import { examView, interviewerQuestions, phaseSummary } from '../../../src/practice/exam';
import { readPracticeSettings } from '../../../src/practice/settings';
import { nextPhase, observe, startTimer, stop } from '../../../src/practice/timer';

const PLAN = [
  { id: 'requirements', minutes: 1 },
  { id: 'high-level', minutes: 1 },
  { id: 'deep-dive', minutes: 1 },
  { id: 'wrap-up', minutes: 1 },
] as const;

describe('exam mode', () => {
  it('hides hints for the whole running session by default and gives them back when it ends (fake clock)', () => {
    let now = Date.UTC(2026, 11, 3, 9, 0, 0);
    const { settings } = readPracticeSettings({});
    assert.equal(settings.hints, 'hidden');
    let timer = startTimer(PLAN, now).state;
    assert.deepEqual(examView(settings.hints, timer), { hints: false, phaseSummary: false });
    now += 90_000;
    timer = observe(timer, now).state;
    assert.equal(examView(settings.hints, timer).hints, false, 'still hidden after the first phase ran over');
    timer = nextPhase(timer, now).state;
    now += 3 * 60_000;
    timer = observe(timer, now).state;
    assert.equal(timer.status, 'ended', 'time is up');
    assert.deepEqual(examView(settings.hints, timer), { hints: true, phaseSummary: false });
  });

  it('after-each-phase summarises while hints stay hidden; always shows them; a stopped session shows them', () => {
    const now = Date.UTC(2026, 11, 3, 9, 0, 0);
    const timer = startTimer(PLAN, now).state;
    assert.deepEqual(examView('after-each-phase', timer), { hints: false, phaseSummary: true });
    assert.deepEqual(examView('always', timer), { hints: true, phaseSummary: false });
    assert.equal(examView('hidden', stop(timer, now + 5_000).state).hints, true);
    assert.equal(examView('hidden', undefined).hints, true, 'no session: nothing to hide');
  });

  it('rejects an unknown hints value, names the setting and keeps the default', () => {
    const { settings, problems } = readPracticeSettings({ hints: 'sometimes' });
    assert.equal(settings.hints, 'hidden');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].key, 'designWorkbench.practice.hints');
    assert.match(problems[0].message, /expected one of hidden, after-each-phase, always, got "sometimes"/);
  });

  it("asks the phase's focus as questions, without a verdict", () => {
    const questions = interviewerQuestions('deep-dive');
    assert.equal(questions.length, 4);
    assert.ok(questions.every((q) => q.endsWith('?')), 'each is a question');
    assert.ok(questions.some((q) => /consistent across services/.test(q)));
    assert.deepEqual(interviewerQuestions('requirements'), []);
  });

  it("summarises what a phase left open from the checklist's verdict", () => {
    const report = new ChecklistEngine().run(parseDocument('# Shop\n\n## Services\n\nThe order service owns orders and the user service owns users; each has its own database.\n'));
    const summary = phaseSummary('high-level', report);
    assert.match(summary, /^High-level design ended: \d of 5 of its topics answered\. Still open: .*service discovery/);
  });
});
