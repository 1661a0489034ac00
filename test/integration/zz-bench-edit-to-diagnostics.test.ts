// Not a test: `npm run bench` runs this suite (DW_BENCH=1) to time, inside a real VS Code, an edit
// of a 100 KB design document until its diagnostics are published, beside the engine's own time.
import * as vscode from 'vscode';
import { defaultEngine } from '../../src/checklist/engine';
import { parseDocument } from '../../src/shared/document';
import { CONFIG_SECTION, EXTENSION_ID } from '../../src/shared/ids';
import type { WorkbenchApi } from '../../src/extension/workbench';
import { generate } from '../../scripts/generate';
import { REPORT_PREFIX } from './index';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

(process.env.DW_BENCH ? describe : describe.skip)('editor bench', () => {
  it('edit to published diagnostics, 100 KB design document', async function () {
    this.timeout(120_000);
    const text = generate(100_000);
    const config = vscode.workspace.getConfiguration(`${CONFIG_SECTION}.checklist`);
    await config.update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const api = (ext.isActive ? ext.exports : await ext.activate()) as WorkbenchApi;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    const editor = await vscode.window.showTextDocument(doc);
    try {
      await vscode.commands.executeCommand('designWorkbench.checkThisDocument');
      const endToEnd: number[] = [];
      const afterChange: number[] = [];
      for (let i = 0; i < 21; i++) {
        let changedAt = 0;
        const changeSub = vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === doc && !changedAt) changedAt = performance.now();
        });
        // The extension's own publish; VS Code then delivers diagnostics events after a debounce of its own.
        const published = new Promise<number>((resolve) => {
          const sub = api.checklist.onDidCheck((uri) => {
            if (uri.toString() === doc.uri.toString()) {
              sub.dispose();
              resolve(performance.now());
            }
          });
        });
        const start = performance.now();
        await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount - 1, 0), i % 2 ? 'We use Prometheus.\n' : 'TBD\n'));
        const done = await published;
        changeSub.dispose();
        endToEnd.push(done - start);
        afterChange.push(done - changedAt);
      }
      const engine: number[] = [];
      for (let i = 0; i < 21; i++) {
        const t = performance.now();
        defaultEngine().run(parseDocument(doc.getText()));
        engine.push(performance.now() - t);
      }
      const e2e = median(endToEnd);
      const core = median(engine);
      console.log(
        `${REPORT_PREFIX}editor (VS Code ${vscode.version}): edit → diagnostics published ${e2e.toFixed(1)} ms, of which the extension (text change → published) ` +
          `${median(afterChange).toFixed(1)} ms; engine alone ${core.toFixed(1)} ms ` +
          `(median of 21; ratio ${(e2e / core).toFixed(2)}×; target < 50 ms end to end)`,
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await config.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
