import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { CALIBRATION, SCALES, calibratedTotal, challengeTotal, fit, fitWithScales } from '../../../src/scoring/calibration';
import fitted from '../../../src/scoring/calibration.json';
import { trainingSamples } from '../../../scripts/train';

describe('scorer calibration: criterion points to a total a grader would give', () => {
  it('gives 0 to an answer that earned nothing, and never lowers a better answer', () => {
    assert.equal(calibratedTotal(0), 0);
    let last = -1;
    for (let share = 0; share <= 1.0001; share += 0.01) {
      const total = calibratedTotal(share);
      assert.ok(total >= last, `share ${share.toFixed(2)} scored ${total}, below ${last} for a smaller share`);
      assert.ok(total >= 0 && total <= 100);
      last = total;
    }
  });

  it('reads a poor answer as poor and an excellent one as excellent, as graders do', () => {
    // On every built-in challenge, a third of the criterion points (ideas named but thin) is a poor answer to a
    // grader, nine tenths at least a good one, and every point an excellent one.
    for (const challenge of Object.keys(SCALES)) {
      assert.ok(challengeTotal(challenge, 1 / 3) < 35, `${challenge}: ${challengeTotal(challenge, 1 / 3)}`);
      assert.ok(challengeTotal(challenge, 0.9) >= 75, `${challenge}: ${challengeTotal(challenge, 0.9)}`);
      assert.ok(challengeTotal(challenge, 1) >= 85, `${challenge}: ${challengeTotal(challenge, 1)}`);
    }
    assert.ok(Object.keys(SCALES).length >= 9, 'every built-in challenge has enough graded answers for a scale');
  });

  it('fits the increasing map closest to the grades, whatever order the answers come in', () => {
    const samples = [
      { set: 'a', share: 0.9, grade: 95 },
      { set: 'a', share: 0.1, grade: 5 },
      { set: 'b', share: 0.5, grade: 40 },
      { set: 'b', share: 0.55, grade: 30 },
      { set: 'b', share: 0.3, grade: 20 },
    ];
    const knots = fit(samples);
    assert.deepEqual(fit([...samples].reverse()), knots);
    for (let i = 1; i < knots.length; i++) assert.ok(knots[i][1] >= knots[i - 1][1], JSON.stringify(knots));
    // The two answers out of order (0.5 graded 40, 0.55 graded 30) are pooled: the better share never scores lower.
    const [lower, higher] = [calibratedTotal(0.5, knots), calibratedTotal(0.55, knots)];
    assert.ok(lower <= higher && lower > 20 && higher < 95, `${lower}, ${higher}`);
  });

  it('lifts a challenge whose answers graders rate above the shared map, and leaves thin or unknown ones alone', () => {
    // Two challenges on one scale of grades; graders give "hard" answers more than the share the scorer found.
    const samples = [];
    for (let i = 0; i <= 40; i++) {
      const share = i / 40;
      samples.push({ set: 's', challenge: 'easy', share, grade: share * 100 });
      samples.push({ set: 's', challenge: 'hard', share: share / 1.2, grade: share * 100 });
    }
    for (let i = 0; i < 5; i++) samples.push({ set: 's', challenge: 'thin', share: 0.2, grade: 90 });
    const { knots, scales } = fitWithScales(samples);
    assert.ok(scales.hard > scales.easy, JSON.stringify(scales));
    assert.equal(scales.thin, undefined, 'five answers are too few for a scale of its own');
    // The same share earns "hard" answers the higher total, and a rubric of the user's own gets the shared map.
    assert.ok(challengeTotal('hard', 0.5, knots, scales) > challengeTotal('easy', 0.5, knots, scales));
    assert.equal(challengeTotal('my-own-rubric', 0.5, knots, scales), calibratedTotal(0.5, knots));
    assert.ok(challengeTotal('hard', 1, knots, scales) <= 100);
  });

  it('is the fit `npm run train` makes from the graded answers in eval/scoring (reproducible)', function () {
    this.timeout(60_000);
    const samples = trainingSamples(join(__dirname, '..', '..', '..', '..', 'eval', 'scoring'));
    assert.equal(samples.length, fitted.fittedOn.answers, 'eval/scoring changed: run npm run train');
    const again = fitWithScales(samples);
    assert.deepEqual(again.knots, CALIBRATION.map(([x, y]) => [x, y]), 'the scorer or eval/scoring changed: run npm run train');
    assert.deepEqual(again.scales, SCALES, 'the scorer or eval/scoring changed: run npm run train');
  });
});
