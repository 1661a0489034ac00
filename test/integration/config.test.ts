// One configuration file, read alike: the Problems panel shows for a document what the CLI's json reports for
// it, with the same configuration (include globs, severities, an override, suppressions). Waits on events.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/shared/ids';
import { api, codeOf, extension, fixture, openFixture, ours, until } from './helpers';

const changed = [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>];

interface CliReport {
  readonly items: readonly { id: string; status: string }[];
  readonly antipatterns: readonly { id: string; line: number }[];
  readonly suppressed: readonly { id: string; reason: string | null }[];
  readonly suppressionProblems: readonly { line: number }[];
}

/** The packaged CLI, run in the workspace folder as CI would run it. */
function cli(...args: string[]): { code: number | null; json: CliReport[]; stderr: string } {
  const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const run = spawnSync('node', [path.join(extension().extensionPath, 'dist', 'cli.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, json: run.stdout.trim() ? (JSON.parse(run.stdout) as CliReport[]) : [], stderr: run.stderr };
}

describe('configuration file in the editor and the CLI', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('gives the same findings in the Problems panel as the CLI json for the same document', async () => {
    const uri = (await openFixture('configured/service.md')).document.uri;
    await until(() => ours(uri).some((d) => codeOf(d) === 'synchronous-chains'), changed, 'findings for configured/service.md (named only by the configuration)');
    const editor = ours(uri).filter((d) => codeOf(d) !== 'suppression');
    const { code, json, stderr } = cli('check', 'configured/service.md', '--format', 'json');
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const [report] = json;
    const fromCli = [...report.items.filter((i) => i.status === 'missing' || i.status === 'weak').map((i) => i.id), ...report.antipatterns.map((a) => a.id)].sort();
    assert.deepEqual(editor.map((d) => codeOf(d)).sort(), fromCli);
    // What the configuration and the comments say, seen alike on both sides.
    for (const id of ['monitoring', 'security', 'shared-database', 'no-api-versioning']) assert.ok(!fromCli.includes(id), `${id} should not be reported`);
    assert.equal(report.items.find((i) => i.id === 'security')?.status, 'out-of-scope');
    // The Checklist view says who put it out of scope.
    const { checklist } = await api();
    const security = checklist.treeChildren().find((n) => n.kind === 'item' && n.item.id === 'security');
    assert.equal(security && checklist.treeItem(security).description, 'out of scope by configuration');
    assert.deepEqual(report.suppressed.map((s) => [s.id, s.reason]).sort(), [
      ['no-api-versioning', null],
      ['shared-database', 'the statements job reads a replica during the migration'],
    ]);
    const chain = editor.find((d) => codeOf(d) === 'synchronous-chains')!;
    assert.equal(chain.range.start.line + 1, report.antipatterns.find((a) => a.id === 'synchronous-chains')?.line);
    // The suppression without a reason is a warning at its line on both sides.
    const noReason = ours(uri).filter((d) => codeOf(d) === 'suppression');
    assert.deepEqual(noReason.map((d) => d.range.start.line + 1), report.suppressionProblems.map((p) => p.line));
    assert.equal(noReason[0]?.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('shows a mistake in the configuration at its file and line, in the editor and on stderr', async () => {
    const config = fixture('configured/.design-workbench.yaml');
    const original = await vscode.workspace.fs.readFile(config);
    const text = new TextDecoder().decode(original);
    const line = text.split('\n').length; // 1-based line of the key added at the end
    try {
      const doc = (await openFixture('configured/service.md')).document.uri;
      await until(() => ours(doc).length > 0, changed, 'findings for configured/service.md');
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(`${text}severty:\n  security: off\n`));
      await until(() => ours(config).some((d) => /did you mean 'severity'/.test(d.message)), changed, 'the configuration mistake in the Problems panel', 15_000);
      const problem = ours(config).find((d) => /did you mean 'severity'/.test(d.message))!;
      assert.equal(problem.range.start.line + 1, line);
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      // The rest keeps working: the document still has its findings.
      assert.ok(ours(doc).some((d) => codeOf(d) === 'synchronous-chains'));
      const run = cli('check', 'configured/service.md', '--format', 'json');
      assert.equal(run.code, 2);
      assert.match(run.stderr, new RegExp(`^configured/\\.design-workbench\\.yaml:${line}: unknown key 'severty'; did you mean 'severity'\\?$`, 'm'));
      assert.equal(run.json.length, 1);
    } finally {
      await vscode.workspace.fs.writeFile(config, original);
    }
    await until(() => !ours(config).length, changed, 'the configuration problem to clear once the file is fixed', 15_000);
  });

  it('the quick fix suppresses a finding on its line and selects the reason to type over', async () => {
    const uri = fixture('configured/service.md');
    const original = await vscode.workspace.fs.readFile(uri);
    try {
      const editor = await openFixture('configured/service.md');
      await until(() => ours(uri).some((d) => codeOf(d) === 'synchronous-chains'), changed, 'the synchronous-chains finding');
      const finding = ours(uri).find((d) => codeOf(d) === 'synchronous-chains')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title.startsWith('Suppress "Synchronous call chain" on this line'));
      assert.ok(fix?.edit, `no suppress action among ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(actions.some((a) => a.title.startsWith('Suppress "Synchronous call chain" in this file')));
      await vscode.workspace.applyEdit(fix.edit);
      const line = editor.document.lineAt(finding.range.start.line).text;
      assert.match(line, /synchronously over REST for each request\. <!-- design-workbench-disable-line synchronous-chains -- why this does not apply here -->$/);
      assert.equal(editor.document.getText(editor.selection), 'why this does not apply here', 'the reason placeholder is selected');
      await editor.edit((b) => b.replace(editor.selection, 'the archive call is queued in production'));
      await until(() => !ours(uri).some((d) => codeOf(d) === 'synchronous-chains'), changed, 'the suppressed finding to leave the Problems panel');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });

  it('Check All Design Documents takes the documents the configuration names, with its settings', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const uri = fixture('configured/service.md');
    await vscode.commands.executeCommand(Commands.checkAllDocuments);
    const found = ours(uri).map((d) => codeOf(d));
    assert.ok(found.includes('synchronous-chains'), `configured/service.md: ${found.join(', ')}`);
    assert.ok(!found.includes('monitoring') && !found.includes('shared-database'), `configured/service.md: ${found.join(', ')}`);
  });
});
