// The report's public shapes: the JSON contract the CLI prints and outside tools read, and a
// plain-text rendering for terminals.
import { relative, resolve, sep } from 'node:path';
import type { ChecklistReport, ItemStatus } from '../checklist/engine';
import type { Finding } from '../checklist/findings';

/** One file checked: its name as the user gave it (or as a folder or pattern found it), the report, the findings. */
export interface CheckedFile {
  readonly file: string;
  readonly report: ChecklistReport;
  readonly findings: readonly Finding[];
}

/** The file's path from the current folder, with '/' between parts, as CI tools expect. */
export function relativePath(file: string, cwd: string): string {
  return relative(cwd, resolve(cwd, file)).split(sep).join('/');
}

/** The same path as a relative URI reference (each part percent-encoded). */
export function relativeUri(file: string, cwd: string): string {
  return relativePath(file, cwd).split('/').map(encodeURIComponent).join('/');
}

export interface JsonReport {
  readonly file: string;
  readonly score: number;
  readonly items: readonly {
    readonly id: string;
    readonly title: string;
    readonly status: ItemStatus;
    readonly evidence: readonly { readonly line: number; readonly text: string }[];
    readonly advice: string;
  }[];
  readonly antipatterns: readonly {
    readonly id: string;
    readonly title: string;
    readonly line: number;
    readonly evidence: string;
    readonly advice: string;
    /** Added field: every place the document shows it, the first being `line` and `evidence`. */
    readonly instances: readonly { readonly line: number; readonly text: string }[];
  }[];
}

/** Evidence as both JSON reports give it: the 1-based line and the sentence, nothing else. */
export function evidenceJson(evidence: readonly { readonly line: number; readonly text: string }[]): { line: number; text: string }[] {
  return evidence.map((e) => ({ line: e.line, text: e.text }));
}

export function toJson(file: string, r: ChecklistReport): JsonReport {
  return {
    file,
    score: r.score,
    items: r.items.map((i) => ({
      id: i.id,
      title: i.title,
      status: i.status,
      evidence: evidenceJson(i.evidence),
      advice: i.advice,
    })),
    antipatterns: r.antipatterns.map((a) => ({ id: a.id, title: a.title, line: a.line, evidence: a.evidence, advice: a.advice, instances: evidenceJson(a.instances) })),
  };
}

export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly status: (status: ItemStatus | 'antipattern', s: string) => string;
}

export const plainStyle: Style = { bold: (s) => s, dim: (s) => s, status: (_, s) => s };

export const ansiStyle: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  status: (status, s) => {
    const code = { covered: 32, weak: 33, missing: 31, 'out-of-scope': 90, antipattern: 35 }[status];
    return `\x1b[${code}m${s}\x1b[39m`;
  },
};

const MARK: Record<ItemStatus, string> = { covered: '✓', weak: '~', missing: '✗', 'out-of-scope': '-' };

/** One line per item, then the anti-patterns, then the score. */
export function toText(file: string, r: ChecklistReport, style: Style = plainStyle): string {
  const out: string[] = [style.bold(file)];
  const width = Math.max(...r.items.map((i) => i.title.length), 10);
  for (const i of r.items) {
    const status = style.status(i.status, `${MARK[i.status]} ${i.status.padEnd(12)}`);
    const first = i.evidence[0];
    const where = first ? style.dim(`line ${first.line}: ${clip(first.text, 70)}`) : style.dim(i.status === 'out-of-scope' ? clip(i.reason, 90) : clip(i.question, 90));
    out.push(`  ${status} ${i.title.padEnd(width)}  ${where}`);
  }
  if (r.antipatterns.length) {
    out.push('', style.bold('Anti-patterns'));
    for (const a of r.antipatterns) {
      out.push(`  ${style.status('antipattern', '! ' + a.title)}  ${style.dim(`line ${a.line}: ${clip(a.evidence, 70)}`)}`);
      if (a.instances.length > 1) out.push(`    ${style.dim(alsoOn(a.instances.slice(1).map((i) => i.line)))}`);
      out.push(`    ${a.advice}`);
    }
  } else {
    out.push('', 'No anti-patterns found.');
  }
  out.push('', style.bold(`Score ${r.score}/100`) + ` — ${r.covered}/${r.considered} items covered`);
  return out.join('\n');
}

/** "also on lines 11, 15", the first ten of them. */
function alsoOn(lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join(', ');
  const more = lines.length > 10 ? ` and ${lines.length - 10} more` : '';
  return `also on ${lines.length === 1 ? 'line' : 'lines'} ${shown}${more}`;
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}
