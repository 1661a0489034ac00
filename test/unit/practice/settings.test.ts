import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ITEM_IDS } from '../../../src/checklist/ids';
import { PHASES, PHASE_IDS, checklistFocus } from '../../../src/practice/phases';
import { DEFAULT_SPLIT, SESSION_LENGTHS, planPhases, readPracticeSettings } from '../../../src/practice/settings';

const minutes = (plan: ReturnType<typeof planPhases>): number[] => plan.map((p) => p.minutes);

describe('practice settings and phases', () => {
  it('defaults to 45 minutes split 15/35/35/15, in whole minutes that add up', () => {
    const { settings, problems } = readPracticeSettings({});
    assert.deepEqual(problems, []);
    assert.equal(settings.length, 45);
    assert.deepEqual(settings.split, DEFAULT_SPLIT);
    assert.deepEqual(minutes(planPhases(45)), [7, 16, 16, 6]);
    assert.deepEqual(minutes(planPhases(60)), [9, 21, 21, 9]);
    assert.deepEqual(minutes(planPhases(30)), [5, 11, 10, 4]);
  });

  it('reads the split as weights: percentages, fractions and minutes mean the same', () => {
    const percent = readPracticeSettings({ phaseSplit: { requirements: 10, 'high-level': 30, 'deep-dive': 40, 'wrap-up': 20 } });
    const fractions = readPracticeSettings({ phaseSplit: { requirements: 0.1, 'high-level': 0.3, 'deep-dive': 0.4, 'wrap-up': 0.2 } });
    const mins = readPracticeSettings({ length: 60, phaseSplit: { requirements: 6, 'high-level': 18, 'deep-dive': 24, 'wrap-up': 12 } });
    for (const r of [percent, fractions, mins]) assert.deepEqual(r.problems, []);
    assert.deepEqual(minutes(planPhases(60, percent.settings.split)), [6, 18, 24, 12]);
    assert.deepEqual(planPhases(60, fractions.settings.split), planPhases(60, percent.settings.split));
    assert.deepEqual(planPhases(60, mins.settings.split), planPhases(60, percent.settings.split));
  });

  it('keeps the default for a phase left out of the split', () => {
    const { settings } = readPracticeSettings({ phaseSplit: { 'deep-dive': 50 } });
    // 15 : 35 : 50 : 15 of 115.
    assert.equal(Math.round(settings.split['deep-dive'] * 100) / 100, 43.48);
    assert.deepEqual(minutes(planPhases(45, settings.split)), [6, 14, 19, 6]);
  });

  it('reports each invalid value once, naming the setting, and uses its default', () => {
    const r = readPracticeSettings({ length: 50, phaseSplit: { requirements: -5, 'deep dive': 20, 'wrap-up': 'ten' } });
    assert.equal(r.settings.length, 45);
    assert.deepEqual(r.settings.split, DEFAULT_SPLIT);
    assert.deepEqual(
      r.problems.map((p) => `${p.key}: ${p.message}`),
      [
        'designWorkbench.practice.length: expected 30, 45, 60 (minutes), got 50; 45 is used',
        "designWorkbench.practice.phaseSplit: 'requirements' must be a number above 0, got -5; 15 is used",
        "designWorkbench.practice.phaseSplit: unknown phase 'deep dive'; expected one of requirements, high-level, deep-dive, wrap-up",
        `designWorkbench.practice.phaseSplit: 'wrap-up' must be a number above 0, got "ten"; 15 is used`,
      ],
    );
    assert.match(readPracticeSettings({ phaseSplit: [1, 2] }).problems[0].message, /expected an object of weights by phase/);
    assert.equal(readPracticeSettings({ length: 30 }).settings.length, 30);
  });

  it('gives every phase at least a minute and always adds up to the length', () => {
    assert.deepEqual(minutes(planPhases(30, { requirements: 0.001, 'high-level': 50, 'deep-dive': 50, 'wrap-up': 0.001 })), [1, 14, 14, 1]);
    const weight = fc.double({ min: 0.001, max: 1000, noNaN: true });
    fc.assert(
      fc.property(fc.constantFrom(...SESSION_LENGTHS), weight, weight, weight, weight, (length, a, b, c, d) => {
        const plan = planPhases(length, { requirements: a, 'high-level': b, 'deep-dive': c, 'wrap-up': d });
        assert.equal(plan.reduce((s, p) => s + p.minutes, 0), length);
        assert.ok(plan.every((p) => Number.isInteger(p.minutes) && p.minutes >= 1));
      }),
    );
    assert.throws(() => planPhases(3), /at least 4 whole minutes/);
  });

  it('gives each phase prompts, and focuses the checklist only in the deep dive', () => {
    assert.deepEqual(PHASES.map((p) => p.id), [...PHASE_IDS]);
    assert.equal(PHASES.reduce((s, p) => s + p.defaultPercent, 0), 100);
    for (const p of PHASES) {
      assert.ok(p.prompts.length >= 4, p.id);
      for (const id of p.focus) assert.ok((ITEM_IDS as readonly string[]).includes(id), `${p.id}: ${id}`);
    }
    assert.deepEqual([...checklistFocus('deep-dive')!], ['data-management', 'communication', 'fault-tolerance', 'security']);
    assert.equal(checklistFocus('high-level'), undefined);
    assert.equal(checklistFocus('requirements'), undefined);
  });
});
