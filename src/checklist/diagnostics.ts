// Thin adapter: turns a checklist report into VS Code diagnostics.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../shared/ids';
import type { ChecklistReport, ItemResult } from './engine';

function lineRange(document: vscode.TextDocument, oneBasedLine: number): vscode.Range {
  const line = Math.min(Math.max(oneBasedLine - 1, 0), Math.max(document.lineCount - 1, 0));
  const text = document.lineAt(line);
  return new vscode.Range(line, text.firstNonWhitespaceCharacterIndex, line, text.range.end.character);
}

function itemMessage(item: ItemResult): string {
  return item.status === 'weak'
    ? `${item.title}: mentioned but nothing decided. ${item.question}`
    : `${item.title}: missing. ${item.question}`;
}

/** The first line of the body: after any front matter, where a missing item is reported. */
function firstContentLine(document: vscode.TextDocument): number {
  if (document.lineAt(0).text.trim() !== '---') return 1;
  for (let i = 1; i < document.lineCount; i++) if (/^(---|\.\.\.)\s*$/.test(document.lineAt(i).text)) return Math.min(i + 2, document.lineCount);
  return 1;
}

export function toDiagnostics(document: vscode.TextDocument, report: ChecklistReport): vscode.Diagnostic[] {
  const diagnostics: vscode.Diagnostic[] = [];
  const fallback = firstContentLine(document);
  for (const item of report.items) {
    if (item.status !== 'missing' && item.status !== 'weak') continue;
    const line = item.headingLine ?? (item.status === 'weak' ? item.evidence[0]?.line : undefined) ?? fallback;
    const d = new vscode.Diagnostic(
      lineRange(document, line),
      itemMessage(item),
      item.status === 'missing' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information,
    );
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: item.id, target: vscode.Uri.parse(item.docs) };
    diagnostics.push(d);
  }
  for (const a of report.antipatterns) {
    const d = new vscode.Diagnostic(lineRange(document, a.line), `Anti-pattern — ${a.title}: ${a.problem}`, vscode.DiagnosticSeverity.Warning);
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
