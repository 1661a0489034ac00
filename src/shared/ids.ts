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
} as const;

export const Views = {
  container: 'designWorkbench',
  checklist: 'designWorkbench.checklist',
} as const;
