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

export interface Graded {
  readonly file: string;
  readonly human: z.output<typeof gradeSchema>;
  /** The second, independent grader's grade, where there is one (NAME.grade2.yaml). */
  readonly second?: z.output<typeof gradeSchema>;
  readonly got: ScoreResult;
}

function readGrade(gradeFile: string): z.output<typeof gradeSchema> {
  const checked = parseYamlFile(gradeSchema, gradeFile, readFileSync(gradeFile, 'utf8'));
  if (!checked.ok) {
    for (const p of checked.problems) console.error(`${p.file}:${p.line + 1}: ${p.message}`);
    process.exit(2);
  }
  return checked.data;
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
    const human = readGrade(gradeFile);
    const secondFile = join(dir, file.replace(/\.md$/, '.grade2.yaml'));
    const second = existsSync(secondFile) ? readGrade(secondFile) : undefined;
    const rubric = rubrics.find((r) => r.id === human.challenge);
    if (!rubric) {
      console.error(`${gradeFile}: unknown challenge '${human.challenge}'`);
      process.exit(2);
    }
    out.push({ file, human, second, got: scoreAnswer(readFileSync(join(dir, file), 'utf8'), rubric) });
  }
  return out;
}

function report(name: string, graded: readonly Graded[], verbose: boolean): void {
  if (graded.length < 3) return;
  const human = graded.map((g) => g.human.total);
  const got = graded.map((g) => g.got.total);
  // Per-criterion figures only within one challenge: pooled sets mix rubrics.
  const oneChallenge = graded.every((g) => g.got.challenge === graded[0].got.challenge);
  const criteria = oneChallenge ? graded[0].got.criteria.map((c) => c.id) : [];
  const per = criteria.map((id) => {
    const h = graded.map((g) => g.human.scores[id] ?? 0);
    const s = graded.map((g) => g.got.criteria.find((c) => c.id === id)?.score ?? 0);
    return `${id} ${f3(spearman(h, s))}`;
  });
  console.log(`${name.padEnd(8)} answers ${String(graded.length).padStart(3)}  Spearman ${f3(spearman(human, got))}  MAE ${mae(human, got).toFixed(1)}${per.length ? `  per criterion: ${per.join(', ')}` : ''}`);
  const both = graded.filter((g) => g.second);
  if (both.length >= 3) {
    const a = both.map((g) => g.human.total);
    const b = both.map((g) => g.second!.total);
    const tool = both.map((g) => g.got.total);
    console.log(
      `         graders: each other Spearman ${f3(spearman(a, b))} MAE ${mae(a, b).toFixed(1)}; scorer vs grader 2 Spearman ${f3(spearman(b, tool))} MAE ${mae(b, tool).toFixed(1)}`,
    );
    // Answers both graders fail (< 30) must score below every answer both graders pass well (≥ 70).
    const fail = both.filter((g) => g.human.total < 30 && g.second!.total < 30);
    const good = both.filter((g) => g.human.total >= 70 && g.second!.total >= 70);
    if (fail.length && good.length) {
      const worstGood = Math.min(...good.map((g) => g.got.total));
      const above = fail.filter((g) => g.got.total >= worstGood);
      console.log(`         every answer both graders fail (${fail.length}) below every answer both pass well (${good.length}, lowest ${worstGood}): ${above.length ? `NO (${above.map((g) => `${g.file} ${g.got.total}`).join(', ')})` : 'yes'}`);
    }
  }

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
/** The graded answers under `root`, by set and, in a set of several challenges, by challenge (sorted). */
export function gradedSets(root: string): { set: string; challenge?: string; graded: Graded[] }[] {
  if (!existsSync(root)) return [];
  const sets = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return sets.flatMap((set) => {
    const dir = join(root, set);
    // A set of several challenges keeps one folder per challenge.
    const challenges = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    if (!challenges.length) return [{ set, graded: load(dir) }];
    return challenges.map((challenge) => ({ set, challenge, graded: load(join(dir, challenge)) }));
  });
}

export function evalScoring(root: string, verbose: boolean): boolean {
  const groups = gradedSets(root);
  if (!groups.length) return false;
  const all: Graded[] = [];
  console.log('\nScoring: scorer totals against human grades (eval/scoring)');
  const sets = [...new Set(groups.map((g) => g.set))];
  for (const set of sets) {
    const mine = groups.filter((g) => g.set === set);
    if (mine.length === 1 && mine[0].challenge === undefined) {
      report(set, mine[0].graded, verbose);
      all.push(...mine[0].graded);
      continue;
    }
    console.log(`${set}:`);
    const pooled: Graded[] = [];
    for (const { challenge, graded } of mine) {
      report(`  ${challenge}`, graded, verbose);
      pooled.push(...graded);
    }
    report(`  ${set} pooled`, pooled, false);
    all.push(...pooled);
  }
  if (sets.length > 1) {
    console.log('all sets, by challenge:');
    const challenges = [...new Set(all.map((g) => g.human.challenge))].sort();
    for (const challenge of challenges) report(`  ${challenge}`, all.filter((g) => g.human.challenge === challenge), false);
    report('all', all, false);
  }
  return true;
}
