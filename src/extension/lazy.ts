// Loads the lazy features (src/extension/features.ts). The browser build has one file, so there they are bundled
// in; the Node build requires that same file (named in bundles.json) on first use and takes the features from it.
// Synchronous: the Markdown preview's plugin needs the diagrams core while markdown-it renders.
/** Set by esbuild.mjs: true where the lazy bundle is a file of its own. */
declare const SPLIT_BUNDLES: boolean;
/** Set by esbuild.mjs from bundles.json: the lazy bundle's path beside dist/extension.js. */
declare const LAZY_BUNDLE: string;
declare const require: (id: string) => unknown;

export type Features = typeof import('./features');

let loaded: Features | undefined;

export function features(): Features {
  return (loaded ??= SPLIT_BUNDLES ? (require(LAZY_BUNDLE) as { features(): Features }).features() : (require('./features') as Features));
}
