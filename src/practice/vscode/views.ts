// The practice views: the session report and the progress dashboard (webview panels on the shared
// infrastructure), and the History tree's items. They show what the pure view-models give them.
import * as vscode from 'vscode';
import type { ScheduledTopic } from '../spaced';
import { Commands, Views } from '../../shared/ids';
import { MessageEndpoint, showPage } from '../../shared/vscode/webview-panel';
import type { HistoryGroup } from '../dashboard';
import {
  DASHBOARD_PAGE,
  REPORT_PAGE,
  fromDashboardViewSchema,
  fromReportViewSchema,
  type DashboardViewData,
  type FromDashboardView,
  type FromReportView,
  type ReportViewData,
  type ToDashboardView,
  type ToReportView,
} from '../protocol';

/** One webview panel that shows the latest data it was given, and sends it again when the page asks. */
class Panel<Data, In extends { type: string }, Out> implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private endpoint: MessageEndpoint<In, Out> | undefined;
  private data: Data | undefined;

  constructor(
    private readonly viewType: string,
    private readonly page: typeof REPORT_PAGE | typeof DASHBOARD_PAGE,
    private readonly incoming: ConstructorParameters<typeof MessageEndpoint<In, Out>>[1],
    private readonly message: (data: Data) => Out,
    private readonly handle: (message: In) => unknown,
    private readonly extensionUri: vscode.Uri,
    private readonly log: (line: string) => void,
  ) {}

  /** What the view shows, while it is open. */
  shown(): Data | undefined {
    return this.panel ? this.data : undefined;
  }

  show(title: string, data: Data): void {
    this.data = data;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(this.viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {});
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity.svg');
      this.endpoint = new MessageEndpoint(
        this.panel.webview,
        this.incoming,
        (m) => (m.type === 'view/ready' ? this.post() : this.handle(m)),
        this.log,
      );
      showPage(this.panel.webview, this.extensionUri, { ...this.page, title });
      this.panel.onDidDispose(() => {
        this.endpoint?.dispose();
        this.panel = undefined;
        this.endpoint = undefined;
      });
    } else {
      this.panel.reveal(undefined, false);
      this.post();
    }
    this.panel.title = title;
  }

  private post(): void {
    if (this.data !== undefined) void this.endpoint?.post(this.message(this.data));
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

export class ReportPanel extends Panel<ReportViewData, FromReportView, ToReportView> {
  constructor(extensionUri: vscode.Uri, handle: (m: FromReportView) => unknown, log: (line: string) => void) {
    super(Views.sessionReport, REPORT_PAGE, fromReportViewSchema, (data) => ({ type: 'report/show', data }), handle, extensionUri, log);
  }
}

export class DashboardPanel extends Panel<DashboardViewData, FromDashboardView, ToDashboardView> {
  constructor(extensionUri: vscode.Uri, handle: (m: FromDashboardView) => unknown, log: (line: string) => void) {
    super(Views.progress, DASHBOARD_PAGE, fromDashboardViewSchema, (data) => ({ type: 'dashboard/show', data }), handle, extensionUri, log);
  }
}

// ---------------------------------------------------------------------------------------------
// The History tree: sessions by month, newest first; a click opens the session's report.

export type HistoryNode =
  | { readonly kind: 'month'; readonly group: HistoryGroup; readonly first: boolean }
  | { readonly kind: 'session'; readonly item: HistoryGroup['sessions'][number] }
  | { readonly kind: 'due'; readonly topics: readonly ScheduledTopic[] }
  | { readonly kind: 'due-topic'; readonly topic: ScheduledTopic };

/** The months of sessions, under a first node with the topics due for review today (spaced practice), when any are. */
export function historyNodes(groups: readonly HistoryGroup[], node?: HistoryNode, due: readonly ScheduledTopic[] = []): HistoryNode[] {
  if (!node) return [...(due.length ? [{ kind: 'due' as const, topics: due }] : []), ...groups.map((group, i): HistoryNode => ({ kind: 'month', group, first: i === 0 }))];
  if (node.kind === 'due') return node.topics.map((topic) => ({ kind: 'due-topic', topic }));
  return node.kind === 'month' ? node.group.sessions.map((item) => ({ kind: 'session', item })) : [];
}

export function historyItem(node: HistoryNode): vscode.TreeItem {
  if (node.kind === 'due') {
    const t = new vscode.TreeItem(vscode.l10n.t('Due for review today'), vscode.TreeItemCollapsibleState.Expanded);
    t.id = 'due';
    t.description = node.topics.length === 1 ? vscode.l10n.t('1 topic') : vscode.l10n.t('{0} topics', node.topics.length);
    t.iconPath = new vscode.ThemeIcon('calendar');
    t.tooltip = vscode.l10n.t('Spaced practice: topics that went poorly come back after 1, 3, 7 and 14 days. Start Mock Interview → Recommended picks a challenge that exercises them.');
    return t;
  }
  if (node.kind === 'due-topic') {
    const t = new vscode.TreeItem(node.topic.title);
    t.id = `due:${node.topic.topic}`;
    t.description = vscode.l10n.t('last {0}% · step {1} of 4', Math.round(node.topic.lastPercent), node.topic.step + 1);
    t.iconPath = new vscode.ThemeIcon('debug-restart');
    return t;
  }
  if (node.kind === 'month') {
    const t = new vscode.TreeItem(node.group.label, node.first ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    t.id = `month:${node.group.label}`;
    t.description = node.group.sessions.length === 1 ? vscode.l10n.t('1 session') : vscode.l10n.t('{0} sessions', node.group.sessions.length);
    return t;
  }
  const t = new vscode.TreeItem(node.item.label);
  t.id = `session:${node.item.id}`;
  t.description = node.item.description;
  t.tooltip = node.item.tooltip;
  t.iconPath = new vscode.ThemeIcon('history');
  t.contextValue = 'practiceSession';
  t.command = { title: 'Open Session Report', command: Commands.openSessionReport, arguments: [node.item.id] };
  return t;
}
