// The extension object: builds the services, registers them, and owns every disposable.
import * as vscode from 'vscode';
import { toDiagnostics, summary } from './checklist/diagnostics';
import { Commands } from './shared/ids';

export class Workbench implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('design-workbench');

  constructor() {
    this.disposables.push(
      this.diagnostics,
      vscode.commands.registerCommand(Commands.runChecklist, () => this.runChecklist()),
      vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri)),
    );
  }

  private async runChecklist(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Design Workbench: open a Markdown design document to run the microservices checklist.');
      return;
    }
    const document = editor.document;
    // The engine and the parser load on first use, not at activation.
    const { defaultEngine } = await import('./checklist/engine');
    const { parseDocument } = await import('./shared/document');
    const report = defaultEngine().run(parseDocument(document.getText()));
    this.diagnostics.set(document.uri, toDiagnostics(document, report));
    void vscode.window.showInformationMessage(summary(report));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
