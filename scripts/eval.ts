// `npm run eval`: the checklist's accuracy on the labelled design documents in eval/checklist
// (covered-vs-not and 3-way accuracy per set, anti-pattern precision and recall), then the scorer's
// agreement with human grades in eval/scoring. --verbose prints every disagreement;
// --only checklist|scoring runs one part.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../src/shared/yaml';
import * as z from 'zod/mini';
import { defaultEngine, type ItemStatus } from '../src/checklist/engine';
import { ANTIPATTERN_IDS, ITEM_IDS } from '../src/checklist/schema';
import { parseDocument } from '../src/shared/document';
import { evalScoring } from './eval-scoring';

const expectedSchema = z.object({
  items: z.record(z.enum(ITEM_IDS), z.enum(['covered', 'weak', 'missing', 'out-of-scope'])),
  antipatterns: z.nullable(z.array(z.object({ id: z.enum(ANTIPATTERN_IDS), line: z.optional(z.number()) }))),
});

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

  for (const set of sets) {
    const tally: Tally = { items: 0, binary: 0, threeWay: 0, tp: 0, fp: 0, fn: 0, docs: 0 };
    const dir = join(root, set);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
      const expectedFile = join(dir, file.replace(/\.md$/, '.expected.yaml'));
      if (!existsSync(expectedFile)) continue;
      const yaml = readYaml(readFileSync(expectedFile, 'utf8'));
      if (!yaml.ok) {
        console.error(`${expectedFile}:${yaml.line + 1}: ${yaml.message}`);
        process.exit(2);
      }
      const parsed = expectedSchema.safeParse(yaml.data);
      if (!parsed.success) {
        console.error(`${expectedFile}: ${z.prettifyError(parsed.error)}`);
        process.exit(2);
      }
      const expected = parsed.data;
      const report = engine.run(parseDocument(readFileSync(join(dir, file), 'utf8')));
      tally.docs++;
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
      const wantAp = new Set((expected.antipatterns ?? []).map((a) => a.id));
      const gotAp = new Set(report.antipatterns.map((a) => a.id));
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
    }
    print(set, tally);
    for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += tally[k];
  }
  print('all', total);
  console.log('\nconfusion (expected > got): ' + [...confusion].sort().map(([k, v]) => `${k}: ${v}`).join(', '));
}

function print(name: string, t: Tally): void {
  const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : 'n/a');
  console.log(
    `${name.padEnd(8)} docs ${String(t.docs).padStart(3)}  covered-vs-not ${ratio(t.binary, t.items)}  3-way ${ratio(t.threeWay, t.items)}  ` +
      `anti-patterns precision ${ratio(t.tp, t.tp + t.fp)} recall ${ratio(t.tp, t.tp + t.fn)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`,
  );
}
