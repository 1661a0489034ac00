// Activation and wiring only: everything lives in the Workbench, which tracks its disposables.
import type * as vscode from 'vscode';
import { Workbench, type WorkbenchApi } from './extension/workbench';

// The browser build is also the Node build's lazy bundle: dist/extension.js takes the features from it.
export { features } from './extension/lazy';

export function activate(context: vscode.ExtensionContext): WorkbenchApi {
  const workbench = new Workbench(context);
  context.subscriptions.push(workbench);
  return workbench.api;
}

export function deactivate(): void {
  // Disposables registered in activate are disposed by VS Code.
}
