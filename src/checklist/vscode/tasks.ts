// A task type, `design-workbench`, that checks a workspace folder's design documents inside the extension: the
// findings go to the Problems panel as the editor's own (with their docs links and quick fixes), the task's
// terminal lists them one per line with the coverage, and the task fails when a document's coverage is below
// `failUnder`. It reads through VS Code, so it runs in VS Code for the Web and on virtual files too.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../../shared/ids';
import type { ChecklistReport } from '../engine';
import { DEFAULT_INCLUDE } from '../settings';
import type { LiveChecklist } from './live';
import { checkScope, includeScope, type RunScope } from './workspace-run';

export const TASK_TYPE = 'design-workbench';

interface DesignReviewTask extends vscode.TaskDefinition {
  /** Files, folders and glob patterns, relative to the workspace folder; the include setting when absent. */
  readonly targets?: readonly string[];
  readonly failUnder?: number;
}

export class ChecklistTaskProvider implements vscode.TaskProvider {
  constructor(private readonly live: LiveChecklist) {}

  provideTasks(): vscode.Task[] {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => this.task(folder, { type: TASK_TYPE }));
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
    return folder ? this.task(folder, task.definition as DesignReviewTask) : undefined;
  }

  private task(folder: vscode.WorkspaceFolder, definition: DesignReviewTask): vscode.Task {
    // VS Code passes the definition as resolved (variables substituted) when the task runs.
    const execution = new vscode.CustomExecution(async (resolved) => new ReviewTerminal(this.live, folder, { ...definition, ...(resolved as DesignReviewTask) }));
    const task = new vscode.Task(definition, folder, vscode.l10n.t('check design documents'), 'design-workbench', execution, []);
    task.group = vscode.TaskGroup.Test;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    return task;
  }
}

const SEVERITY: Record<vscode.DiagnosticSeverity, string> = { 0: 'error', 1: 'warning', 2: 'info', 3: 'info' };

/** The task's terminal: runs the check when VS Code opens it, closes with 0, or 1 when a threshold is missed. */
class ReviewTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number>();
  private readonly cancel = new vscode.CancellationTokenSource();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;

  constructor(
    private readonly live: LiveChecklist,
    private readonly folder: vscode.WorkspaceFolder,
    private readonly definition: DesignReviewTask,
  ) {}

  open(): void {
    this.run().then(
      (code) => this.finish(code),
      (error: unknown) => {
        this.line(vscode.l10n.t('Design Workbench: the check stopped: {0}', error instanceof Error ? error.message : String(error)));
        this.finish(2);
      },
    );
  }

  close(): void {
    this.cancel.cancel();
  }

  private async run(): Promise<number> {
    const token = this.cancel.token;
    const { targets, failUnder } = this.definition;
    const scope = targets?.length ? await this.targetScope(targets, token) : await includeScope(this.include(), token, this.folder);
    const below: string[] = [];
    const result = await checkScope(this.live, scope, token, (uri, report) => {
      const path = vscode.workspace.asRelativePath(uri, false);
      for (const d of this.live.diagnostics(uri)) {
        const code = typeof d.code === 'object' ? d.code.value : d.code;
        this.line(`${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY[d.severity]} ${String(code)}: ${d.message.replace(/\s+/g, ' ')}`);
      }
      if (failUnder !== undefined && report.score < failUnder) below.push(vscode.l10n.t('{0}: coverage {1}% is below failUnder {2}', path, report.score, failUnder));
      this.line(vscode.l10n.t('{0}: coverage {1}%', path, report.score) + antipatterns(report));
    });
    for (const b of below) this.line(b);
    this.line(vscode.l10n.t('Design Workbench: {0} design documents checked, {1} findings in the Problems panel.', result.checked, result.findings));
    if (result.cancelled) return 130;
    return below.length ? 1 : 0;
  }

  private include(): readonly string[] {
    const include = vscode.workspace.getConfiguration(CONFIG_SECTION, this.folder.uri).get<string[]>('checklist.include');
    return Array.isArray(include) ? include : DEFAULT_INCLUDE;
  }

  /** Named files and folders, and globs, under the workspace folder: every one counts as a design document. */
  private async targetScope(targets: readonly string[], token: vscode.CancellationToken): Promise<RunScope> {
    const found = new Map<string, vscode.Uri>();
    for (const target of targets) {
      const uri = vscode.Uri.joinPath(this.folder.uri, target);
      const stat = /[*?{[]/.test(target) ? undefined : await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      const glob = stat?.type === vscode.FileType.Directory ? `${withoutTrailingSlashes(target)}/**/*.md` : target;
      const matches = stat?.type === vscode.FileType.File ? [uri] : await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, glob), '{**/node_modules/**,**/.git/**}', undefined, token);
      if (!matches.length) this.line(vscode.l10n.t('Design Workbench: no file matches {0}', target));
      for (const m of matches) found.set(m.toString(), m);
    }
    return { candidates: [...found.values()], named: new Set(found.keys()) };
  }

  private line(text: string): void {
    this.written.fire(`${text}\r\n`);
  }

  /** The terminal draws what it was sent a moment later: closing at once would lose the last lines. */
  private finish(code: number): void {
    setTimeout(() => this.closed.fire(code), 100);
  }
}

function antipatterns(report: ChecklistReport): string {
  return report.antipatterns.length ? `, ${report.antipatterns.map((a) => a.id).join(', ')}` : '';
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
