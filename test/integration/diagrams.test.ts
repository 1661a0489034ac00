// Diagrams in the editor: the Diagrams panel (its webview draws every block and reports back through the
// extension's API), diagnostics of saga and discovery specs on their lines, and the Markdown preview plugin.
// Waits on events, never sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BUILTIN_MERMAID_EXTENSION, Commands, Views } from '../../src/shared/ids';
import type { DrawReport } from '../../src/diagrams/vscode/index';
import { api, codeOf, extension, fixture, openFixture, ours, until } from './helpers';

const changed = [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>];


/** Runs `action` and resolves with the first draw report for `uri` that `ready` accepts. */
async function drawnAfter(uri: vscode.Uri, action: () => Thenable<unknown>, ready: (r: DrawReport) => boolean = () => true, timeoutMs = 30_000): Promise<DrawReport> {
  const { diagrams } = await api();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`The Diagrams view drew nothing for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = diagrams.onDidDraw((r) => {
      if (r.uri.toString() !== uri.toString() || !ready(r)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
    Promise.resolve(action()).then(undefined, (err: unknown) => {
      clearTimeout(timer);
      sub.dispose();
      reject(err);
    });
  });
}

function diagramTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(Views.diagrams));
}

/** Diagram problems only (the checklist shares the source): their codes are the core's. */
const specProblems = (uri: vscode.Uri) => ours(uri).filter((d) => ['schema', 'unknown-key', 'yaml'].includes(codeOf(d) ?? '') || /saga|step|style/i.test(d.message));

describe('diagrams', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Show Diagrams opens a panel beside the editor that draws every block of the document', async () => {
    const editor = await openFixture('diagrams.md');
    const uri = editor.document.uri;
    const report = await drawnAfter(uri, () => vscode.commands.executeCommand(Commands.showDiagrams));
    // 2 sagas, 5 discovery patterns and a ```mermaid block, drawn by the bundled mermaid under the page's CSP.
    assert.deepEqual({ drawn: report.drawn, failed: report.failed }, { drawn: 8, failed: 0 });
    assert.equal(report.version, editor.document.version);
    assert.equal(diagramTabs().length, 1, 'one Diagrams tab');
    assert.equal(diagramTabs()[0].label, 'Diagrams: diagrams.md');
    assert.notEqual(diagramTabs()[0].group.viewColumn, editor.viewColumn, 'beside the editor');
    assert.equal((await api()).diagrams.shownDocument()?.toString(), uri.toString());
  });

  it('draws again as the user types', async () => {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith('/diagrams.md')) ?? (await openFixture('diagrams.md'));
    const uri = editor.document.uri;
    const before = editor.document.version;
    const report = await drawnAfter(
      uri,
      () => editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n```mermaid\nsequenceDiagram\n  Checkout->>Payments: charge\n```\n')),
      (r) => r.version > before,
    );
    assert.deepEqual({ drawn: report.drawn, failed: report.failed }, { drawn: 9, failed: 0 });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows the active editor, and shows a broken saga as a failure', async () => {
    const uri = fixture('broken-saga.md');
    const report = await drawnAfter(uri, () => openFixture('broken-saga.md'));
    assert.deepEqual({ drawn: report.drawn, failed: report.failed }, { drawn: 0, failed: 1 });
    assert.equal(diagramTabs().length, 1, 'still one panel');
    assert.equal(diagramTabs()[0].label, 'Diagrams: broken-saga.md');
  });

  it('reports a broken saga in the Problems panel on the exact line, and clears it once fixed', async () => {
    const editor = await openFixture('broken-saga.md');
    const uri = editor.document.uri;
    await until(() => specProblems(uri).length > 0, changed, 'diagram problems for broken-saga.md');
    const [problem] = specProblems(uri);
    assert.equal(problem.range.start.line, 4, problem.message);
    assert.equal(editor.document.lineAt(4).text, 'style: orchestrated');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    assert.match(problem.message, /orchestrated.*choreography or orchestration/);
    assert.equal(codeOf(problem), 'schema');
    try {
      const line = editor.document.lineAt(4);
      await editor.edit((b) => b.replace(line.range, 'style: orchestration'));
      await until(() => specProblems(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length === 0, changed, 'the error to go after the fix');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('reports problems of a standalone *.saga.yaml file on their lines', async () => {
    const editor = await openFixture('broken.saga.yaml');
    const uri = editor.document.uri;
    await until(() => specProblems(uri).length >= 2, changed, 'diagram problems for broken.saga.yaml');
    const lines = specProblems(uri).map((d) => `${d.range.start.line}:${codeOf(d)}`).sort();
    assert.deepEqual(lines, ['7:schema', '8:unknown-key']);
    assert.match(specProblems(uri).find((d) => codeOf(d) === 'unknown-key')!.message, /acton.*did you mean action/);
  });

  it('leaves out documents that are views of text edited elsewhere (a diff\'s git: side), not untitled ones', async () => {
    const text = (await vscode.workspace.openTextDocument(fixture('broken-saga.md'))).getText();
    // A read-only copy like the git: side of a Source Control diff, under a scheme no workspace folder has.
    const scheme = 'dw-test-revision';
    const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => text });
    try {
      const copy = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme, path: '/broken-saga.md' }));
      assert.equal(copy.languageId, 'markdown');
      // Opened after the copy, so checked after it: once the untitled one has its problems, the copy was decided.
      const untitled = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
      await until(() => specProblems(untitled.uri).length > 0, changed, 'diagram problems for an untitled document');
      assert.deepEqual(specProblems(copy.uri), [], 'no second set of problems for the read-only copy');
    } finally {
      provider.dispose();
    }
  });

  it('contributes saga and discovery diagrams to the Markdown preview, and leaves ```mermaid alone', async () => {
    const ext = extension();
    assert.equal(ext.packageJSON.contributes['markdown.markdownItPlugins'], true);
    const text = (await vscode.workspace.openTextDocument(fixture('diagrams.md'))).getText();
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
    assert.equal(typeof html, 'string', 'markdown.api.render returned no HTML');
    const native = vscode.extensions.getExtension(BUILTIN_MERMAID_EXTENSION) !== undefined;
    const ours = (html.match(/<div class="code-line dw-diagram dw-diagram-(saga|discovery)"/g) ?? []).length;
    assert.equal(ours, 7, 'the 2 sagas and 5 discovery blocks');
    if (native) {
      // VS Code's own mermaid draws them: its markup, once per block (plus the ```mermaid fence it handles itself).
      assert.equal((html.match(/<pre class="mermaid" style="all: unset;">sequenceDiagram/g) ?? []).length >= 2, true, html.slice(0, 400));
      assert.doesNotMatch(html, /dw-diagram-host/);
    } else {
      assert.equal((html.match(/<div class="dw-diagram-host"><pre class="dw-diagram-source">/g) ?? []).length, 7);
      assert.doesNotMatch(html, /class="mermaid"/);
    }
    assert.match(html, /flowchart LR/, 'the ```mermaid fence is still there');
    assert.doesNotMatch(html, /dw-diagram dw-diagram-mermaid/, 'never ours');
  });
});
