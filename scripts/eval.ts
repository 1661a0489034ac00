// `npm run eval`: the checklist's accuracy on the labelled design documents in eval/checklist
// (covered-vs-not and 3-way accuracy per set, anti-pattern precision and recall), then the scorer's
// agreement with human grades in eval/scoring. Design smells are measured apart from the anti-patterns, on the
// sets whose sidecars carry a `smells:` key; elsewhere the script counts the smells reported. --verbose prints every disagreement;
// --only checklist|scoring runs one part.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../src/shared/yaml';
import * as z from 'zod/mini';
import { defaultEngine, type ItemStatus } from '../src/checklist/engine';
import { ITEM_IDS, LESSON_ANTIPATTERN_IDS, SMELL_IDS } from '../src/checklist/schema';
import { parseDocument } from '../src/shared/document';
import { evalScoring } from './eval-scoring';

const expectedSchema = z.object({
  items: z.record(z.enum(ITEM_IDS), z.enum(['covered', 'weak', 'missing', 'out-of-scope'])),
  antipatterns: z.nullable(z.array(z.object({ id: z.enum(LESSON_ANTIPATTERN_IDS), line: z.optional(z.number()) }))),
  /** Absent on the sets written before the smells existed: those are not scored on smells. */
  smells: z.optional(z.nullable(z.array(z.object({ id: z.enum(SMELL_IDS), line: z.number() })))),
});

const SMELLS: ReadonlySet<string> = new Set(SMELL_IDS);
/** A reported smell matches a label when one of its places is this many lines from the labelled line. */
const SMELL_LINE_TOLERANCE = 3;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface Tally {
  items: number;
  binary: number;
  threeWay: number;
  tp: number;
  fp: number;
  fn: number;
  docs: number;
}

const verbose = process.argv.includes('--verbose');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && only !== 'checklist' && only !== 'scoring') {
  console.error(`--only must be 'checklist' or 'scoring', got '${only}'`);
  process.exit(2);
}
if (only !== 'scoring') evalChecklist();
if (only !== 'checklist' && !evalScoring(join(process.cwd(), 'eval', 'scoring'), verbose)) console.log('\nScoring: no evaluation sets under eval/scoring.');

function evalChecklist(): void {
  const root = join(process.cwd(), 'eval', 'checklist');
  const sets = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  if (!sets.length) {
    console.error(`No evaluation sets found under ${root}.`);
    process.exit(2);
  }

  const three = (s: ItemStatus): string => (s === 'out-of-scope' ? 'missing' : s);
  const engine = defaultEngine();
  const total: Tally = { items: 0, binary: 0, threeWay: 0, tp: 0, fp: 0, fn: 0, docs: 0 };
  const confusion = new Map<string, number>();
  const agreements: (() => void)[] = [];
  const smellReports: string[] = [];
  const smellTotal: Counts = { tp: 0, fp: 0, fn: 0 };
  const smellById = new Map<string, Counts>(SMELL_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const smellLines: string[] = [];

  for (const set of sets) {
    const tally: Tally = { items: 0, binary: 0, threeWay: 0, tp: 0, fp: 0, fn: 0, docs: 0 };
    const dir = join(root, set);
    const twice: Parameters<typeof agreement>[1][number][] = [];
    const smellTally: Counts = { tp: 0, fp: 0, fn: 0 };
    let labelledSmells = false;
    let reportedSmells = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const expectedFile = join(dir, file.replace(/\.md$/, '.expected.yaml'));
      if (!existsSync(expectedFile)) continue;
      const expected = readExpected(expectedFile);
      const report = engine.run(parseDocument(readFileSync(join(dir, file), 'utf8')));
      tally.docs++;
      const secondFile = join(dir, file.replace(/\.md$/, '.second.yaml'));
      if (existsSync(secondFile)) {
        twice.push({ first: expected, second: readExpected(secondFile), got: new Map(report.items.map((i) => [i.id, i.status])), gotAp: new Set(report.antipatterns.map((a) => a.id)) });
      }
      for (const item of report.items) {
        const want = expected.items[item.id as keyof typeof expected.items];
        if (!want) continue;
        tally.items++;
        const binaryOk = (want === 'covered') === (item.status === 'covered');
        if (binaryOk) tally.binary++;
        if (three(want) === three(item.status)) tally.threeWay++;
        confusion.set(`${three(want)}>${three(item.status)}`, (confusion.get(`${three(want)}>${three(item.status)}`) ?? 0) + 1);
        if (verbose && three(want) !== three(item.status)) {
          console.log(`  ${set}/${file} ${item.id}: expected ${want}, got ${item.status}${item.evidence[0] ? ` (line ${item.evidence[0].line}: ${item.evidence[0].text.slice(0, 90)})` : ''}`);
        }
      }
      const wantAp: ReadonlySet<string> = new Set((expected.antipatterns ?? []).map((a) => a.id));
      const gotAp: ReadonlySet<string> = new Set(report.antipatterns.map((a) => a.id).filter((id) => !SMELLS.has(id)));
      for (const id of gotAp) {
        if (wantAp.has(id)) tally.tp++;
        else {
          tally.fp++;
          if (verbose) console.log(`  ${set}/${file} false anti-pattern ${id}: ${report.antipatterns.find((a) => a.id === id)?.evidence.slice(0, 100)}`);
        }
      }
      for (const id of wantAp) {
        if (!gotAp.has(id)) {
          tally.fn++;
          if (verbose) console.log(`  ${set}/${file} missed anti-pattern ${id} (line ${expected.antipatterns?.find((a) => a.id === id)?.line})`);
        }
      }
      const gotSmells = report.antipatterns.filter((a) => SMELLS.has(a.id));
      reportedSmells += gotSmells.length;
      if (expected.smells === undefined) {
        for (const a of gotSmells) smellLines.push(`  ${set}/${file}:${a.line} smell ${a.id}: ${a.evidence.slice(0, 100)}`);
        continue;
      }
      labelledSmells = true;
      const want = expected.smells ?? [];
      const count = (id: string, k: keyof Counts): void => {
        smellTally[k]++;
        smellTotal[k]++;
        smellById.get(id)![k]++;
      };
      for (const a of gotSmells) {
        const label = want.find((w) => w.id === a.id);
        if (label && a.instances.some((i) => Math.abs(i.line - label.line) <= SMELL_LINE_TOLERANCE)) count(a.id, 'tp');
        else {
          count(a.id, 'fp');
          if (verbose) console.log(`  ${set}/${file} false smell ${a.id} (line ${a.line}): ${a.evidence.slice(0, 100)}`);
        }
      }
      for (const w of want) {
        const hit = gotSmells.find((a) => a.id === w.id && a.instances.some((i) => Math.abs(i.line - w.line) <= SMELL_LINE_TOLERANCE));
        if (!hit) {
          count(w.id, 'fn');
          if (verbose) console.log(`  ${set}/${file} missed smell ${w.id} (line ${w.line})`);
        }
      }
    }
    if (!tally.docs) continue; // documents still waiting for their labels
    print(set, tally);
    smellReports.push(labelledSmells ? `${set.padEnd(18)} ${counts(smellTally)}` : `${set.padEnd(18)} not labelled for smells; ${reportedSmells} reported`);
    agreements.push(() => agreement(set, twice));
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += tally[k];
  }
  print('all', total);
  console.log('\nDesign smells (a match needs the id and a place within ' + `${SMELL_LINE_TOLERANCE} lines of the label)`);
  console.log(smellReports.join('\n'));
  console.log(`${'pooled'.padEnd(18)} ${counts(smellTotal)}`);
  for (const [id, c] of smellById) console.log(`  ${id.padEnd(32)} ${counts(c)}`);
  if (verbose && smellLines.length) console.log('smells reported on sets not labelled for them (to read by hand):\n' + smellLines.join('\n'));
  for (const show of agreements) show();
  console.log('\nconfusion (expected > got): ' + [...confusion].sort().map(([k, v]) => `${k}: ${v}`).join(', '));
}

/** Cohen's kappa of two raters' labels over the same cases. */
function kappa(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (!n) return NaN;
  const labels = [...new Set([...a, ...b])];
  const observed = a.filter((x, i) => x === b[i]).length / n;
  const expected = labels.reduce((sum, l) => sum + (a.filter((x) => x === l).length / n) * (b.filter((x) => x === l).length / n), 0);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

type Expected = z.output<typeof expectedSchema>;

function readExpected(file: string): Expected {
  const yaml = readYaml(readFileSync(file, 'utf8'));
  if (!yaml.ok) {
    console.error(`${file}:${yaml.line + 1}: ${yaml.message}`);
    process.exit(2);
  }
  const parsed = expectedSchema.safeParse(yaml.data);
  if (!parsed.success) {
    console.error(`${file}: ${z.prettifyError(parsed.error)}`);
    process.exit(2);
  }
  return parsed.data;
}

/** Per item and for anti-patterns: the two labellers' kappa, and the engine's kappa against each. */
interface TwiceLabelled {
  readonly first: Expected;
  readonly second: Expected;
  readonly got: Map<string, string>;
  readonly gotAp: ReadonlySet<string>;
}

/** For each document and id: did labeller 1, labeller 2 and the engine flag it? Strings, for `kappa`. */
function flags(docs: readonly TwiceLabelled[], ids: readonly string[], listOf: (l: Expected) => readonly { id: string }[] | null | undefined): { a: string[]; b: string[]; e: string[] } {
  const out = { a: [] as string[], b: [] as string[], e: [] as string[] };
  for (const d of docs) {
    const fa = new Set((listOf(d.first) ?? []).map((x) => x.id));
    const fb = new Set((listOf(d.second) ?? []).map((x) => x.id));
    for (const id of ids) {
      out.a.push(String(fa.has(id)));
      out.b.push(String(fb.has(id)));
      out.e.push(String(d.gotAp.has(id)));
    }
  }
  return out;
}

function agreement(set: string, docs: readonly TwiceLabelled[]): void {
  if (!docs.length) return;
  const three = (s: string): string => (s === 'out-of-scope' ? 'missing' : s);
  const f = (n: number): string => (Number.isNaN(n) ? 'n/a' : n.toFixed(2));
  console.log(`\n${set}: agreement on ${docs.length} documents labelled twice (Cohen's kappa, 3-way; labeller 1 / labeller 2 / engine)`);
  const rows: string[] = [];
  const all = { a: [] as string[], b: [] as string[], e: [] as string[] };
  for (const id of ITEM_IDS) {
    const a = docs.map((d) => three(d.first.items[id] ?? 'missing'));
    const b = docs.map((d) => three(d.second.items[id] ?? 'missing'));
    const e = docs.map((d) => three(d.got.get(id) ?? 'missing'));
    all.a.push(...a);
    all.b.push(...b);
    all.e.push(...e);
    rows.push(`  ${id.padEnd(20)} L1~L2 ${f(kappa(a, b))}  engine~L1 ${f(kappa(e, a))}  engine~L2 ${f(kappa(e, b))}`);
  }
  console.log(rows.join('\n'));
  console.log(`  ${'all items'.padEnd(20)} L1~L2 ${f(kappa(all.a, all.b))}  engine~L1 ${f(kappa(all.e, all.a))}  engine~L2 ${f(kappa(all.e, all.b))}`);
  const ap = flags(docs, LESSON_ANTIPATTERN_IDS, (l) => l.antipatterns);
  console.log(`  ${'anti-patterns'.padEnd(20)} L1~L2 ${f(kappa(ap.a, ap.b))}  engine~L1 ${f(kappa(ap.e, ap.a))}  engine~L2 ${f(kappa(ap.e, ap.b))}`);
  const labelled = docs.filter((d) => d.first.smells !== undefined && d.second.smells !== undefined);
  if (!labelled.length) return;
  const sm = flags(labelled, SMELL_IDS, (l) => l.smells);
  const same = sm.a.filter((x, i) => x === sm.b[i]).length;
  console.log(`  ${'smells'.padEnd(20)} L1~L2 ${f(kappa(sm.a, sm.b))}  engine~L1 ${f(kappa(sm.e, sm.a))}  engine~L2 ${f(kappa(sm.e, sm.b))}  (labellers agree on ${same} of ${sm.a.length} document × smell pairs)`);
}

function ratio(a: number, b: number): string {
  return b ? (a / b).toFixed(3) : 'n/a';
}

function counts(c: Counts): string {
  return `smells precision ${ratio(c.tp, c.tp + c.fp)} recall ${ratio(c.tp, c.tp + c.fn)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function print(name: string, t: Tally): void {
  console.log(
    `${name.padEnd(8)} docs ${String(t.docs).padStart(3)}  covered-vs-not ${ratio(t.binary, t.items)}  3-way ${ratio(t.threeWay, t.items)}  ` +
      `anti-patterns precision ${ratio(t.tp, t.tp + t.fp)} recall ${ratio(t.tp, t.tp + t.fn)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
  );
}
