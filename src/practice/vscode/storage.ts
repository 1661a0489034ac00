// The session history on VS Code's file system API: one folder in the extension's global storage.
import * as vscode from 'vscode';
import { isNotFound } from '../../templates/vscode/commands';
import type { HistoryFs } from '../history';

export function workspaceHistoryFs(dir: vscode.Uri): HistoryFs {
  const at = (name: string): vscode.Uri => vscode.Uri.joinPath(dir, name);
  return {
    readFile: async (name) => new TextDecoder().decode(await vscode.workspace.fs.readFile(at(name))),
    writeFile: async (name, text) => vscode.workspace.fs.writeFile(at(name), new TextEncoder().encode(text)),
    rename: async (from, to) => vscode.workspace.fs.rename(at(from), at(to), { overwrite: true }),
    renameNew: async (from, to) => vscode.workspace.fs.rename(at(from), at(to), { overwrite: false }),
    modified: async (name) => {
      try {
        return (await vscode.workspace.fs.stat(at(name))).mtime;
      } catch (e) {
        if (isNotFound(e)) return undefined;
        throw e;
      }
    },
    remove: async (name) => vscode.workspace.fs.delete(at(name)),
    list: async () => {
      try {
        return (await vscode.workspace.fs.readDirectory(dir)).map(([name]) => name);
      } catch (e) {
        if (isNotFound(e)) return [];
        throw e;
      }
    },
    ensureDir: async () => vscode.workspace.fs.createDirectory(dir),
  };
}

/** A link from a file written at `from` to `to`: a relative path on the same file system, else the URI. */
export function relativeLink(from: vscode.Uri, to: vscode.Uri): string {
  if (from.scheme !== to.scheme || from.authority !== to.authority) return to.toString();
  const a = from.path.split('/').slice(0, -1);
  const b = to.path.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
