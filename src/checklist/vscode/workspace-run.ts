// "Check All Design Documents": every design document in the workspace, with progress and cancel.
import * as vscode from 'vscode';
import { hasDesignFlag } from '../settings';
import type { LiveChecklist } from './live';

const MAX_FILES = 5000;
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

export interface WorkspaceRunResult {
  readonly checked: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

export async function checkAllDocuments(live: LiveChecklist, include: readonly string[]): Promise<WorkspaceRunResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Design Workbench: checking design documents'), cancellable: true },
    async (progress, token) => {
      // Files the include globs name, and any Markdown file whose front matter says it is a design doc.
      const byGlob = include.length ? await vscode.workspace.findFiles(`{${include.join(',')}}`, EXCLUDE, MAX_FILES, token) : [];
      const named = new Set(byGlob.map((u) => u.toString()));
      const markdown = await vscode.workspace.findFiles('**/*.md', EXCLUDE, MAX_FILES, token);
      const decoder = new TextDecoder('utf-8');
      let checked = 0;
      let findings = 0;
      for (const uri of markdown) {
        if (token.isCancellationRequested) return { checked, findings, cancelled: true };
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
        // As in the editor: the front-matter flag, else the configuration file's globs, else the include setting.
        const design = open ? live.isDesignDocument(open) : hasDesignFlag(text) || ((await live.configVerdict(uri)) ?? named.has(uri.toString()));
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / markdown.length });
        if (!design) continue;
        const report = open ? (await live.checkNow(open))?.report : await live.checkText(uri, text);
        if (!report) continue;
        checked++;
        findings += report.items.filter((i) => i.status === 'missing' || i.status === 'weak').length + report.antipatterns.length;
      }
      return { checked, findings, cancelled: false };
    },
  );
}
