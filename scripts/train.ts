// `npm run train`: fits the scorer's calibration (src/scoring/calibration.json), the map from the share of criterion
// points an answer earned to its total, to the independently graded answers in eval/scoring. Deterministic: the
// same answers and scorer give the same file. Prints the fit's error in sample and, the honest figure, with each
// set left out of the fit in turn.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { challengeTotal, fitWithScales, type Calibration, type Sample, type Scales } from '../src/scoring/calibration';
import { gradedSets, type Graded } from './eval-scoring';

const shareOf = (g: Graded): number => {
  const max = g.got.criteria.reduce((s, c) => s + c.max, 0);
  return g.got.criteria.reduce((s, c) => s + c.score, 0) / max;
};

/** Every graded answer under `root` (eval/scoring), as the share of criterion points the scorer gives it and its grade. */
export function trainingSamples(root: string): Sample[] {
  return gradedSets(root).flatMap(({ set, graded }) =>
    graded.map((g) => ({ set, challenge: g.got.challenge, share: shareOf(g), grade: g.second ? (g.human.total + g.second.total) / 2 : g.human.total })),
  );
}

const mae = (samples: readonly Sample[], { knots, scales }: { knots: Calibration; scales: Scales }): number =>
  samples.reduce((s, a) => s + Math.abs(challengeTotal(a.challenge ?? '', a.share, knots, scales) - a.grade), 0) / samples.length;

function main(): void {
  const root = join(process.cwd(), 'eval', 'scoring');
  const samples = trainingSamples(root);
  const sets = [...new Set(samples.map((s) => s.set))];
  const fitted = fitWithScales(samples);
  let heldOut = 0;
  for (const set of sets) {
    const rest = samples.filter((s) => s.set !== set);
    const mine = samples.filter((s) => s.set === set);
    heldOut += mae(mine, fitWithScales(rest)) * mine.length;
  }
  const out = join(process.cwd(), 'src', 'scoring', 'calibration.json');
  writeFileSync(out, `${JSON.stringify({ fittedOn: { answers: samples.length, sets }, ...fitted }, null, 2)}\n`);
  console.log(`${samples.length} graded answers in ${sets.length} sets`);
  console.log(`MAE of the fitted map: ${mae(samples, fitted).toFixed(2)} in sample, ${(heldOut / samples.length).toFixed(2)} with each set left out of its own fit`);
  console.log(`knots: ${fitted.knots.map(([x, y]) => `${x}→${y}`).join(' ')}`);
  console.log(`scales: ${Object.entries(fitted.scales).map(([c, k]) => `${c} ×${k}`).join(', ')}`);
  console.log(`wrote ${out}`);
}

if (require.main === module) main();
