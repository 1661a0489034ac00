import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension } from './helpers';

/** The commands VS Code itself registers for each contributed view (`<view id>.focus`, `.open`, ...). */
function isViewCommand(command: string, viewIds: string[]): boolean {
  return viewIds.some((id) => command.startsWith(`${id}.`));
}

describe('contributions', () => {
  it('package.json declares exactly the designWorkbench.* commands the extension registers', async () => {
    const ext = extension();
    await ext.activate();
    const contributes = ext.packageJSON.contributes ?? {};
    const viewIds = Object.values((contributes.views ?? {}) as Record<string, { id: string }[]>).flat().map((v) => v.id);
    const declared = ((contributes.commands ?? []) as { command: string }[]).map((c) => c.command).sort();
    const registered = (await vscode.commands.getCommands(true))
      .filter((c) => c.startsWith('designWorkbench.') && !isViewCommand(c, viewIds))
      .sort();
    assert.deepEqual(registered, declared);
  });

  it('every command has a title and the Design Workbench category', () => {
    const commands = (extension().packageJSON.contributes?.commands ?? []) as { command: string; title?: string; category?: string }[];
    assert.ok(commands.length > 0);
    for (const c of commands) {
      assert.ok(c.title, `${c.command} has no title`);
      assert.equal(c.category, 'Design Workbench', `${c.command} category`);
    }
  });
});
