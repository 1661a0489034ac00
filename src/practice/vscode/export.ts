// Export Session Report: a session's report as Markdown, to a file the user picks (the save dialog asks before
// replacing one), with a link back to the session document.
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { errorText, Refusal } from '../../shared/errors';
import { Commands } from '../../shared/ids';
import { buildReport, historyTree, reportMarkdown, type SessionRecord } from '../index';
import type { PracticeHistory } from './history';
import { parseHook } from './hooks';
import { relativeLink } from './storage';
import type { HistoryNode } from './views';

const exportSchema = z.strictObject({ id: z.optional(z.string()), target: z.optional(z.custom<vscode.Uri>((v) => v instanceof vscode.Uri, 'must be a vscode.Uri')) });

export interface ExportServices {
  readonly history: PracticeHistory;
  /** The session whose report is open, if one is. */
  shown(): SessionRecord | undefined;
  notify(text: string): void;
}

/** The palette (the report shown, else a pick), the History tree's menu (a node), or the hook ({ id?, target? }). */
export async function exportSessionReport(arg: unknown, services: ExportServices): Promise<vscode.Uri | undefined> {
  const node = arg && typeof arg === 'object' && 'kind' in arg ? (arg as HistoryNode) : undefined;
  const request = node ? { id: node.kind === 'session' ? node.item.id : undefined } : arg === undefined ? {} : parseHook(Commands.exportSessionReport, exportSchema, arg, '{ id?, target?: Uri }');
  const { records } = await services.history.load();
  let record = request.id ? records.find((r) => r.id === request.id) : services.shown();
  if (request.id && !record) throw new Refusal(`no session ${request.id} in the history`);
  if (!record) {
    const groups = historyTree(records);
    const picked = await vscode.window.showQuickPick(
      groups.flatMap((g) => g.sessions.map((s) => ({ label: s.label, description: s.description, id: s.id }))),
      { title: vscode.l10n.t('Export Session Report'), placeHolder: records.length ? vscode.l10n.t('Which session?') : vscode.l10n.t('No sessions yet: start one with "Start Mock Interview"') },
    );
    record = picked && records.find((r) => r.id === picked.id);
    if (!record) return undefined;
  }
  const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? (record.document ? vscode.Uri.joinPath(vscode.Uri.parse(record.document), '..') : undefined);
  const suggested = `${record.challenge.id}-${record.id}-report.md`;
  // The save dialog asks before replacing a file; the hook's target is the caller's explicit choice.
  const target =
    'target' in request && request.target
      ? request.target
      : await vscode.window.showSaveDialog({ defaultUri: base && vscode.Uri.joinPath(base, suggested), filters: { Markdown: ['md'] }, saveLabel: vscode.l10n.t('Export'), title: vscode.l10n.t('Export Session Report') });
  if (!target) return undefined;
  const documentLink = record.document ? relativeLink(target, vscode.Uri.parse(record.document)) : undefined;
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(reportMarkdown(buildReport(record, records), { documentLink })));
  } catch (e) {
    const message = `the session report could not be written to ${target.scheme === 'file' ? target.fsPath : target.toString()}: ${errorText(e)}`;
    services.notify(message);
    void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: {0}', message));
    return undefined;
  }
  if (!('target' in request && request.target)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Design Workbench: the session report was written to {0}.', vscode.workspace.asRelativePath(target)), vscode.l10n.t('Open')).then((c) => {
      if (c) void vscode.window.showTextDocument(target);
    });
  }
  return target;
}
