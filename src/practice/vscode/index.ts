// Mock interviews in VS Code: the host the Workbench builds on first use.
export { PracticeHost, type PracticeDeps, type PracticeEvent } from './session';
export type { HistoryNode } from './views';
