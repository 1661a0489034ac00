// Thin adapter: turns a checklist report into VS Code diagnostics.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../shared/ids';
import type { ChecklistReport, ItemResult } from '../engine';
import type { CheckResult } from '../check';
import { SUPPRESSION_RULE } from '../ids';
import { itemLine } from '../lines';
import { DEFAULT_SETTINGS, type ChecklistSettings, type Severity } from '../settings';

/** The whole text of a 1-based line, without its leading blanks. */
function lineRange(lines: readonly string[], oneBasedLine: number): vscode.Range {
  const line = Math.min(Math.max(oneBasedLine - 1, 0), Math.max(lines.length - 1, 0));
  const text = lines[line] ?? '';
  return new vscode.Range(line, text.length - text.trimStart().length, line, text.length);
}

export function itemMessage(item: ItemResult): string {
  return item.status === 'weak'
    ? `${item.title} is mentioned but nothing is decided. ${item.question}`
    : `No decision on ${item.title.toLowerCase()}. ${item.question}`;
}

const SEVERITY: Record<Exclude<Severity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};
/** A weak item is one step milder than a missing one. */
const MILDER: Record<Exclude<Severity, 'off'>, Exclude<Severity, 'off'>> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };

/** The findings of a check as diagnostics; suppressed ones are left out, suppressions without a reason added. */
export function toDiagnostics(result: CheckResult, settings: ChecklistSettings = DEFAULT_SETTINGS): vscode.Diagnostic[] {
  const { doc, report } = result;
  const diagnostics: vscode.Diagnostic[] = [];
  const lines = doc.lines;
  const shown = new Set(result.findings.map((f) => `${f.id}@${f.line}`));
  for (const item of report.items) {
    if (item.status !== 'missing' && item.status !== 'weak') continue;
    const configured = result.severity[item.id] ?? 'warning';
    const line = itemLine(doc, item);
    if (configured === 'off' || !shown.has(`${item.id}@${line}`)) continue;
    const d = new vscode.Diagnostic(lineRange(lines, line), itemMessage(item), SEVERITY[item.status === 'missing' ? configured : MILDER[configured]]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: item.id, target: vscode.Uri.parse(item.docs) };
    diagnostics.push(d);
  }
  for (const a of report.antipatterns) {
    const configured = result.severity[a.id] ?? settings.antiPatternSeverity;
    if (configured === 'off' || !shown.has(`${a.id}@${a.line}`)) continue;
    const d = new vscode.Diagnostic(lineRange(lines, a.line), `Anti-pattern — ${a.title}: ${a.problem}`, SEVERITY[configured]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: a.id, target: vscode.Uri.parse(a.docs) };
    diagnostics.push(d);
  }
  for (const p of result.suppressionProblems) {
    const d = new vscode.Diagnostic(lineRange(lines, p.line), `Suppression: ${p.message}`, vscode.DiagnosticSeverity.Warning);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = SUPPRESSION_RULE;
    diagnostics.push(d);
  }
  return diagnostics;
}

export function summary(report: ChecklistReport): string {
  const n = report.antipatterns.length;
  const anti = n === 0 ? 'no anti-patterns' : n === 1 ? '1 anti-pattern' : `${n} anti-patterns`;
  return `Checklist: ${report.covered}/${report.considered} covered (score ${report.score}) — ${anti}.`;
}
