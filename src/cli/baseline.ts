// `--baseline <file>` / `--write-baseline <file>`: findings already known are not reported again. A finding's
// fingerprint is its file, its rule id and its evidence text normalised, never its line: an edit elsewhere in
// the document moves findings without making them new. Equal fingerprints are counted, so a second instance
// of an old finding is new.
import * as z from 'zod/mini';
import { normalizeEvidence, type Finding } from '../checklist/findings';

export const BASELINE_VERSION = 1;

const entrySchema = z.strictObject({ file: z.string(), rule: z.string(), evidence: z.string(), count: z.number().check(z.int(), z.minimum(1)) });
export const baselineSchema = z.strictObject({ version: z.literal(BASELINE_VERSION), findings: z.array(entrySchema) });
export type Baseline = z.infer<typeof baselineSchema>;

const key = (file: string, rule: string, evidence: string): string => JSON.stringify([file, rule, evidence]);

/** The baseline of these findings; `file` is the name to store (relative to the baseline, slash-separated). */
export function makeBaseline(files: readonly { file: string; findings: readonly Finding[] }[]): Baseline {
  const counts = new Map<string, { file: string; rule: string; evidence: string; count: number }>();
  for (const { file, findings } of files) {
    for (const f of findings) {
      const evidence = normalizeEvidence(f.evidence);
      const k = key(file, f.ruleId, evidence);
      const entry = counts.get(k) ?? { file, rule: f.ruleId, evidence, count: 0 };
      entry.count++;
      counts.set(k, entry);
    }
  }
  const findings = [...counts.values()].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.evidence.localeCompare(b.evidence));
  return { version: BASELINE_VERSION, findings };
}

/** The findings of `file` the baseline does not account for, in their order. */
export function newFindings(baseline: Baseline, file: string, findings: readonly Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const e of baseline.findings) if (e.file === file) left.set(key(e.file, e.rule, e.evidence), e.count);
  return findings.filter((f) => {
    const k = key(file, f.ruleId, normalizeEvidence(f.evidence));
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    return n === 0;
  });
}

/** Reads a baseline file's text; the message says what is wrong and how to make a new one. */
export function parseBaseline(file: string, text: string): { ok: true; baseline: Baseline } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${file}: not JSON (${(e as Error).message}); write a new one with --write-baseline ${file}` };
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${file}: not a Design Workbench baseline (at '${issue.path.join('.') || 'the top'}'); write a new one with --write-baseline ${file}` };
  }
  return { ok: true, baseline: parsed.data };
}
