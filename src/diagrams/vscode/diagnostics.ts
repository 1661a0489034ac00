// Problems of saga and discovery specs in the Problems panel, on their lines: for Markdown documents and
// standalone *.saga.yaml / *.discovery.yaml files the user edits (not a diff's git: copy), as they open and as
// the user types (debounced).
// A collection of its own, so that the checklist and the diagrams never clear each other's findings.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../shared/ids';
import { Debouncer } from '../../shared/scheduler';
import type { DiagramBlock, DiagramProblem } from '../types';
import { mayHaveSpecs, publishesProblems } from '../documents';

export type DiagramsOf = (fileName: string, text: string) => DiagramBlock[];

/** Quiet time after the last keystroke before the specs are read again. */
export const DIAGNOSTICS_DEBOUNCE_MS = 250;

/** From the first non-blank character of `line` to the end of `endLine`. */
function rangeOf(document: vscode.TextDocument, p: DiagramProblem): vscode.Range {
  const last = Math.max(document.lineCount - 1, 0);
  const start = document.lineAt(Math.min(Math.max(p.line, 0), last));
  const end = document.lineAt(Math.min(Math.max(p.endLine ?? p.line, start.lineNumber), last));
  return new vscode.Range(start.lineNumber, start.firstNonWhitespaceCharacterIndex, end.lineNumber, end.text.length);
}

export function toDiagnostics(document: vscode.TextDocument, blocks: readonly DiagramBlock[]): vscode.Diagnostic[] {
  return blocks.flatMap((b) =>
    b.problems.map((p) => {
      const d = new vscode.Diagnostic(rangeOf(document, p), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = p.code;
      return d;
    }),
  );
}

export class DiagramDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('designWorkbench.diagrams');
  private readonly debouncer = new Debouncer<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagram problems were published (also when there are none). */
  readonly onDidCheck = this.changed.event;

  constructor(private readonly diagramsOf: DiagramsOf) {
    this.disposables.push(
      this.collection,
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => this.check(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const document = e.document;
        this.debouncer.schedule(document.uri.toString(), DIAGNOSTICS_DEBOUNCE_MS, (isCurrent) => {
          if (isCurrent() && !document.isClosed) this.check(document);
        });
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.debouncer.cancel(d.uri.toString());
        this.collection.delete(d.uri);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.check(d);
  }

  /** Reads the document's specs now and publishes their problems. */
  check(document: vscode.TextDocument): void {
    const text = document.getText();
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme);
    if (!publishesProblems(document.uri.scheme, folders) || !mayHaveSpecs(document.languageId, document.fileName, text)) {
      if (this.collection.has(document.uri)) {
        this.collection.delete(document.uri);
        this.changed.fire(document.uri);
      }
      return;
    }
    this.collection.set(document.uri, toDiagnostics(document, this.diagramsOf(document.fileName, text)));
    this.changed.fire(document.uri);
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
