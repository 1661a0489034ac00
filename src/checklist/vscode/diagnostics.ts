// Thin adapter: turns a checklist report into VS Code diagnostics.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../shared/ids';
import type { CheckResult } from '../check';
import type { ChecklistReport } from '../engine';
import type { FindingSeverity } from '../findings';
import type { LineProblem } from '../../shared/document';
import { FRONT_MATTER_RULE, SUPPRESSION_RULE } from '../ids';

const SEVERITY: Record<FindingSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * One diagnostic per finding the check reports (suppressed ones are left out), over the whole text of its line
 * without the leading blanks; then one per suppression comment to fix.
 */
export function toDiagnostics(result: CheckResult): vscode.Diagnostic[] {
  const diagnostics = result.findings.map((f) => {
    const range = new vscode.Range(f.line - 1, f.column - 1, f.line - 1, f.endColumn - 1);
    const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.ruleId, target: vscode.Uri.parse(f.docs) };
    return d;
  });
  const onLine = (p: LineProblem, message: string, code: string): void => {
    const text = result.doc.lines[p.line - 1] ?? '';
    const range = new vscode.Range(p.line - 1, text.length - text.trimStart().length, p.line - 1, text.length);
    const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Warning);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = code;
    diagnostics.push(d);
  };
  for (const p of result.suppressionProblems) onLine(p, `Suppression: ${p.message}`, SUPPRESSION_RULE);
  if (result.frontMatterProblem) onLine(result.frontMatterProblem, `Front matter: ${result.frontMatterProblem.message}`, FRONT_MATTER_RULE);
  return diagnostics;
}

export function summary(report: ChecklistReport): string {
  const n = report.antipatterns.length;
  const anti = n === 0 ? 'no anti-patterns' : n === 1 ? '1 anti-pattern' : `${n} anti-patterns`;
  return `Checklist: ${report.covered}/${report.considered} covered (score ${report.score}) — ${anti}.`;
}
