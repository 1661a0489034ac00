// The checklist in the editor: live diagnostics as a document opens and changes, quick fixes,
// the Checklist view (through the extension's API) and settings. Waits on events, never sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CONFIG_SECTION, Commands } from '../../src/shared/ids';
import { api, codeOf, fixture, openFixture, ours, until, TEAM_PACK } from './helpers';

const changed = [vscode.languages.onDidChangeDiagnostics as vscode.Event<unknown>];
const codes = (uri: vscode.Uri): string[] => ours(uri).map((d) => codeOf(d) ?? '').sort();


/** Opens a fixture, runs `body`, and puts the file back as it was whatever happens. */
async function withFixture(name: string, body: (editor: vscode.TextEditor) => Promise<void>): Promise<void> {
  const uri = fixture(name);
  const original = await vscode.workspace.fs.readFile(uri);
  try {
    await body(await openFixture(name));
  } finally {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.workspace.fs.writeFile(uri, original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
}

describe('live checklist', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('checks a design document as soon as it opens, with no command', async () => {
    const editor = await openFixture('gaps.design.md');
    const uri = editor.document.uri;
    await until(() => ours(uri).length > 0, changed, 'findings for gaps.design.md');
    const found = codes(uri);
    for (const id of ['service-discovery', 'monitoring', 'security']) assert.ok(found.includes(id), `${id} missing from ${found.join(', ')}`);
    assert.ok(!found.includes('service-boundaries') && !found.includes('communication'), `decided items reported: ${found.join(', ')}`);
  });

  it('leaves plain Markdown alone unless asked', async () => {
    await openFixture('notes.md');
    const readme = fixture('notes.md');
    // The design doc opened next is checked after the README was considered: then the README has had its chance.
    const design = (await openFixture('gaps.design.md')).document.uri;
    await until(() => ours(design).length > 0, changed, 'findings for gaps.design.md');
    assert.deepEqual(ours(readme), []);
  });

  it('reports invalid front matter at its line, and still reads out-of-scope from the lines after it (issue 18)', async () => {
    await withFixture('gaps.design.md', async (editor) => {
      const uri = editor.document.uri;
      await until(() => codes(uri).includes('security'), changed, 'the security finding');
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), '---\ntitle: "Parcel lockers\nout-of-scope: [security]\n---\n'));
      await until(() => codes(uri).includes('front-matter'), changed, 'the front matter warning');
      const warning = ours(uri).find((d) => codeOf(d) === 'front-matter')!;
      assert.equal(warning.range.start.line, 1, 'the line of the unclosed quote');
      assert.match(warning.message, /^Front matter: front matter is not valid YAML: the quoted value opened on line 2/);
      assert.ok(!codes(uri).includes('security'), 'out-of-scope on its own line still counts');
    });
  });

  it('updates while typing: a decision added to the text drops its finding', async () => {
    await withFixture('gaps.design.md', async (editor) => {
      const uri = editor.document.uri;
      await until(() => codes(uri).includes('service-discovery'), changed, 'the service-discovery finding');
      await editor.edit((b) =>
        b.insert(new vscode.Position(editor.document.lineCount, 0), '\n## Service discovery\n\nServices find each other through Kubernetes Services and cluster DNS.\n'),
      );
      await until(() => !codes(uri).includes('service-discovery'), changed, 'service-discovery to disappear after the edit');
      assert.ok(codes(uri).includes('monitoring'), 'other findings stay');
    });
  });

  it('quick fix: adds the missing section after the nearest checklist section, and nothing is lost', async () => {
    await withFixture('gaps.design.md', async (editor) => {
      const document = editor.document;
      const before = document.getText();
      await until(() => codes(document.uri).includes('service-discovery'), changed, 'the service-discovery finding');
      const finding = ours(document.uri).find((d) => codeOf(d) === 'service-discovery')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding.range);
      const add = actions.find((a) => a.title === 'Add a "Service discovery" section');
      assert.ok(add?.edit, `no "add section" fix among: ${actions.map((a) => a.title).join(' | ')}`);
      await vscode.workspace.applyEdit(add.edit);
      const after = document.getText();
      for (const line of before.split('\n')) assert.ok(after.includes(line), `lost the line: ${line}`);
      const lines = after.split('\n');
      const heading = lines.indexOf('## Service discovery');
      assert.ok(heading > lines.indexOf('## Data management') || heading > lines.indexOf('## Communication'), 'inserted after Communication');
      assert.ok(heading < lines.indexOf('## Deployment'), 'inserted before Deployment');
      // The section is still only a prompt, so the finding stays, now on the new heading.
      await until(() => ours(document.uri).some((d) => codeOf(d) === 'service-discovery' && d.range.start.line === heading), changed, 'the finding to move to the new heading');
    });
  });

  it('quick fix: marking an item out of scope makes its finding disappear', async () => {
    await withFixture('gaps.design.md', async (editor) => {
      const uri = editor.document.uri;
      await until(() => codes(uri).includes('security'), changed, 'the security finding');
      const finding = ours(uri).find((d) => codeOf(d) === 'security')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, finding.range);
      const mark = actions.find((a) => a.title.startsWith('Mark "Security" out of scope'));
      assert.ok(mark?.edit, `no out-of-scope fix among: ${actions.map((a) => a.title).join(' | ')}`);
      await vscode.workspace.applyEdit(mark.edit);
      assert.match(editor.document.getText(), /<!-- design-workbench: out-of-scope security -->/);
      await until(() => !codes(uri).includes('security'), changed, 'security to disappear');
      const item = (await api()).checklist.latest(uri)?.report.items.find((i) => i.id === 'security');
      assert.equal(item?.status, 'out-of-scope');
    });
  });

  it('the Checklist view shows every item of the active document with its status and evidence', async () => {
    const editor = await openFixture('gaps.design.md');
    const uri = editor.document.uri;
    await until(() => ours(uri).length > 0, changed, 'findings for gaps.design.md');
    const { checklist } = await api();
    const roots = checklist.treeChildren();
    const items = roots.filter((n) => n.kind === 'item');
    assert.equal(items.length, 10);
    const byLabel = new Map(items.map((n) => [String(checklist.treeItem(n).label), checklist.treeItem(n).description]));
    assert.equal(byLabel.get('Service boundaries'), 'covered');
    assert.equal(byLabel.get('Service discovery'), 'missing');
    const boundaries = items.find((n) => checklist.treeItem(n).label === 'Service boundaries')!;
    const evidence = checklist.treeChildren(boundaries).map((n) => checklist.treeItem(n));
    assert.ok(evidence.length > 0 && evidence.every((e) => e.command?.command === Commands.revealLine), 'evidence lines reveal their line');
    assert.ok(roots.some((n) => n.kind === 'antipatterns'));
  });

  it('a severity of off in the settings switches an item off', async () => {
    const editor = await openFixture('gaps.design.md');
    const uri = editor.document.uri;
    await until(() => codes(uri).includes('monitoring'), changed, 'the monitoring finding');
    const config = vscode.workspace.getConfiguration(`${CONFIG_SECTION}.checklist`);
    try {
      await config.update('severity', { monitoring: 'off' }, vscode.ConfigurationTarget.Workspace);
      await until(() => !codes(uri).includes('monitoring'), changed, 'monitoring to be switched off');
      assert.ok(codes(uri).includes('security'));
    } finally {
      await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(() => codes(uri).includes('monitoring'), changed, 'monitoring to come back');
  });

  it('Check This Document opts a plain Markdown file in', async () => {
    const editor = await openFixture('notes.md');
    const uri = editor.document.uri;
    assert.deepEqual(ours(uri), [], 'not checked before it is opted in');
    await vscode.commands.executeCommand(Commands.checkThisDocument);
    await until(() => ours(uri).length > 0, changed, 'findings for the opted-in notes');
    assert.ok(codes(uri).includes('service-discovery'));
  });

  it('a custom checklist pack adds an item; a malformed one is reported at its line and nothing breaks', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const good = vscode.Uri.joinPath(folder, '.design-workbench', 'checklists', 'team.yaml');
    const bad = vscode.Uri.joinPath(folder, '.design-workbench', 'checklists', 'broken.yaml');
    const enc = new TextEncoder();
    const editor = await openFixture('gaps.design.md');
    const uri = editor.document.uri;
    try {
      await vscode.workspace.fs.writeFile(good, enc.encode(TEAM_PACK));
      // File events reach the watcher late or not at all on some servers: reload as a user would.
      await vscode.commands.executeCommand(Commands.reloadPacks);
      await until(() => codes(uri).includes('idempotency-keys'), changed, 'the pack item to be reported on the design doc');
      await vscode.workspace.fs.writeFile(bad, enc.encode('items:\n  - id: Not An Id\n    title: x\n'));
      await vscode.commands.executeCommand(Commands.reloadPacks);
      await until(() => ours(bad).length > 0, changed, 'a diagnostic in the malformed pack');
      const problem = ours(bad)[0];
      assert.equal(problem.range.start.line, 1);
      assert.match(problem.message, /lower-case words joined by hyphens/);
      assert.ok(codes(uri).includes('idempotency-keys'), 'the valid pack keeps working');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, '.design-workbench', 'checklists'), { recursive: true });
      await vscode.commands.executeCommand(Commands.reloadPacks);
    }
    await until(() => !codes(uri).includes('idempotency-keys'), changed, 'the pack item to go with the pack');
  });

  it('Check All Design Documents fills the Problems panel for files that are not open', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const orders = fixture('orders.design.md');
    const plain = fixture('reading-list.md');
    await vscode.commands.executeCommand(Commands.checkAllDocuments);
    assert.ok(codes(orders).includes('shared-database'), `orders.design.md: ${codes(orders).join(', ')}`);
    assert.ok(codes(fixture('gaps.design.md')).includes('security'));
    assert.deepEqual(ours(plain), [], 'plain Markdown stays out of a workspace run');
  });

  it('hovering a section heading shows what a strong answer contains', async () => {
    const editor = await openFixture('gaps.design.md');
    const uri = editor.document.uri;
    await until(() => ours(uri).length > 0, changed, 'findings for gaps.design.md');
    const line = editor.document.getText().split('\n').indexOf('## Communication');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 4));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Communication\*\* — covered/);
    assert.match(text, /A strong answer/);
    assert.match(text, /Synchronous \(REST, gRPC\)/, 'the trade-off table');
  });
});
