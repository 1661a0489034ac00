// The getting-started walkthrough opens by itself once, on the first activation after install: a flag in the
// global state (shared by every window) says it was offered, so later activations leave it to the Welcome page.
import * as vscode from 'vscode';
import { EXTENSION_ID, WALKTHROUGH_ID, WALKTHROUGH_SHOWN_KEY } from '../shared/ids';

/** Opens the walkthrough unless it was offered before; true when this call opened it. */
export async function openWalkthroughOnFirstRun(state: vscode.Memento): Promise<boolean> {
  if (state.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return false;
  // Set before opening, so that a second window activating meanwhile does not open it too.
  await state.update(WALKTHROUGH_SHOWN_KEY, true);
  // Inactive: a tab beside the document whose opening activated us, which stays the active editor.
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${WALKTHROUGH_ID}`, { inactive: true });
  return true;
}
