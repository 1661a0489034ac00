// The extension's one log, "Design Workbench" in the Output panel: created on the first line written, so a
// session that never has anything to say creates no channel.
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function logWarning(line: string): void {
  (channel ??= vscode.window.createOutputChannel('Design Workbench', { log: true })).warn(line);
}

/** Disposes the channel with the extension. */
export const outputChannel: vscode.Disposable = {
  dispose: () => {
    channel?.dispose();
    channel = undefined;
  },
};

/** Brings the log into view, where a failure's details are. */
export function showLog(): void {
  channel?.show(true);
}
