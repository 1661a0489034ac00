// The map from what an answer earned on its criteria to the total out of 100, fitted to independently graded
// answers by `npm run train` (scripts/train.ts) and stored as data in calibration.json.
import fitted from './calibration.json';

/** Points `[earned share, total]`, increasing in both; the total between two points is read off the line. */
export type Calibration = readonly (readonly [number, number])[];

export const CALIBRATION: Calibration = fitted.knots as [number, number][];

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

/** Where the map is read: every tenth of the share. */
const KNOTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

export interface Sample {
  /** The set it comes from (the fit leaves one set out at a time to measure itself). */
  readonly set: string;
  readonly share: number;
  /** The graders' mean total. */
  readonly grade: number;
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
