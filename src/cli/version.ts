// The CLI's name for itself: its version (set by the bundler) and where its documentation lives.
declare const VERSION: string;
/** Where the tool's documentation lives; the checklist's docs links start with it too (see DOCS_BASE). */
export const REPOSITORY = 'https://github.com/design-workbench/design-workbench';
export const CLI_VERSION = typeof VERSION === 'string' ? VERSION : '0.0.0-dev';
