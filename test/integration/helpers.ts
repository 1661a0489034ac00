// Shared by the integration suites: the ids under test, fixture access, and waiting on events (never sleeping).
import * as vscode from 'vscode';
import type { WorkbenchApi } from '../../src/extension/workbench';
import { Commands, DIAGNOSTIC_SOURCE, EXTENSION_ID } from '../../src/shared/ids';

// Ids come from where the extension names them; the suites are bundled with them.
export { EXTENSION_ID, DIAGNOSTIC_SOURCE as SOURCE } from '../../src/shared/ids';
export { ITEM_IDS as CHECKLIST_IDS, ANTIPATTERN_IDS } from '../../src/checklist/schema';
export const RUN_CHECKLIST = Commands.runChecklist;

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`Extension ${EXTENSION_ID} is not loaded in this VS Code`);
  return ext;
}

/** The extension's API, activating it when needed. */
export async function api(): Promise<WorkbenchApi> {
  const ext = extension();
  return (ext.isActive ? ext.exports : await ext.activate()) as WorkbenchApi;
}

export function fixture(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder: the harness opens test/integration/workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixture(name));
  return vscode.window.showTextDocument(doc);
}

/** What a fixture says it must produce: `<!-- expect-findings: id, id -->`. */
export function expectedFindings(doc: vscode.TextDocument): string[] {
  const m = /<!--\s*expect-findings:([^>]*)-->/.exec(doc.getText());
  return m ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : [];
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/**
 * Runs `action` and resolves with our diagnostics for `uri` at the first diagnostics change for it after which
 * `ready` holds (by default: there are findings). Subscribes before acting, so a fast publish is not missed; a late
 * event from an earlier test (a document closing) does not end the wait.
 */
export function diagnosticsAfter(
  uri: vscode.Uri,
  action: () => Thenable<unknown>,
  ready: (found: vscode.Diagnostic[]) => boolean = (found) => found.length > 0,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`No diagnostics change for ${uri.path} within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString()) || !ready(ours(uri))) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(ours(uri));
    });
    Promise.resolve(action()).then(undefined, (err: unknown) => {
      clearTimeout(timer);
      sub.dispose();
      reject(err);
    });
  });
}

/** Resolves once `condition` holds, checking on each of `events` (and at the start); rejects after `timeoutMs`. */
export function until(condition: () => boolean, events: vscode.Event<unknown>[], what: string, timeoutMs = 10_000): Promise<void> {
  if (condition()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (err?: Error) => {
      clearTimeout(timer);
      subs.forEach((s) => s.dispose());
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => done(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    for (const ev of events) subs.push(ev(() => condition() && done()));
  });
}

/**
 * For state VS Code raises no event about (whether an extension is active): check every 50 ms until it holds.
 */
export async function poll(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A team's checklist pack with one item of its own, as a user writes it in .design-workbench/checklists/. */
export const TEAM_PACK = [
  'items:',
  '  - id: idempotency-keys',
  '    title: Idempotency keys',
  '    question: How does a retried request avoid doing the work twice?',
  '    strongAnswer: [Each mutating request carries a key stored with its result.]',
  '    headings: [idempotency]',
  '    topics: [duplicate requests]',
  '    concepts:',
  '      - { id: keys, label: idempotency keys, terms: [idempotency key] }',
  '    advice: Store each request key with its result.',
  '',
].join('\n');
