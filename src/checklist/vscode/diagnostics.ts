// Thin adapter: turns a checklist report into VS Code diagnostics.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../shared/ids';
import type { DesignDocument } from '../../shared/document';
import type { ChecklistReport, ItemResult } from '../engine';
import { itemLine } from '../check';
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

export function toDiagnostics(doc: DesignDocument, report: ChecklistReport, settings: ChecklistSettings = DEFAULT_SETTINGS): vscode.Diagnostic[] {
  const diagnostics: vscode.Diagnostic[] = [];
  const lines = doc.lines;
  for (const item of report.items) {
    if (item.status !== 'missing' && item.status !== 'weak') continue;
    const configured = settings.severity[item.id] ?? 'warning';
    if (configured === 'off') continue;
    const line = itemLine(doc, item);
    const d = new vscode.Diagnostic(lineRange(lines, line), itemMessage(item), SEVERITY[item.status === 'missing' ? configured : MILDER[configured]]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: item.id, target: vscode.Uri.parse(item.docs) };
    diagnostics.push(d);
  }
  for (const a of report.antipatterns) {
    const configured = settings.severity[a.id] ?? settings.antiPatternSeverity;
    if (configured === 'off') continue;
    const d = new vscode.Diagnostic(lineRange(lines, a.line), `Anti-pattern — ${a.title}: ${a.problem}`, SEVERITY[configured]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: a.id, target: vscode.Uri.parse(a.docs) };
    diagnostics.push(d);
  }
  return diagnostics;
}

export function summary(report: ChecklistReport): string {
  const n = report.antipatterns.length;
  const anti = n === 0 ? 'no anti-patterns' : n === 1 ? '1 anti-pattern' : `${n} anti-patterns`;
  return `Checklist: ${report.covered}/${report.considered} covered (score ${report.score}) — ${anti}.`;
}
