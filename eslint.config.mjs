import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.cache/', 'test/integration/out/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // An expression that backtracks exponentially or moves quadratically freezes the editor on one crafted file
    // (issue 18): such a pattern fails the lint.
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false, ignoreSticky: false }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
  },
  {
    // Their functions passed to page.evaluate run in the browser page under test.
    files: ['test/browser/diagrams.mjs', 'test/ui/run.mjs', 'test/browser/practice.mjs', 'test/browser/pages.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', getComputedStyle: 'readonly', CustomEvent: 'readonly', Event: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    // The adapters live in each feature's vscode/ folder, the wiring in src/extension/; everything else is core,
    // shared with the CLI, the tests and the web build.
    ignores: ['src/**/vscode/**', 'src/extension.ts', 'src/extension/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Core logic must not import vscode; put it in the feature\'s vscode/ folder.' }] }],
    },
  },
  {
    // Code that runs in webviews and the Markdown preview: a browser page, never the extension host.
    files: ['webview/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Webview code runs in the page: talk to the extension through messages.' }] }],
    },
  },
);
