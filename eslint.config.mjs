import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.cache/', 'test/integration/out/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly' } },
  },
  {
    // Their functions passed to page.evaluate run in the browser page under test.
    files: ['scripts/vscode/webview-test.mjs', 'scripts/vscode/run-ui.mjs', 'scripts/vscode/webview-practice.mjs', 'scripts/vscode/webview-pages.mjs'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', getComputedStyle: 'readonly', CustomEvent: 'readonly', Event: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['src/**/*.ts'],
    // The VS Code adapters; everything else is core, shared with the CLI and the web build.
    ignores: [
      'src/extension.ts',
      'src/workbench.ts',
      'src/checklist/{diagnostics,live,codeActions,tree,statusBar,hover,workspaceRun}.ts',
      'src/templates/command.ts',
      'src/scoring/command.ts',
      'src/diagrams/vscode/{activation,diagnostics,panel,index}.ts',
      'src/shared/webview/panel.ts',
      'src/practice/vscode/*.ts',
      'src/shared/output.ts',
    ],
    rules: {
      // The core is shared with the CLI and the web build: only the adapters may import vscode.
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Core logic must not import vscode; put it in an adapter.' }] }],
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
