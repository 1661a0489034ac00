// The extension object: builds the services, registers every command through one error boundary, and owns
// every disposable. The features activation does not need load from the lazy bundle on first use.
import * as vscode from 'vscode';
import { ChecklistCodeActions } from '../checklist/vscode/code-actions';
import { ChecklistCommands } from '../checklist/vscode/commands';
import { ChecklistHover } from '../checklist/vscode/hover';
import { LiveChecklist } from '../checklist/vscode/live';
import { ChecklistStatus } from '../checklist/vscode/status-bar';
import { ChecklistTaskProvider, TASK_TYPE } from '../checklist/vscode/tasks';
import { ChecklistTree, revealLine } from '../checklist/vscode/tree';
import { DiagramsHost } from '../diagrams/vscode/activation';
import type { PracticeEvent, PracticeHost } from '../practice/vscode/index';
import type { HistoryNode } from '../practice/vscode/views';
import type { ScoringCommands } from '../scoring/vscode/commands';
import type { TemplateCommands } from '../templates/vscode/commands';
import { DisposableStore } from '../shared/disposables';
import { Commands, RUNNING_SESSION_KEY, Views } from '../shared/ids';
import { logWarning, outputChannel } from '../shared/vscode/output';
import type { WorkbenchApi } from './api';
import { registerFailableCommand } from './commands';
import { openWalkthroughOnFirstRun } from './first-run';
import { features } from './lazy';

export type { WorkbenchApi } from './api';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/** Loads a feature's service once, on first use. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

export class Workbench implements vscode.Disposable {
  private readonly store = new DisposableStore();
  readonly api: WorkbenchApi;

  constructor(context: vscode.ExtensionContext) {
    const { store } = this;
    store.track(outputChannel);
    const live = store.track(new LiveChecklist(context.workspaceState, () => features().checklist));
    const tree = store.track(new ChecklistTree(live));
    const diagrams = store.track(new DiagramsHost(context.extensionUri, features));
    const checklist = new ChecklistCommands(live);
    const historyChanged = store.track(new vscode.EventEmitter<HistoryNode | undefined>());
    const practiceEvents = store.track(new vscode.EventEmitter<PracticeEvent>());

    const templates = once((): TemplateCommands => store.track(new (features().TemplateCommands)()));
    const scoring = once((): ScoringCommands => store.track(new (features().ScoringCommands)(context.extensionUri, logWarning)));
    const practice = once(
      (): PracticeHost =>
        store.track(
          new (features().PracticeHost)({
            context,
            // The same services the editor uses: the workspace's checklist packs and rubrics, the user's settings.
            rubricCatalog: () => scoring().catalog(),
            checkText: (text) => live.evaluate(text),
            scoreText: (text, challenge) => scoring().scoreText(text, challenge),
            setChecklistFocus: (focus) => tree.setFocus(focus),
            historyChanged: () => historyChanged.fire(undefined),
            fire: (event) => practiceEvents.fire(event),
            log: logWarning,
          }),
        ),
    );

    const openedWalkthrough = openWalkthroughOnFirstRun(context.globalState).catch((e: unknown) => {
      logWarning(`The getting-started walkthrough did not open: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    });

    // Every command, named once in shared/ids.ts and declared in package.json (a test checks both agree).
    const commands: Record<(typeof Commands)[keyof typeof Commands], (...args: never[]) => unknown> = {
      [Commands.runChecklist]: () => checklist.run(false),
      [Commands.checkThisDocument]: () => checklist.run(true),
      [Commands.checkAllDocuments]: () => checklist.checkAll(),
      [Commands.insertAllSections]: (uri?: vscode.Uri) => checklist.insertAll(uri),
      [Commands.markOutOfScope]: (node?: Parameters<ChecklistCommands['markOutOfScope']>[0]) => checklist.markOutOfScope(node),
      [Commands.revealLine]: (uri: vscode.Uri, line: number) => revealLine(uri, line),
      [Commands.reloadPacks]: () => live.reloadPacks(),
      [Commands.newDesignDocument]: (arg?: unknown) => templates().newDesignDocument(arg),
      [Commands.scoreAnswer]: (arg?: unknown) => scoring().scoreAnswer(arg),
      [Commands.showDiagrams]: () => diagrams.load().showDiagrams(),
      [Commands.startMockInterview]: (arg?: unknown) => practice().start(arg),
      [Commands.mockInterviewActions]: (arg?: unknown) => practice().actions(arg),
      [Commands.exportSessionReport]: (arg?: unknown) => practice().exportReport(arg),
      [Commands.showProgress]: () => practice().showProgress(),
      [Commands.openSessionReport]: (id?: unknown) => practice().openSessionReport(id),
    };
    for (const [id, handler] of Object.entries(commands)) store.track(registerFailableCommand(id, handler, logWarning));

    store.add(
      new ChecklistStatus(live),
      vscode.window.registerTreeDataProvider(Views.checklist, tree),
      vscode.languages.registerCodeActionsProvider(MARKDOWN, new ChecklistCodeActions(live), { providedCodeActionKinds: ChecklistCodeActions.kinds }),
      vscode.languages.registerHoverProvider(MARKDOWN, new ChecklistHover(live)),
      vscode.tasks.registerTaskProvider(TASK_TYPE, new ChecklistTaskProvider(live)),
      vscode.window.registerTreeDataProvider<HistoryNode>(Views.history, {
        onDidChangeTreeData: historyChanged.event,
        getChildren: (node) => practice().historyChildren(node),
        getTreeItem: (node) => practice().historyItem(node),
      }),
    );

    this.api = {
      checklist: {
        latest: (uri) => live.latest(uri),
        onDidCheck: live.onDidCheck,
        treeChildren: (node) => tree.getChildren(node),
        treeItem: (node) => tree.getTreeItem(node),
      },
      scoring: {
        latest: async (uri) => scoring().latest(uri),
        viewData: async () => scoring().viewData(),
      },
      diagrams: {
        shownDocument: () => diagrams.current?.shownDocument,
        onDidDraw: diagrams.onDidDraw,
        onDidCheck: diagrams.onDidCheck,
      },
      practice: {
        running: async () => practice().current(),
        persisted: async () => practice().persisted(),
        restore: async (state) => practice().restore(state),
        reportData: async () => practice().reportData(),
        dashboardData: async () => practice().dashboardData(),
        notices: async () => practice().notices(),
        historyFolder: async () => practice().historyFolder(),
        historyChildren: async (node) => practice().historyChildren(node),
        onDidChange: practiceEvents.event,
      },
      walkthrough: {
        openedAtActivation: () => openedWalkthrough,
        openIfFirstRun: () => openWalkthroughOnFirstRun(context.globalState),
      },
      extendMarkdownIt: (md) => diagrams.extendMarkdownIt(md),
    };

    // A mock interview running before the window reloaded comes back now; otherwise practice loads on first use.
    // Running sessions are kept as one JSON object (by session id; the host restores this window's own); anything
    // else is not worth loading the bundle for.
    const kept = context.globalState.get<unknown>(RUNNING_SESSION_KEY);
    if (kept !== null && typeof kept === 'object') setTimeout(() => void practice().restore(), 0);
  }

  dispose(): void {
    this.store.dispose();
  }
}
