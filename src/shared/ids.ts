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
} as const;

export const Views = {
  container: 'designWorkbench',
  checklist: 'designWorkbench.checklist',
  /** The Diagrams webview panel's type (its serializer and `onWebviewPanel` activation use it). */
  diagrams: 'designWorkbench.diagrams',
} as const;

/** VS Code's own mermaid support (1.121+), which draws `.mermaid` elements in the Markdown preview. */
export const BUILTIN_MERMAID_EXTENSION = 'vscode.mermaid-markdown-features';
