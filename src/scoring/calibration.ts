// The map from what an answer earned on its criteria to the total out of 100, fitted to independently graded
// answers by `npm run train` (scripts/train.ts) and stored as data in calibration.json.
import fitted from './calibration.json';

/** Points `[earned share, total]`, increasing in both; the total between two points is read off the line. */
export type Calibration = readonly (readonly [number, number])[];

export const CALIBRATION: Calibration = fitted.knots as [number, number][];

/**
 * Per challenge, the factor its earned share is multiplied by before the map is read. The scorer finds some
 * challenges' criteria harder to see than others (graders gave money-transfer answers more than the share the
 * scorer found, and latency answers less), and one map for all cannot correct that. Challenges with too few graded
 * answers, and every rubric of the user's own, keep 1.
 */
export type Scales = Readonly<Record<string, number>>;

export const SCALES: Scales = fitted.scales;

/**
 * The total for an answer that earned `share` (0–1) of its criteria's points. Graders' totals are not a straight
 * line of the criterion points a reader can match: an answer with a third of the points is, to a grader, poor
 * (about 20), and one with four fifths is excellent (about 85). The map keeps the order of answers.
 */
export function calibratedTotal(share: number, knots: Calibration = CALIBRATION): number {
  const x = Math.min(1, Math.max(0, share));
  for (let i = 1; i < knots.length; i++) {
    const [x0, y0] = knots[i - 1];
    const [x1, y1] = knots[i];
    if (x <= x1) return Math.round(y0 + ((x - x0) / (x1 - x0 || 1)) * (y1 - y0));
  }
  return Math.round(knots[knots.length - 1][1]);
}

/** The total for an answer to `challenge` that earned `share` of its criteria's points. */
export function challengeTotal(challenge: string, share: number, knots: Calibration = CALIBRATION, scales: Scales = SCALES): number {
  return calibratedTotal(Math.min(1, share * (scales[challenge] ?? 1)), knots);
}

/** Where the map is read: every tenth of the share. */
const KNOTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

export interface Sample {
  /** The set it comes from (the fit leaves one set out at a time to measure itself). */
  readonly set: string;
  readonly share: number;
  /** The graders' mean total. */
  readonly grade: number;
  /** The challenge it answers (a scale is fitted per challenge). */
  readonly challenge?: string;
}

/** Isotonic regression (pool adjacent violators): the increasing step function closest to the grades. */
function isotonic(samples: readonly Sample[]): { x: number; y: number }[] {
  const blocks: { sx: number; sy: number; n: number }[] = [];
  for (const s of [...samples].sort((a, b) => a.share - b.share || a.grade - b.grade)) {
    blocks.push({ sx: s.share, sy: s.grade, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2].sy / blocks[blocks.length - 2].n > blocks[blocks.length - 1].sy / blocks[blocks.length - 1].n) {
      const last = blocks.pop()!;
      const prev = blocks[blocks.length - 1];
      prev.sx += last.sx;
      prev.sy += last.sy;
      prev.n += last.n;
    }
  }
  return blocks.map((b) => ({ x: b.sx / b.n, y: b.sy / b.n }));
}

/** The isotonic fit read at the knots, pinned to 0 for an answer that earned nothing, rounded to one decimal. */
export function fit(samples: readonly Sample[]): Calibration {
  const steps = isotonic(samples);
  const at = (x: number): number => {
    if (x <= steps[0].x) return steps[0].y;
    for (let i = 1; i < steps.length; i++) {
      if (x <= steps[i].x) return steps[i - 1].y + ((x - steps[i - 1].x) / (steps[i].x - steps[i - 1].x || 1)) * (steps[i].y - steps[i - 1].y);
    }
    return steps[steps.length - 1].y;
  };
  let last = 0;
  return KNOTS.map((x, i) => {
    last = i === 0 ? 0 : Math.max(last, Math.round(at(x) * 10) / 10);
    return [x, last] as const;
  });
}

/** A challenge needs this many graded answers before it gets a scale of its own. */
const MIN_FOR_SCALE = 20;
/** The scales tried: within a quarter of 1, by hundredths. */
const SCALE_GRID = Array.from({ length: 46 }, (_, i) => Math.round((0.8 + i * 0.01) * 100) / 100);

const meanError = (samples: readonly Sample[], knots: Calibration, scale: number): number =>
  samples.reduce((sum, s) => sum + Math.abs(calibratedTotal(Math.min(1, s.share * scale), knots) - s.grade), 0) / samples.length;

/**
 * The map and the per-challenge scales together: the map is fitted, then each challenge's scale (the one on the grid
 * with the smallest mean error, the one nearest 1 on a tie), then the map again on the scaled shares, three rounds.
 */
export function fitWithScales(samples: readonly Sample[]): { knots: Calibration; scales: Scales } {
  const byChallenge = new Map<string, Sample[]>();
  for (const s of samples) if (s.challenge) byChallenge.set(s.challenge, [...(byChallenge.get(s.challenge) ?? []), s]);
  const challenges = [...byChallenge.keys()].filter((c) => byChallenge.get(c)!.length >= MIN_FOR_SCALE).sort();
  let scales: Record<string, number> = {};
  let knots = fit(samples);
  for (let round = 0; round < 3; round++) {
    scales = {};
    for (const c of challenges) {
      const mine = byChallenge.get(c)!;
      let best = 1;
      let bestError = meanError(mine, knots, 1);
      for (const k of SCALE_GRID) {
        const e = meanError(mine, knots, k);
        if (e < bestError - 1e-9 || (Math.abs(e - bestError) <= 1e-9 && Math.abs(k - 1) < Math.abs(best - 1))) [best, bestError] = [k, e];
      }
      scales[c] = best;
    }
    // A factor common to every challenge belongs to the map: the scales are centred on 1 (their mean, weighted by
    // answers), or the map and the scales would trade it between them from round to round.
    const weight = challenges.reduce((n, c) => n + byChallenge.get(c)!.length, 0);
    const centre = challenges.reduce((sum, c) => sum + Math.log(scales[c]) * byChallenge.get(c)!.length, 0) / (weight || 1);
    for (const c of challenges) scales[c] = Math.round(Math.min(1.25, Math.max(0.8, scales[c] / Math.exp(centre))) * 100) / 100;
    knots = fit(samples.map((s) => ({ ...s, share: Math.min(1, s.share * (s.challenge ? scales[s.challenge] ?? 1 : 1)) })));
  }
  return { knots, scales };
}
