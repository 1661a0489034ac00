// Quick fixes on checklist diagnostics: add the missing section, mark the item out of scope, add every missing
// section at once, or suppress the finding on its line or in the file with a reason. Edits only insert; nothing the user wrote is replaced.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, Commands } from '../../shared/ids';
import { sectionSkeleton } from '../../templates/sections';
import { allSectionInsertions, fileSuppression, lineSuppression, outOfScopeInsertion, sectionInsertion, type Insertion, type SuppressionInsertion } from '../fixes';
import type { LiveChecklist } from './live';

function insert(edit: vscode.WorkspaceEdit, uri: vscode.Uri, insertion: Insertion): void {
  edit.insert(uri, new vscode.Position(insertion.line, 0), insertion.text);
}

/** A suppression as a snippet, so the editor selects its reason placeholder for the user to type over. */
function suppress(title: string, uri: vscode.Uri, insertion: SuppressionInsertion, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  const snippet = new vscode.SnippetString().appendText(insertion.before).appendPlaceholder(insertion.placeholder).appendText(insertion.after);
  action.edit.set(uri, [vscode.SnippetTextEdit.insert(new vscode.Position(insertion.line, insertion.character), snippet)]);
  action.diagnostics = [diagnostic];
  return action;
}

export class ChecklistCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly live: LiveChecklist) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checked = this.live.current(document);
    if (!checked) return [];
    const { doc, report } = checked;
    const actions: vscode.CodeAction[] = [];
    const suppressions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'object') continue;
      const id = String(diagnostic.code.value);
      const title = report.items.find((i) => i.id === id)?.title ?? report.antipatterns.find((a) => a.id === id)?.title;
      if (title) {
        suppressions.push(
          suppress(`Suppress "${title}" on this line (with a reason)`, document.uri, lineSuppression(doc, diagnostic.range.start.line + 1, id), diagnostic),
          suppress(`Suppress "${title}" in this file (with a reason)`, document.uri, fileSuppression(doc, id), diagnostic),
        );
      }
      const item = report.items.find((i) => i.id === id);
      if (!item) continue;
      const skeleton = sectionSkeleton(id);
      if (item.status === 'missing' && item.headingLine === undefined && skeleton) {
        const action = new vscode.CodeAction(`Add a "${item.title}" section`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        insert(action.edit, document.uri, sectionInsertion(doc, report, id, skeleton));
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      const scope = new vscode.CodeAction(`Mark "${item.title}" out of scope for this document`, vscode.CodeActionKind.QuickFix);
      scope.edit = new vscode.WorkspaceEdit();
      insert(scope.edit, document.uri, outOfScopeInsertion(doc, report, id));
      scope.diagnostics = [diagnostic];
      actions.push(scope);
    }
    const missing = allSectionInsertions(doc, report, sectionSkeleton);
    if (actions.length && missing.length > 1) {
      const all = new vscode.CodeAction(`Add all ${missing.length} missing checklist sections`, vscode.CodeActionKind.QuickFix);
      all.command = { title: all.title, command: Commands.insertAllSections, arguments: [document.uri] };
      actions.push(all);
    }
    return [...actions, ...suppressions];
  }
}

/** The edit that adds every missing section to a document (command and "fix all"). */
export async function insertAllSections(live: LiveChecklist, uri: vscode.Uri): Promise<number> {
  const document = await vscode.workspace.openTextDocument(uri);
  const checked = live.current(document) ?? (await live.checkNow(document));
  if (!checked) return 0;
  const insertions = allSectionInsertions(checked.doc, checked.report, sectionSkeleton);
  if (!insertions.length) return 0;
  const edit = new vscode.WorkspaceEdit();
  for (const { insertion } of insertions) insert(edit, uri, insertion);
  await vscode.workspace.applyEdit(edit);
  return insertions.length;
}
