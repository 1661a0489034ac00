// The extension object: builds the services, registers them, and owns every disposable.
import * as vscode from 'vscode';
import { ChecklistCodeActions, insertAllSections } from './checklist/codeActions';
import { summary } from './checklist/diagnostics';
import { outOfScopeInsertion } from './checklist/fixes';
import { ChecklistHover } from './checklist/hover';
import { LiveChecklist, type CheckedDocument } from './checklist/live';
import { DEFAULT_INCLUDE } from './checklist/settings';
import { ChecklistStatus } from './checklist/statusBar';
import { ChecklistTree, revealLine, type ChecklistNode } from './checklist/tree';
import { checkAllDocuments } from './checklist/workspaceRun';
import { DiagramsHost } from './diagrams/vscode/activation';
import type { DrawReport } from './diagrams/vscode/index';
import { Commands, CONFIG_SECTION, RUNNING_SESSION_KEY, Views } from './shared/ids';
import { loadPracticeModule, loadScoringModule, loadTemplatesModule } from './shared/lazy';
import { logWarning, outputChannel } from './shared/output';
import type { ScoredDocument, ScoringCommands } from './scoring/command';
import type { ScoreViewData } from './scoring/view-protocol';
import type { TemplateCommands } from './templates/command';
import type { HistoryNode, PracticeEvent, PracticeHost } from './practice/vscode/index';
import type { RunningSession, TimerView } from './practice/index';
import type { DashboardViewData, ReportViewData } from './practice/view-protocol';
import type MarkdownIt from 'markdown-it';

/** What the extension exports: used by the integration tests, stable for other extensions. */
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
  /** VS Code's Markdown preview calls this (package.json `markdown.markdownItPlugins`). */
  extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

export class Workbench implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly live: LiveChecklist;
  private readonly tree: ChecklistTree;
  private readonly diagrams: DiagramsHost;
  private readonly historyChanged = new vscode.EventEmitter<HistoryNode | undefined>();
  private readonly practiceEvents = new vscode.EventEmitter<PracticeEvent>();
  readonly api: WorkbenchApi;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.live = new LiveChecklist(context.workspaceState);
    this.tree = new ChecklistTree(this.live);
    this.diagrams = new DiagramsHost(context.extensionUri);
    this.disposables.push(
      this.diagrams,
      outputChannel,
      this.live,
      this.tree,
      new ChecklistStatus(this.live),
      vscode.commands.registerCommand(Commands.newDesignDocument, async (arg?: unknown) => (await this.templateCommands()).newDesignDocument(arg)),
      { dispose: () => void this.templates?.then((t) => t.dispose()) },
      vscode.commands.registerCommand(Commands.scoreAnswer, async (arg?: unknown) => (await this.scoringCommands()).scoreAnswer(arg)),
      { dispose: () => void this.scoring?.then((s) => s.dispose()) },
      vscode.window.registerTreeDataProvider(Views.checklist, this.tree),
      vscode.languages.registerCodeActionsProvider(MARKDOWN, new ChecklistCodeActions(this.live), { providedCodeActionKinds: ChecklistCodeActions.kinds }),
      vscode.languages.registerHoverProvider(MARKDOWN, new ChecklistHover(this.live)),
      vscode.commands.registerCommand(Commands.runChecklist, () => this.run(false)),
      vscode.commands.registerCommand(Commands.checkThisDocument, () => this.run(true)),
      vscode.commands.registerCommand(Commands.checkAllDocuments, () => this.checkAll()),
      vscode.commands.registerCommand(Commands.insertAllSections, (uri?: vscode.Uri) => this.insertAll(uri)),
      vscode.commands.registerCommand(Commands.markOutOfScope, (node?: ChecklistNode) => this.markOutOfScope(node)),
      vscode.commands.registerCommand(Commands.revealLine, (uri: vscode.Uri, line: number) => revealLine(uri, line)),
      vscode.commands.registerCommand(Commands.reloadPacks, () => this.live.reloadPacks()),
      ...this.registerPractice(),
    );
    this.api = {
      checklist: {
        latest: (uri) => this.live.latest(uri),
        onDidCheck: this.live.onDidCheck,
        treeChildren: (node) => this.tree.getChildren(node),
        treeItem: (node) => this.tree.getTreeItem(node),
      },
      scoring: {
        latest: async (uri) => (await this.scoringCommands()).latest(uri),
        viewData: async () => (await this.scoringCommands()).viewData(),
      },
      diagrams: {
        shownDocument: () => this.diagrams.current?.shownDocument,
        onDidDraw: this.diagrams.onDidDraw,
        onDidCheck: this.diagrams.onDidCheck,
      },
      practice: {
        running: async () => (await this.practiceHost()).current(),
        persisted: async () => (await this.practiceHost()).persisted(),
        restore: async (state) => (await this.practiceHost()).restore(state),
        reportData: async () => (await this.practiceHost()).reportData(),
        dashboardData: async () => (await this.practiceHost()).dashboardData(),
        notices: async () => (await this.practiceHost()).notices(),
        historyFolder: async () => (await this.practiceHost()).historyFolder(),
        historyChildren: async (node) => (await this.practiceHost()).historyChildren(node),
        onDidChange: this.practiceEvents.event,
      },
      extendMarkdownIt: (md) => this.diagrams.extendMarkdownIt(md),
    };
    // A mock interview running before the window reloaded comes back now; otherwise practice loads on first use.
    // Running sessions are kept as one JSON object (by session id; the host restores this window's own); anything
    // else is not worth loading the module for.
    const kept = context.globalState.get<unknown>(RUNNING_SESSION_KEY);
    if (kept !== null && typeof kept === 'object') void this.practiceHost().then((p) => p.restore());
  }

  private practice: Promise<PracticeHost> | undefined;
  private practiceHost(): Promise<PracticeHost> {
    return (this.practice ??= loadPracticeModule().then(
      (m) =>
        new m.PracticeHost({
          context: this.context,
          rubricCatalog: async () => (await this.scoringCommands()).catalog(),
          setChecklistFocus: (focus) => this.tree.setFocus(focus),
          historyChanged: () => this.historyChanged.fire(undefined),
          fire: (event) => this.practiceEvents.fire(event),
          log: logWarning,
        }),
    ));
  }

  /** Mock interviews: the commands and the History view, which load the practice module when used. */
  private registerPractice(): vscode.Disposable[] {
    const host = () => this.practiceHost();
    return [
      this.historyChanged,
      this.practiceEvents,
      vscode.commands.registerCommand(Commands.startMockInterview, async (arg?: unknown) => (await host()).start(arg)),
      vscode.commands.registerCommand(Commands.mockInterviewActions, async (arg?: unknown) => (await host()).actions(arg)),
      vscode.commands.registerCommand(Commands.exportSessionReport, async (arg?: unknown) => (await host()).exportReport(arg)),
      vscode.commands.registerCommand(Commands.showProgress, async () => (await host()).showProgress()),
      vscode.commands.registerCommand(Commands.openSessionReport, async (id?: unknown) => (await host()).openSessionReport(id)),
      vscode.window.registerTreeDataProvider<HistoryNode>(Views.history, {
        onDidChangeTreeData: this.historyChanged.event,
        getChildren: async (node) => (await host()).historyChildren(node),
        getTreeItem: async (node) => (await host()).historyItem(node),
      }),
      { dispose: () => void this.practice?.then((p) => p.dispose()) },
    ];
  }

  private templates: Promise<TemplateCommands> | undefined;
  /** The template flow and its content load when first used, not at activation. */
  private templateCommands(): Promise<TemplateCommands> {
    return (this.templates ??= loadTemplatesModule().then((m) => new m.TemplateCommands()));
  }

  private scoring: Promise<ScoringCommands> | undefined;
  /** The scorer, its rubrics and the score view load when first used. */
  private scoringCommands(): Promise<ScoringCommands> {
    return (this.scoring ??= loadScoringModule().then((m) => new m.ScoringCommands(this.context.extensionUri, logWarning)));
  }

  private activeMarkdown(): vscode.TextDocument | undefined {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === 'markdown') return document;
    void vscode.window.showInformationMessage('Design Workbench: open a Markdown design document to run the microservices checklist.');
    return undefined;
  }

  /** Runs the checklist on the active document and keeps it live; `remember` opts it in for good. */
  private async run(remember: boolean): Promise<void> {
    const document = this.activeMarkdown();
    if (!document) return;
    const checked = remember || !this.live.isDesignDocument(document) ? await this.live.optIn(document, remember) : await this.live.checkNow(document);
    if (checked) void vscode.window.showInformationMessage(summary(checked.report));
  }

  private async checkAll(): Promise<void> {
    const include = vscode.workspace.getConfiguration(`${CONFIG_SECTION}.checklist`).get<string[]>('include', DEFAULT_INCLUDE);
    const result = await checkAllDocuments(this.live, Array.isArray(include) ? include : DEFAULT_INCLUDE);
    const what = `${result.checked} design document${result.checked === 1 ? '' : 's'}, ${result.findings} finding${result.findings === 1 ? '' : 's'} in the Problems panel`;
    void vscode.window.showInformationMessage(result.cancelled ? `Design Workbench: stopped after ${what}.` : `Design Workbench: checked ${what}.`);
  }

  private async insertAll(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? this.activeMarkdown()?.uri;
    if (!target) return;
    const added = await insertAllSections(this.live, target);
    if (!added) void vscode.window.showInformationMessage('Design Workbench: no missing sections to add.');
  }

  /** From the Checklist view's context menu on an item. */
  private async markOutOfScope(node?: ChecklistNode): Promise<void> {
    if (node?.kind !== 'item') return;
    const { uri: target, item } = node;
    const id = item.id;
    const document = await vscode.workspace.openTextDocument(target);
    const checked = (await this.live.checkNow(document))!;
    const insertion = outOfScopeInsertion(checked.doc, checked.report, id);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(target, new vscode.Position(insertion.line, 0), insertion.text);
    await vscode.workspace.applyEdit(edit);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
