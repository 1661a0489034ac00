import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WALKTHROUGH_ID } from '../../src/shared/ids';
import { api, extension } from './helpers';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; altText?: string };
  completionEvents?: string[];
}

describe('getting-started walkthrough', () => {
  const walkthroughs = (): { id: string; steps: Step[] }[] => extension().packageJSON.contributes?.walkthroughs ?? [];

  it('is contributed with five steps, each with an image the extension ships and alternative text', () => {
    const [walkthrough, ...others] = walkthroughs();
    assert.equal(others.length, 0);
    assert.equal(walkthrough.id, WALKTHROUGH_ID);
    assert.deepEqual(
      walkthrough.steps.map((s) => s.title),
      ['Create a design document from a template', 'Read the checklist', 'Draw a saga and play its failure', 'Score an explain-it answer', 'Start a mock interview'],
    );
    for (const step of walkthrough.steps) {
      assert.ok(step.media.svg && fs.existsSync(path.join(extension().extensionPath, step.media.svg)), `${step.id}: image ${step.media.svg}`);
      assert.ok(step.media.altText, `${step.id}: alternative text`);
    }
  });

  it('completes each step by a command the extension registers, and offers that command as the step button', async () => {
    await api();
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const step of walkthroughs()[0].steps) {
      const events = step.completionEvents ?? [];
      assert.equal(events.length, 1, `${step.id}: ${events.join(', ')}`);
      const command = /^onCommand:(.+)$/.exec(events[0])?.[1];
      assert.ok(command && registered.has(command), `${step.id}: ${events[0]} is not a registered command`);
      assert.ok(step.description.includes(`(command:${command})`), `${step.id}: no button that runs ${command}`);
    }
  });

  it('opens on the first activation only', async () => {
    const workbench = await api();
    // This VS Code profile is new, so activation was the first one after install.
    assert.equal(await workbench.walkthrough.openedAtActivation(), true, 'the first activation did not open the walkthrough');
    // What a later activation does: the flag in the global state keeps it closed.
    assert.equal(await workbench.walkthrough.openIfFirstRun(), false, 'the walkthrough opened a second time');
  });
});
