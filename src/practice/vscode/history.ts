// The session history in VS Code: the records in the extension's global storage (one file each, written
// atomically by the pure HistoryStore), read once until something changes, and damaged files reported once.
import * as vscode from 'vscode';
import { dueTopics } from '../index';
import { errorText } from '../../shared/errors';
import { HistoryStore, problemMessage, type HistoryLoad, type SessionRecord } from '../index';
import { historyTree } from '../index';
import { workspaceHistoryFs } from './storage';
import { historyItem, historyNodes, type HistoryNode } from './views';

export class PracticeHistory {
  readonly folder: vscode.Uri;
  private readonly store: HistoryStore;
  private loading: Promise<HistoryLoad> | undefined;
  private readonly reportedFiles = new Set<string>();

  constructor(
    globalStorage: vscode.Uri,
    private readonly notify: (text: string) => void,
    private readonly log: (line: string) => void,
  ) {
    this.folder = vscode.Uri.joinPath(globalStorage, 'history');
    this.store = new HistoryStore(workspaceHistoryFs(this.folder), { now: Date.now });
  }

  /** The next read goes to the folder again. */
  invalidate(): void {
    this.loading = undefined;
  }

  async save(record: SessionRecord): Promise<void> {
    await this.store.save(record);
    this.invalidate();
  }

  async find(id: string): Promise<SessionRecord | undefined> {
    return (await this.load()).records.find((r) => r.id === id);
  }

  /** The records and the files that could not be read; read once until invalidated. */
  load(): Promise<HistoryLoad> {
    const loading = (this.loading ??= this.store.load());
    void loading.then((h) => this.reportProblems(h), () => undefined);
    return loading.catch((e: unknown) => {
      this.loading = undefined;
      this.log(`session history: ${errorText(e)}`);
      return { records: [], problems: [] };
    });
  }

  private reportProblems(history: HistoryLoad): void {
    for (const p of history.problems) {
      if (this.reportedFiles.has(p.file)) continue;
      this.reportedFiles.add(p.file);
      const message = problemMessage(p);
      this.notify(message);
      this.log(message);
      // The OS file manager is reachable only from the desktop app working on local files.
      const canReveal = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: {0}', message), ...(canReveal ? [vscode.l10n.t('Open Folder')] : [])).then((c) => {
        if (!c) return;
        vscode.commands.executeCommand('revealFileInOS', vscode.Uri.joinPath(this.folder, p.movedTo ?? p.file)).then(undefined, (e: unknown) => this.log(`could not open the history folder: ${errorText(e)}`));
      });
    }
  }

  async children(node?: HistoryNode): Promise<HistoryNode[]> {
    if (!node) this.invalidate(); // a refresh of the whole view reads the folder again
    const { records } = await this.load();
    return historyNodes(historyTree(records), node, dueTopics(records, Date.now()));
  }

  item(node: HistoryNode): vscode.TreeItem {
    return historyItem(node);
  }
}
