// The session report of one mock interview: a webview panel over the pure report model, with evidence lines that
// open the session document (or its snapshot, when the file is gone).
import * as vscode from 'vscode';
import { errorText } from '../../shared/errors';
import { exists } from '../../templates/vscode/commands';
import { buildReport, type SessionRecord } from '../index';
import type { FromReportView, ReportViewData } from '../protocol';
import type { PracticeHistory } from './history';
import { ReportPanel } from './views';

export class SessionReports implements vscode.Disposable {
  private readonly panel: ReportPanel;
  private shownRecord: SessionRecord | undefined;

  constructor(
    extensionUri: vscode.Uri,
    private readonly history: PracticeHistory,
    private readonly actions: { exportReport(arg: { id: string }): Promise<unknown>; showProgress(): Promise<void> },
    log: (line: string) => void,
  ) {
    this.panel = new ReportPanel(extensionUri, (m) => this.onMessage(m), log);
  }

  /** What the report shows, while open. */
  shown(): ReportViewData | undefined {
    return this.panel.shown();
  }

  /** The record the open report is about. */
  shownSession(): SessionRecord | undefined {
    return this.panel.shown() && this.shownRecord;
  }

  /** From the History tree (a session id). */
  async openSessionReport(id: unknown): Promise<void> {
    if (typeof id !== 'string') return;
    const record = await this.history.find(id);
    if (!record) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: session {0} is no longer in the history.', id));
      return;
    }
    await this.open(record);
  }

  async open(record: SessionRecord): Promise<void> {
    const { records } = await this.history.load();
    const report = buildReport(record, records);
    const uri = record.document ? vscode.Uri.parse(record.document) : undefined;
    const documentExists = uri ? await exists(uri).catch(() => false) : false;
    const documentName = uri ? vscode.workspace.asRelativePath(uri) : '(no document)';
    this.shownRecord = record;
    // The view-model is plain data of the schema's shape; only its readonly markers differ.
    this.panel.show(`Report: ${record.challenge.title}`, { report: report as ReportViewData['report'], documentName, documentExists });
  }

  private async onMessage(m: FromReportView): Promise<void> {
    const record = this.shownRecord;
    if (!record) return;
    switch (m.type) {
      case 'source/reveal':
        return this.reveal(record, m.line);
      case 'report/export':
        try {
          await this.actions.exportReport({ id: record.id });
        } catch (e) {
          void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: the session report could not be exported: {0}', errorText(e)));
        }
        return;
      case 'progress/show':
        return this.actions.showProgress();
    }
  }

  /** Opens the session document at a 1-based line; when the file is gone, its snapshot from the record. */
  private async reveal(record: SessionRecord, line: number): Promise<void> {
    const uri = record.document ? vscode.Uri.parse(record.document) : undefined;
    const position = new vscode.Position(line - 1, 0);
    const document = uri && (await exists(uri).catch(() => false)) ? await vscode.workspace.openTextDocument(uri) : await vscode.workspace.openTextDocument({ language: 'markdown', content: record.snapshot ?? '' });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
  }

  dispose(): void {
    this.panel.dispose();
  }
}
