// The Progress dashboard: the history as charts and the latest sessions, in a webview panel.
import type * as vscode from 'vscode';
import { dashboardModel, historyTree, problemMessage, progressModel, scheduleLines, spacedSchedule } from '../index';
import type { DashboardViewData, FromDashboardView } from '../protocol';
import type { PracticeHistory } from './history';
import { DashboardPanel } from './views';

export class ProgressDashboard implements vscode.Disposable {
  private readonly panel: DashboardPanel;

  constructor(
    extensionUri: vscode.Uri,
    private readonly history: PracticeHistory,
    private readonly actions: { openSessionReport(id: string): Promise<void>; start(): Promise<unknown> },
    log: (line: string) => void,
  ) {
    this.panel = new DashboardPanel(extensionUri, (m) => this.onMessage(m), log);
  }

  /** What the dashboard shows, while open. */
  shown(): DashboardViewData | undefined {
    return this.panel.shown();
  }

  async show(): Promise<void> {
    this.history.invalidate();
    const history = await this.history.load();
    const dashboard = dashboardModel(progressModel(history.records));
    const recent = historyTree(history.records).flatMap((g) => g.sessions).slice(0, 8).map((s) => ({ id: s.id, label: s.label, description: s.description }));
    const now = Date.now();
    const schedule = scheduleLines(spacedSchedule(history.records, now), now);
    this.panel.show('Practice Progress', { ...(dashboard as Omit<DashboardViewData, 'recent' | 'problems' | 'schedule'>), schedule, recent, problems: history.problems.map(problemMessage) });
  }

  private async onMessage(m: FromDashboardView): Promise<void> {
    if (m.type === 'session/open') await this.actions.openSessionReport(m.id);
    else if (m.type === 'practice/start') await this.actions.start();
  }

  dispose(): void {
    this.panel.dispose();
  }
}
