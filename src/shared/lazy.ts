// Loads the parts of the extension that activation does not need. The Node build ships them as
// bundles of their own beside dist/extension.js; the browser build has one file, so there they are
// bundled in (a web extension host cannot require a second file).
/** Set by esbuild.mjs for every bundle: true where the extra bundles exist. */
declare const SPLIT_BUNDLES: boolean;
declare const require: (id: string) => unknown;

export type CoreModule = typeof import('../core');
export type TemplatesModule = typeof import('../templates/command');
export type ScoringModule = typeof import('../scoring/command');
export type DiagramsModule = typeof import('../diagrams/vscode/index');
export type PracticeModule = typeof import('../practice/vscode/index');

export function loadCoreModule(): Promise<CoreModule> {
  return SPLIT_BUNDLES ? Promise.resolve(require('./checklist-core.js') as CoreModule) : import('../core');
}

export function loadTemplatesModule(): Promise<TemplatesModule> {
  return SPLIT_BUNDLES ? Promise.resolve(require('./template-commands.js') as TemplatesModule) : import('../templates/command');
}

export function loadScoringModule(): Promise<ScoringModule> {
  return SPLIT_BUNDLES ? Promise.resolve(require('./scoring-commands.js') as ScoringModule) : import('../scoring/command');
}

export function loadPracticeModule(): Promise<PracticeModule> {
  return SPLIT_BUNDLES ? Promise.resolve(require('./practice.js') as PracticeModule) : import('../practice/vscode/index');
}

/**
 * The diagrams feature, loaded synchronously: the Markdown preview's plugin needs the core while markdown-it
 * renders, which cannot wait. `require` of a bundle on disk (Node), or of code bundled in (browser).
 */
export function loadDiagramsModule(): DiagramsModule {
  return (SPLIT_BUNDLES ? require('./diagrams.js') : require('../diagrams/vscode/index')) as DiagramsModule;
}
