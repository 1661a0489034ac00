// Thin adapter: turns a checklist report into VS Code diagnostics.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../shared/ids';
import type { DesignDocument } from '../../shared/document';
import type { ChecklistReport } from '../engine';
import { findingsOf, type FindingSeverity } from '../findings';
import { DEFAULT_SETTINGS, type ChecklistSettings } from '../settings';

const SEVERITY: Record<FindingSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** One diagnostic per finding, over the whole text of its line without the leading blanks. */
export function toDiagnostics(doc: DesignDocument, report: ChecklistReport, settings: ChecklistSettings = DEFAULT_SETTINGS): vscode.Diagnostic[] {
  return findingsOf(doc, report, settings).map((f) => {
    const range = new vscode.Range(f.line - 1, f.column - 1, f.line - 1, f.endColumn - 1);
    const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.ruleId, target: vscode.Uri.parse(f.docs) };
    return d;
  });
}

export function summary(report: ChecklistReport): string {
  const n = report.antipatterns.length;
  const anti = n === 0 ? 'no anti-patterns' : n === 1 ? '1 anti-pattern' : `${n} anti-patterns`;
  return `Checklist: ${report.covered}/${report.considered} covered (score ${report.score}) — ${anti}.`;
}
