import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, openFixture, poll } from './helpers';

describe('activation', () => {
  it('stays inactive until a Markdown file opens, then activates', async () => {
    const ext = extension();
    assert.equal(ext.isActive, false, 'active before any Markdown file was opened: activationEvents must not be eager');
    const editor = await openFixture('orders.design.md');
    assert.equal(editor.document.languageId, 'markdown');
    await poll(() => ext.isActive, `${ext.id} to activate on onLanguage:markdown`);
  });

  it('runs in the Node extension host of this VS Code', () => {
    const ext = extension();
    assert.equal(ext.extensionKind, vscode.ExtensionKind.Workspace);
    assert.ok(process.versions.node, 'expected a Node extension host');
  });
});
