// Activation and wiring only: everything lives in the Workbench, which tracks its disposables.
import type * as vscode from 'vscode';
import { Workbench } from './workbench';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(new Workbench());
}

export function deactivate(): void {
  // Disposables registered in activate are disposed by VS Code.
}
