import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  ANTIPATTERN_IDS, CHECKLIST_IDS, RUN_CHECKLIST, SOURCE, codeOf, diagnosticsAfter, expectedFindings, fixture, openFixture,
} from './helpers';

const KNOWN_IDS = new Set<string>([...CHECKLIST_IDS, ...ANTIPATTERN_IDS]);

function assertWellFormed(diagnostics: vscode.Diagnostic[], doc: vscode.TextDocument): void {
  for (const d of diagnostics) {
    assert.equal(d.source, SOURCE);
    assert.ok(typeof d.code === 'object' && d.code !== null, `code should be { value, target }, got ${JSON.stringify(d.code)}`);
    const { value, target } = d.code as { value: string | number; target: vscode.Uri };
    assert.ok(KNOWN_IDS.has(String(value)), `unknown finding id ${value}`);
    assert.ok(target instanceof vscode.Uri, `code.target of ${value} should be a Uri`);
    assert.ok(d.range.end.line < doc.lineCount, `${value} points past the end of ${doc.uri.path}`);
    assert.ok(d.message.trim().length > 0, `${value} has an empty message`);
  }
}

describe('Run Microservices Checklist command', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('publishes the findings the design doc fixture expects', async () => {
    const editor = await openFixture('orders.design.md');
    const expected = expectedFindings(editor.document);
    assert.ok(expected.length > 0, 'the fixture names the findings it expects');

    const diagnostics = await diagnosticsAfter(editor.document.uri, () => vscode.commands.executeCommand(RUN_CHECKLIST));

    assert.ok(diagnostics.length > 0, 'no findings published');
    assertWellFormed(diagnostics, editor.document);
    const codes = new Set(diagnostics.map(codeOf));
    for (const id of expected) assert.ok(codes.has(id), `expected a finding ${id}; got ${[...codes].join(', ')}`);
    // One diagnostic per item or per place an anti-pattern shows, never two for the same id on one line.
    const places = new Set(diagnostics.map((d) => `${codeOf(d)}@${d.range.start.line}`));
    assert.equal(places.size, diagnostics.length, `duplicate findings: ${[...places].join(', ')}`);
  });

  it('publishes an anti-pattern at every line that shows it, as the CLI reports it', async () => {
    const editor = await openFixture('clinic.design.md');
    const diagnostics = await diagnosticsAfter(editor.document.uri, () => vscode.commands.executeCommand(RUN_CHECKLIST));
    assertWellFormed(diagnostics, editor.document);
    const shared = diagnostics.filter((d) => codeOf(d) === 'shared-database');
    // Lines 7, 11 and 15 (1-based) say it; line 19 only muses about a way out.
    assert.deepEqual(shared.map((d) => d.range.start.line), [6, 10, 14]);
  });

  it('drops a finding once the document covers it', async () => {
    const editor = await openFixture('orders.design.md');
    const uri = editor.document.uri;
    const before = await diagnosticsAfter(uri, () => vscode.commands.executeCommand(RUN_CHECKLIST));
    assert.ok(before.some((d) => codeOf(d) === 'service-discovery'));

    const decided =
      '\n## Service discovery\nServices find each other through Kubernetes Services: each service gets a stable DNS name ' +
      'and kube-proxy spreads calls over healthy pods. We chose this over Consul because everything already runs on Kubernetes.\n';
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), decided));
    try {
      const after = await diagnosticsAfter(uri, () => vscode.commands.executeCommand(RUN_CHECKLIST), (found) => !found.map(codeOf).includes('service-discovery'));
      const codes = after.map(codeOf);
      assert.ok(!codes.includes('service-discovery'), `service-discovery still reported: ${codes.join(', ')}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('reports every checklist item on a Markdown file that is not a design doc', async () => {
    const editor = await openFixture('README.md');
    const diagnostics = await diagnosticsAfter(editor.document.uri, () => vscode.commands.executeCommand(RUN_CHECKLIST));
    assertWellFormed(diagnostics, editor.document);
    const codes = new Set(diagnostics.map(codeOf));
    for (const id of CHECKLIST_IDS) assert.ok(codes.has(id), `expected ${id} to be reported as missing; got ${[...codes].join(', ')}`);
  });

  it('does not throw when no editor is open, and publishes nothing', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(vscode.window.activeTextEditor, undefined);
    const count = () => new Map(vscode.languages.getDiagnostics().map(([uri, ds]) => [uri.toString(), ds.filter((d) => d.source === SOURCE).length]));
    const before = count();
    await vscode.commands.executeCommand(RUN_CHECKLIST);
    // Closed documents may lose their findings meanwhile; none may gain any.
    for (const [uri, n] of count()) assert.ok(n <= (before.get(uri) ?? 0), `${uri} got findings with no editor open`);
  });
});

describe('design-workbench task', function () {
  this.timeout(60_000);
  const ended = (name: string): Promise<number | undefined> =>
    new Promise((resolve) => {
      const listener = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.name !== name) return;
        listener.dispose();
        resolve(e.exitCode);
      });
    });

  it('checks the folder inside the extension and puts closed documents\' findings in the Problems panel', async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const tasks = await vscode.tasks.fetchTasks({ type: 'design-workbench' });
    assert.equal(tasks.length, 1, `tasks: ${tasks.map((t) => t.name).join(', ')}`);
    const uri = fixture('clinic.design.md');
    const code = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
    const all = (): string => vscode.languages.getDiagnostics().map(([u, ds]) => `${u.path.split('/').pop()}: ${ds.map((d) => `${code(d)}@${d.range.start.line}`).join(' ')}`).join('\n');
    const exit = ended(tasks[0].name);
    const found = await diagnosticsAfter(uri, () => vscode.tasks.executeTask(tasks[0]), (ds) => ds.filter((d) => code(d) === 'shared-database').length === 3, 30_000).catch((e: Error) => {
      throw new Error(`${e.message}; diagnostics now:\n${all()}`);
    });
    assert.deepEqual(found.filter((d) => code(d) === 'shared-database').map((d) => d.range.start.line), [6, 10, 14]);
    // The editor's own findings: each links to its docs page.
    assert.ok(found.every((d) => typeof d.code === 'object' && d.code.target.scheme === 'https'), 'every finding links to its docs');
    assert.equal(await exit, 0);
  });

  it('fails when a named document is below failUnder, and passes when it is not', async function () {
    const definition = (failUnder: number): vscode.TaskDefinition => ({ type: 'design-workbench', targets: ['clinic.design.md'], failUnder });
    const folder = vscode.workspace.workspaceFolders![0];
    const run = async (failUnder: number): Promise<number | undefined> => {
      const [task] = await vscode.tasks.fetchTasks({ type: 'design-workbench' });
      const named = new vscode.Task(definition(failUnder), folder, `failUnder ${failUnder}`, 'design-workbench', task.execution, []);
      const exit = ended(named.name);
      await vscode.tasks.executeTask(named);
      return exit;
    };
    assert.equal(await run(100), 1, 'coverage below 100 fails the task');
    assert.equal(await run(0), 0, 'no document is below 0');
  });
});
