// One error boundary for every command: what a person started reports its failure in one shape of message (and
// the stack in the output channel); a caller that passed a request object (another extension, the tests) gets
// the error back instead, so it sees why.
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../shared/ids';
import { errorText, Refusal } from '../shared/errors';
import { showLog } from '../shared/vscode/output';

/** A request object from code, as opposed to nothing, a Uri from a menu, or a node of one of our views. */
function isRequest(arg: unknown): boolean {
  if (arg === null || typeof arg !== 'object' || 'kind' in arg) return false;
  const proto = Object.getPrototypeOf(arg);
  return proto === Object.prototype || proto === null;
}

function commandTitle(id: string): string {
  const contributed = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.contributes?.commands as { command: string; title: string }[] | undefined;
  return contributed?.find((c) => c.command === id)?.title ?? id;
}

export function registerFailableCommand(id: string, handler: (...args: never[]) => unknown, log: (line: string) => void): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await (handler as (...a: unknown[]) => unknown)(...args);
    } catch (e) {
      if (isRequest(args[0])) throw e;
      if (e instanceof Refusal) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: {0}', e.message));
        return undefined;
      }
      log(`${id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: "{0}" failed: {1}', commandTitle(id), errorText(e)), vscode.l10n.t('Show Log')).then((choice) => {
        if (choice) showLog();
      });
      return undefined;
    }
  });
}
