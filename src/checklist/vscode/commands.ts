// The checklist's commands: run it on the active document, opt a document in, check the workspace, add the
// missing sections, mark an item out of scope from the Checklist view.
import * as vscode from 'vscode';
import { CONFIG_SECTION } from '../../shared/ids';
import { outOfScopeInsertion } from '../fixes';
import { DEFAULT_INCLUDE } from '../settings';
import { insertAllSections } from './code-actions';
import { summary } from './diagnostics';
import type { LiveChecklist } from './live';
import type { ChecklistNode } from './tree';
import { checkAllDocuments } from './workspace-run';

export class ChecklistCommands {
  constructor(private readonly live: LiveChecklist) {}

  /** Runs the checklist on the active document and keeps it live; `remember` opts it in for good. */
  async run(remember: boolean): Promise<void> {
    const document = activeMarkdown();
    if (!document) return;
    const checked = remember || !this.live.isDesignDocument(document) ? await this.live.optIn(document, remember) : await this.live.checkNow(document);
    if (checked) void vscode.window.showInformationMessage(summary(checked.report));
  }

  async checkAll(): Promise<void> {
    const include = vscode.workspace.getConfiguration(`${CONFIG_SECTION}.checklist`).get<string[]>('include', DEFAULT_INCLUDE);
    const result = await checkAllDocuments(this.live, Array.isArray(include) ? include : DEFAULT_INCLUDE);
    const what = `${result.checked} design document${result.checked === 1 ? '' : 's'}, ${result.findings} finding${result.findings === 1 ? '' : 's'} in the Problems panel`;
    void vscode.window.showInformationMessage(result.cancelled ? vscode.l10n.t('Design Workbench: stopped after {0}.', what) : vscode.l10n.t('Design Workbench: checked {0}.', what));
  }

  async insertAll(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? activeMarkdown()?.uri;
    if (!target) return;
    const added = await insertAllSections(this.live, target);
    if (!added) void vscode.window.showInformationMessage(vscode.l10n.t('Design Workbench: no missing sections to add.'));
  }

  /** From the Checklist view's context menu on an item. */
  async markOutOfScope(node?: ChecklistNode): Promise<void> {
    if (node?.kind !== 'item') return;
    const { uri: target, item } = node;
    const document = await vscode.workspace.openTextDocument(target);
    const checked = await this.live.checkNow(document);
    if (!checked) return;
    const insertion = outOfScopeInsertion(checked.doc, checked.report, item.id);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, new vscode.Position(insertion.line, 0), insertion.text);
    await vscode.workspace.applyEdit(edit);
  }
}

function activeMarkdown(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === 'markdown') return document;
  void vscode.window.showInformationMessage(vscode.l10n.t('Design Workbench: open a Markdown design document to run the microservices checklist.'));
  return undefined;
}
