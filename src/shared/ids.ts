// Every id the extension declares in package.json, named once.
export const EXTENSION_ID = 'design-workbench.design-workbench';
export const DIAGNOSTIC_SOURCE = 'Design Workbench';
export const CONFIG_SECTION = 'designWorkbench';

export const Commands = {
  runChecklist: 'designWorkbench.runChecklist',
  checkThisDocument: 'designWorkbench.checkThisDocument',
  checkAllDocuments: 'designWorkbench.checkAllDocuments',
  insertAllSections: 'designWorkbench.insertAllSections',
  markOutOfScope: 'designWorkbench.markOutOfScope',
  revealLine: 'designWorkbench.revealLine',
  reloadPacks: 'designWorkbench.reloadPacks',
  newDesignDocument: 'designWorkbench.newDesignDocument',
  scoreAnswer: 'designWorkbench.scoreAnswer',
  showDiagrams: 'designWorkbench.showDiagrams',
  startMockInterview: 'designWorkbench.startMockInterview',
  mockInterviewActions: 'designWorkbench.mockInterviewActions',
  exportSessionReport: 'designWorkbench.exportSessionReport',
  showProgress: 'designWorkbench.showProgress',
  openSessionReport: 'designWorkbench.openSessionReport',
} as const;

export const Views = {
  container: 'designWorkbench',
  checklist: 'designWorkbench.checklist',
  /** The Diagrams webview panel's type (its serializer and `onWebviewPanel` activation use it). */
  diagrams: 'designWorkbench.diagrams',
  history: 'designWorkbench.history',
  /** Webview panel types of the practice session report and the progress dashboard. */
  sessionReport: 'designWorkbench.sessionReport',
  progress: 'designWorkbench.progress',
} as const;

/** The getting-started walkthrough (package.json `contributes.walkthroughs`). */
export const WALKTHROUGH_ID = 'gettingStarted';
/** globalState key: true once the walkthrough was opened on a first run. */
export const WALKTHROUGH_SHOWN_KEY = 'designWorkbench.walkthrough.shown';

/** globalState key of the running mock interview (a RunningSession), kept across window reloads. */
export const RUNNING_SESSION_KEY = 'designWorkbench.practice.running';

/** VS Code's own mermaid support (1.121+), which draws `.mermaid` elements in the Markdown preview. */
export const BUILTIN_MERMAID_EXTENSION = 'vscode.mermaid-markdown-features';
