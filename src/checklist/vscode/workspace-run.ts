// Checking many design documents at once: "Check All Design Documents" over the workspace, and the
// design-workbench task over one workspace folder. Both read through VS Code (virtual and remote files too) and
// publish what they find in the Problems panel, as the editor does.
import * as vscode from 'vscode';
import type { ChecklistReport } from '../engine';
import { hasDesignFlag } from '../settings';
import type { LiveChecklist } from './live';

const MAX_FILES = 5000;
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

export interface WorkspaceRunResult {
  readonly checked: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/** Which files a run looks at: the candidates, and those the user named (which count without a front-matter flag). */
export interface RunScope {
  readonly candidates: readonly vscode.Uri[];
  readonly named: ReadonlySet<string>;
}

/** The whole workspace, or one folder of it: every Markdown file, the include globs naming design documents. */
export async function includeScope(include: readonly string[], token: vscode.CancellationToken, folder?: vscode.WorkspaceFolder): Promise<RunScope> {
  const pattern = (glob: string): vscode.GlobPattern => (folder ? new vscode.RelativePattern(folder, glob) : glob);
  const byGlob = include.length ? await vscode.workspace.findFiles(pattern(`{${include.join(',')}}`), EXCLUDE, MAX_FILES, token) : [];
  const candidates = await vscode.workspace.findFiles(pattern('**/*.md'), EXCLUDE, MAX_FILES, token);
  return { candidates, named: new Set(byGlob.map((u) => u.toString())) };
}

/**
 * Checks each design document in scope, in path order, and publishes its findings; `each` sees every report.
 * A document counts when its front matter says so, else when a configuration file includes it, else when named.
 */
export async function checkScope(
  live: LiveChecklist,
  scope: RunScope,
  token: vscode.CancellationToken,
  each: (uri: vscode.Uri, report: ChecklistReport) => void,
  progress?: (uri: vscode.Uri, share: number) => void,
): Promise<WorkspaceRunResult> {
  const decoder = new TextDecoder('utf-8');
  const files = [...scope.candidates].sort((a, b) => a.path.localeCompare(b.path));
  let checked = 0;
  let findings = 0;
  for (const uri of files) {
    if (token.isCancellationRequested) return { checked, findings, cancelled: true };
    progress?.(uri, 100 / files.length);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
    const design = open ? live.isDesignDocument(open) : hasDesignFlag(text) || ((await live.configVerdict(uri)) ?? scope.named.has(uri.toString()));
    if (!design) continue;
    const report = open ? (await live.checkNow(open))?.report : await live.checkText(uri, text);
    if (!report) continue;
    checked++;
    findings += report.items.filter((i) => i.status === 'missing' || i.status === 'weak').length + report.antipatterns.length;
    each(uri, report);
  }
  return { checked, findings, cancelled: false };
}

/** "Check All Design Documents": every design document in the workspace, with progress and cancel. */
export async function checkAllDocuments(live: LiveChecklist, include: readonly string[]): Promise<WorkspaceRunResult> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Design Workbench: checking design documents'), cancellable: true },
    async (progress, token) =>
      checkScope(live, await includeScope(include, token), token, () => undefined, (uri, increment) => progress.report({ message: vscode.workspace.asRelativePath(uri), increment })),
  );
}
