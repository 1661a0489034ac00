// A task type, `design-workbench`, that runs the bundled CLI over a workspace folder's design documents with
// the compact format, so that the $design-workbench problem matcher fills the Problems panel.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../../shared/ids';
import { DEFAULT_INCLUDE } from '../settings';

export const TASK_TYPE = 'design-workbench';
const MATCHER = '$design-workbench';

interface DesignReviewTask extends vscode.TaskDefinition {
  /** Files, folders and glob patterns, relative to the workspace folder; the include setting when absent. */
  readonly targets?: readonly string[];
  readonly failUnder?: number;
}

export class ChecklistTaskProvider implements vscode.TaskProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  provideTasks(): vscode.Task[] {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => this.task(folder, { type: TASK_TYPE }));
  }

  resolveTask(task: vscode.Task): vscode.Task | undefined {
    const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
    return folder ? this.task(folder, task.definition as DesignReviewTask) : undefined;
  }

  private task(folder: vscode.WorkspaceFolder, definition: DesignReviewTask): vscode.Task {
    const include = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string[]>('checklist.include') ?? DEFAULT_INCLUDE;
    const targets = definition.targets?.length ? [...definition.targets] : include;
    const args = [vscode.Uri.joinPath(this.extensionUri, 'dist', 'cli.js').fsPath, 'check', ...targets, '--format', 'compact'];
    // The include globs may name folders a workspace does not have: only the ones it has count.
    if (!definition.targets?.length) args.push('--no-error-on-unmatched-pattern');
    if (definition.failUnder !== undefined) args.push('--fail-under', String(definition.failUnder));
    // VS Code's own runtime runs the CLI as Node: no Node installation is needed.
    const execution = new vscode.ProcessExecution(process.execPath, args, { cwd: folder.uri.fsPath, env: { ELECTRON_RUN_AS_NODE: '1' } });
    const task = new vscode.Task(definition, folder, 'check design documents', 'design-workbench', execution, MATCHER);
    task.group = vscode.TaskGroup.Test;
    task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
    return task;
  }
}
