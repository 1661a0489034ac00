// What the extension exports from activate: the test API, stable for other extensions.
import type MarkdownIt from 'markdown-it';
import type * as vscode from 'vscode';
import type { CheckedDocument } from '../checklist/vscode/live';
import type { ChecklistNode } from '../checklist/vscode/tree';
import type { DrawReport } from '../diagrams/vscode/panel';
import type { RunningSession, TimerView } from '../practice/index';
import type { DashboardViewData, ReportViewData } from '../practice/protocol';
import type { PracticeEvent } from '../practice/vscode/index';
import type { HistoryNode } from '../practice/vscode/views';
import type { ScoreViewData } from '../scoring/protocol';
import type { ScoredDocument } from '../scoring/vscode/commands';

export interface WorkbenchApi {
  readonly checklist: {
    latest(uri: vscode.Uri): CheckedDocument | undefined;
    /** Fires when a document's findings were published. */
    readonly onDidCheck: vscode.Event<vscode.Uri>;
    treeChildren(node?: ChecklistNode): ChecklistNode[];
    treeItem(node: ChecklistNode): vscode.TreeItem;
  };
  readonly scoring: {
    /** The latest score of a document, with the lines highlighted in the editor. */
    latest(uri: vscode.Uri): Promise<ScoredDocument | undefined>;
    /** What the score view shows, while it is open. */
    viewData(): Promise<ScoreViewData | undefined>;
  };
  readonly diagrams: {
    /** The document the Diagrams panel shows, while it is open. */
    shownDocument(): vscode.Uri | undefined;
    /** Fires when the Diagrams view has drawn (or failed to draw) every diagram of a version of its document. */
    readonly onDidDraw: vscode.Event<DrawReport>;
    /** Fires when a document's saga and discovery problems were published. */
    readonly onDidCheck: vscode.Event<vscode.Uri>;
  };
  readonly practice: {
    /** The running mock interview and where its timer stands. */
    running(): Promise<{ readonly session: RunningSession; readonly view: TimerView } | undefined>;
    /** What is kept in the global state for a reload. */
    persisted(): Promise<unknown>;
    /** Restores a session as after a window reload (the kept one, or `state`). */
    restore(state?: unknown): Promise<void>;
    /** What the session report and the progress dashboard show, while open. */
    reportData(): Promise<ReportViewData | undefined>;
    dashboardData(): Promise<DashboardViewData | undefined>;
    /** The notifications' texts, oldest first. */
    notices(): Promise<readonly string[]>;
    historyFolder(): Promise<vscode.Uri>;
    historyChildren(node?: HistoryNode): Promise<HistoryNode[]>;
    readonly onDidChange: vscode.Event<PracticeEvent>;
  };
  readonly walkthrough: {
    /** Whether activation opened the getting-started walkthrough (true on the first activation after install). */
    openedAtActivation(): Promise<boolean>;
    /** What activation runs: opens the walkthrough unless it was offered before. */
    openIfFirstRun(): Promise<boolean>;
  };
  /** VS Code's Markdown preview calls this (package.json `markdown.markdownItPlugins`). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

