// Every id the extension declares in package.json, named once.
export const EXTENSION_ID = 'design-workbench.design-workbench';
export const DIAGNOSTIC_SOURCE = 'Design Workbench';

export const Commands = {
  runChecklist: 'designWorkbench.runChecklist',
} as const;
