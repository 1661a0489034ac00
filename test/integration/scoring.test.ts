import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/shared/ids';
import { api, fixture, ours, poll } from './helpers';

const ANSWER = 'answers/ecommerce-answer.md';


describe('Score Answer', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('scores the answer against the challenge in its front matter, and the view shows that result', async () => {
    const workbench = await api();
    const editor = await vscode.window.showTextDocument(fixture(ANSWER));
    const result = await vscode.commands.executeCommand<{ challenge: string; total: number } | undefined>(Commands.scoreAnswer);
    assert.ok(result, 'the command returns the score');
    assert.equal(result.challenge, 'ecommerce-migration');

    const scored = await workbench.scoring.latest(editor.document.uri);
    assert.ok(scored);
    assert.deepEqual(scored.result.criteria.map((c) => [c.id, c.max]), [
      ['boundaries', 25],
      ['extract-first', 25],
      ['shared-data', 25],
      ['infrastructure', 25],
    ]);
    assert.ok(scored.result.total >= 50, `a reasoned answer that covers every question scores well: ${scored.result.total}`);
    const extract = scored.result.criteria.find((c) => c.id === 'extract-first')!;
    const line = extract.evidence.find((e) => /recommendation engine first/.test(e.text))?.line;
    assert.equal(line, 13, 'the evidence names the line of the sentence');
    assert.match(editor.document.lineAt(line - 1).text, /recommendation engine first/);

    const view = await workbench.scoring.viewData();
    assert.ok(view, 'the score view is open');
    assert.equal(view.file, ANSWER);
    assert.equal(view.result.total, scored.result.total);
    assert.equal(view.stale, false);
    assert.equal(view.opinion.state, 'off', 'the second opinion is off until the user turns it on');
    assert.ok(view.result.criteria.every((c) => c.modelAnswer.length > 0), 'model answer points are shown after scoring');

    // Every evidence line is highlighted in the editor, with an explanation on hover.
    const evidenceLines = new Set(scored.result.criteria.flatMap((c) => c.evidence.map((e) => e.line)));
    assert.deepEqual(new Set(scored.highlights.map((h) => h.line)), evidenceLines);
    const highlight = scored.highlights.find((h) => h.line === 13)!;
    assert.equal(highlight.kind, 'full');
    assert.match(highlight.hover, /What to extract first|Extract/i);
  });

  it('clears the highlights when the answer changes, and marks the view stale', async () => {
    const workbench = await api();
    const editor = await vscode.window.showTextDocument(fixture(ANSWER));
    await vscode.commands.executeCommand(Commands.scoreAnswer, { uri: editor.document.uri });
    const scored = (await workbench.scoring.latest(editor.document.uri))!;
    assert.equal(scored.stale, false);
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nOne more thought.\n'));
    assert.equal(scored.stale, true);
    const view = await workbench.scoring.viewData();
    assert.equal(view?.stale, true);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('scores against a workspace rubric named by the hook, and reports a broken rubric at its line', async () => {
    const workbench = await api();
    const uri = fixture(ANSWER);
    const result = await vscode.commands.executeCommand<{ challenge: string }>(Commands.scoreAnswer, { uri, challenge: 'mini-migration' });
    assert.equal(result.challenge, 'mini-migration');
    assert.equal((await workbench.scoring.latest(uri))?.result.criteria.length, 2);
    const broken = fixture('.design-workbench/rubrics/broken.yaml');
    const problems = ours(broken);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].range.start.line, 7, 'the line of `points: many`');
    assert.match(problems[0].message, /points: must be a number/);
  });

  it('says so when the second opinion is turned on but no chat model is available, and keeps its own score', async () => {
    const workbench = await api();
    const settings = vscode.workspace.getConfiguration('designWorkbench.scoring');
    await settings.update('languageModel', true, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand(Commands.scoreAnswer, { uri: fixture(ANSWER) });
      let view = await workbench.scoring.viewData();
      await poll(async () => (view = await workbench.scoring.viewData())?.opinion.state === 'unavailable', 'the view to say whether a chat model is there', 5_000).catch(() => undefined);
      assert.equal(view?.opinion.state, 'unavailable', 'this VS Code has no chat model, and the view says so');
      assert.ok(view.result.total > 0, 'the deterministic score is there regardless');
    } finally {
      await settings.update('languageModel', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('says the challenge could not be read when its front matter line is broken, not "put challenge: in the front matter" (issue 18)', async () => {
    const uri = fixture('answers/broken-front-matter.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nchallenge: [ecommerce-migration\n---\n# Answer\n'));
    try {
      await assert.rejects(Promise.resolve(vscode.commands.executeCommand(Commands.scoreAnswer, { uri })), /no challenge read: line 2: front matter is not valid YAML/);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('refuses a malformed hook argument with what it expected', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand(Commands.scoreAnswer, { uri: 'not a uri' })),
      /expected a Uri or \{ uri\?, challenge\? \}/,
    );
  });
});
