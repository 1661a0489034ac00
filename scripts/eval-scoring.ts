// The scorer's agreement with human grades on the answers in eval/scoring/<set>/: Spearman correlation of
// the totals, per-criterion correlations, mean absolute error, and the adversarial checks the issue names.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { builtinRubrics, scoreAnswer, type ScoreResult } from '../src/scoring';
import { parseYamlFile } from '../src/shared/yaml-schema';

const gradeSchema = z.object({
  challenge: z.string(),
  grader: z.optional(z.string()),
  scores: z.record(z.string(), z.number().check(z.minimum(0))),
  total: z.number(),
  notes: z.optional(z.string()),
  /** buzzwords | negating | reasoned | off-topic | rambling | … : what the answer is a test of. */
  tags: z.optional(z.array(z.string())),
});

interface Graded {
  readonly file: string;
  readonly human: z.output<typeof gradeSchema>;
  readonly got: ScoreResult;
}

/** Ranks with ties sharing their mean rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const r = new Array<number>(values.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1].v === order[k].v) j++;
    for (let m = k; m <= j; m++) r[order[m].i] = (k + j) / 2 + 1;
    k = j + 1;
  }
  return r;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : NaN;
}

export const spearman = (x: readonly number[], y: readonly number[]): number => pearson(ranks(x), ranks(y));
const mae = (x: readonly number[], y: readonly number[]): number => x.reduce((s, v, i) => s + Math.abs(v - y[i]), 0) / x.length;
const f3 = (n: number): string => (Number.isNaN(n) ? 'n/a' : n.toFixed(3));

function load(dir: string): Graded[] {
  const rubrics = builtinRubrics();
  const out: Graded[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const gradeFile = join(dir, file.replace(/\.md$/, '.grade.yaml'));
    if (!existsSync(gradeFile)) continue;
    const checked = parseYamlFile(gradeSchema, gradeFile, readFileSync(gradeFile, 'utf8'));
    if (!checked.ok) {
      for (const p of checked.problems) console.error(`${p.file}:${p.line + 1}: ${p.message}`);
      process.exit(2);
    }
    const rubric = rubrics.find((r) => r.id === checked.data.challenge);
    if (!rubric) {
      console.error(`${gradeFile}: unknown challenge '${checked.data.challenge}'`);
      process.exit(2);
    }
    out.push({ file, human: checked.data, got: scoreAnswer(readFileSync(join(dir, file), 'utf8'), rubric) });
  }
  return out;
}

function report(name: string, graded: readonly Graded[], verbose: boolean): void {
  if (graded.length < 3) return;
  const human = graded.map((g) => g.human.total);
  const got = graded.map((g) => g.got.total);
  const criteria = graded[0].got.criteria.map((c) => c.id);
  const per = criteria.map((id) => {
    const h = graded.map((g) => g.human.scores[id] ?? 0);
    const s = graded.map((g) => g.got.criteria.find((c) => c.id === id)?.score ?? 0);
    return `${id} ${f3(spearman(h, s))}`;
  });
  console.log(`${name.padEnd(8)} answers ${String(graded.length).padStart(3)}  Spearman ${f3(spearman(human, got))}  MAE ${mae(human, got).toFixed(1)}  per criterion: ${per.join(', ')}`);

  const tagged = (tag: string): Graded[] => graded.filter((g) => g.human.tags?.includes(tag));
  const buzz = tagged('buzzwords');
  const reasoned = graded.filter((g) => !g.human.tags?.includes('buzzwords') && g.human.total >= 60);
  if (buzz.length && reasoned.length) {
    const worstGood = Math.min(...reasoned.map((g) => g.got.total));
    const bestBuzz = Math.max(...buzz.map((g) => g.got.total));
    console.log(`         buzzword lists (best ${bestBuzz}) below every reasoned good answer (worst ${worstGood}): ${bestBuzz < worstGood ? 'yes' : 'NO'}`);
  }
  for (const g of tagged('negating')) {
    const shared = g.got.criteria.find((c) => c.id === 'shared-data');
    if (shared) console.log(`         negating answer ${g.file}: shared-data ${shared.score}/25 (target ≤ 10): ${shared.score <= 10 ? 'yes' : 'NO'}`);
  }
  if (verbose) {
    for (const g of graded) {
      const diffs = criteria.map((id) => `${id} ${g.human.scores[id] ?? 0}/${g.got.criteria.find((c) => c.id === id)?.score}`).join(', ');
      console.log(`  ${g.file.padEnd(40)} human ${String(g.human.total).padStart(3)} scorer ${String(g.got.total).padStart(3)}   ${diffs}`);
    }
  }
}

/** Prints the figures for every set under eval/scoring; returns false when there is none. */
export function evalScoring(root: string, verbose: boolean): boolean {
  if (!existsSync(root)) return false;
  const sets = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const all: Graded[] = [];
  console.log('\nScoring: scorer totals against human grades (eval/scoring)');
  for (const set of sets) {
    const graded = load(join(root, set));
    report(set, graded, verbose);
    all.push(...graded);
  }
  if (sets.length > 1) report('all', all, false);
  return sets.length > 0;
}
