// Keeps checklist diagnostics current for design documents: on open, while typing (debounced),
// on save; drops late results and results for closed documents.
import * as vscode from 'vscode';
import { publishesProblems } from '../../shared/schemes';
import type { DesignDocument } from '../../shared/document';
import { CONFIG_SECTION, DIAGNOSTIC_SOURCE } from '../../shared/ids';
import { publishFileProblems, readWorkspaceFiles } from '../../shared/vscode/workspace-files';
import { Debouncer } from '../../shared/scheduler';
import { toDiagnostics } from './diagnostics';
import type { ChecklistEngine, ChecklistReport } from '../engine';
import type * as ChecklistBundle from '../bundle';
import { disabledItems, hasDesignFlag, readSettings, type ChecklistSettings } from '../settings';

export interface CheckedDocument {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly doc: DesignDocument;
  readonly report: ChecklistReport;
}

interface Core {
  readonly engine: ChecklistEngine;
  readonly parseDocument: (text: string) => DesignDocument;
}

/** The engine (with the workspace's checklist packs) and the parser, loaded on first use. */
async function buildCore(bundle: typeof ChecklistBundle, problems: vscode.DiagnosticCollection): Promise<Core> {
  const { ChecklistEngine, builtinItems, builtinAntiPatterns, loadPacks, PACK_GLOB, parseDocument } = bundle;
  // Packs keep the reading they had before this adapter: any size, invalid UTF-8 decoded with replacement characters.
  const read = await readWorkspaceFiles(PACK_GLOB, (uri) => uri.toString(), { strictUtf8: false });
  const loaded = loadPacks(builtinItems, read.files);
  publishFileProblems(problems, [...read.problems, ...loaded.problems], read.uris, 'Checklist pack: ');
  return { engine: new ChecklistEngine(loaded.items, builtinAntiPatterns), parseDocument };
}

const OPTED_IN_KEY = 'designWorkbench.checklist.optedIn';

export class LiveChecklist implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('design-workbench');
  private readonly packProblems = vscode.languages.createDiagnosticCollection('design-workbench-packs');
  private core: Promise<Core> | undefined;
  private loaded: Core | undefined;
  private readonly debouncer = new Debouncer<string>();
  private readonly checked = new Map<string, CheckedDocument>();
  private readonly optedIn: Set<string>;
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  private settings!: ChecklistSettings;
  private reportedProblems = '';
  /** The document (a URI string) of a mock interview in exam mode: checked, but nothing is published for it. */
  private hidden: string | undefined;
  /** Fires after a document's findings were published (or cleared). */
  readonly onDidCheck = this.changed.event;

  /** `bundle` loads the engine, its content and the parser (a bundle of its own, read on first use). */
  constructor(
    private readonly state: vscode.Memento,
    private readonly bundle: () => typeof ChecklistBundle,
  ) {
    this.optedIn = new Set(state.get<string[]>(OPTED_IN_KEY, []));
    this.loadSettings();
    // Pack files, and the folder itself (deleting a folder reports no event for the files in it).
    const packs = vscode.workspace.createFileSystemWatcher('**/.design-workbench/checklists/*.{yaml,yml}');
    const packFolder = vscode.workspace.createFileSystemWatcher('**/.design-workbench/checklists', true, true, false);
    this.disposables.push(
      this.collection,
      this.packProblems,
      packs,
      packFolder,
      packs.onDidChange(() => this.reloadPacks()),
      packs.onDidCreate(() => this.reloadPacks()),
      packs.onDidDelete(() => this.reloadPacks()),
      packFolder.onDidDelete(() => this.reloadPacks()),
      this.changed,
      { dispose: () => this.debouncer.dispose() },
      vscode.workspace.onDidOpenTextDocument((d) => this.consider(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.consider(e.document, this.settings.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        // Saving a pack in the editor reloads it even where file events are slow to arrive.
        if (/\/\.design-workbench\/checklists\/[^/]+\.ya?ml$/.test(d.uri.path)) this.reloadPacks();
        else this.consider(d, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${CONFIG_SECTION}.checklist`)) return;
        this.loadSettings();
        for (const d of vscode.workspace.textDocuments) this.consider(d, 0);
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.consider(d, 0);
  }

  /** Hides (or, with undefined, shows again) every verdict on one document: its diagnostics are withdrawn and come back when shown. */
  setHidden(uri: string | undefined): void {
    if (uri === this.hidden) return;
    const before = this.hidden;
    this.hidden = uri;
    for (const key of [before, uri]) {
      if (key === undefined) continue;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (key === uri) this.collection.delete(vscode.Uri.parse(key));
      if (document) this.consider(document, 0);
      else this.changed.fire(vscode.Uri.parse(key));
    }
  }

  /** Whether verdicts on this document are hidden (a mock interview in exam mode). */
  isHidden(uri: vscode.Uri): boolean {
    return this.hidden === uri.toString();
  }

  /** The latest findings for a document, if it was checked. */
  latest(uri: vscode.Uri): CheckedDocument | undefined {
    return this.checked.get(uri.toString());
  }

  isDesignDocument(document: vscode.TextDocument): boolean {
    if (document.languageId !== 'markdown') return false;
    // The `git:` side of a diff, or any other view of text edited elsewhere, gets no second set of findings.
    if (!publishesProblems(document.uri.scheme, (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme))) return false;
    if (this.optedIn.has(document.uri.toString())) return true;
    if (hasDesignFlag(document.getText(new vscode.Range(0, 0, 60, 0)))) return true;
    return this.settings.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  /**
   * Findings that match the document's text as it is now: the latest ones, or a fresh run when the
   * text changed since (providers such as quick fixes must never act on stale findings).
   */
  current(document: vscode.TextDocument): CheckedDocument | undefined {
    const latest = this.latest(document.uri);
    if (latest && latest.version === document.version) return latest;
    if (!latest || !this.loaded) return undefined;
    return this.publish(document, this.loaded.engine, this.loaded.parseDocument);
  }

  /** Opts a document in for live checking (remembered for the workspace) and checks it now. */
  async optIn(document: vscode.TextDocument, remember: boolean): Promise<CheckedDocument | undefined> {
    const key = document.uri.toString();
    if (!this.optedIn.has(key)) {
      this.optedIn.add(key);
      if (remember) await this.state.update(OPTED_IN_KEY, [...this.optedIn]);
    }
    return this.checkNow(document);
  }

  /** Checks the document now, whatever its kind, and publishes the findings. */
  async checkNow(document: vscode.TextDocument): Promise<CheckedDocument | undefined> {
    this.debouncer.cancel(document.uri.toString());
    const { engine, parseDocument } = await this.loadCore();
    if (document.isClosed) return undefined;
    return this.publish(document, engine, parseDocument);
  }

  /** Checks text that is not open in an editor (a workspace run) and publishes its findings. */
  async checkText(uri: vscode.Uri, text: string): Promise<ChecklistReport> {
    const { engine, parseDocument } = await this.loadCore();
    const doc = parseDocument(text);
    const report = engine.run(doc, { disabled: disabledItems(this.settings) });
    this.collection.set(uri, this.isHidden(uri) ? [] : toDiagnostics(doc, report, this.settings));
    this.changed.fire(uri);
    return report;
  }

  /**
   * The checklist's verdict on text, with the workspace's packs and the user's disabled items, as the editor
   * gives it; nothing is published (a mock interview's report uses it).
   */
  async evaluate(text: string): Promise<{ readonly doc: DesignDocument; readonly report: ChecklistReport }> {
    const { engine, parseDocument } = await this.loadCore();
    const doc = parseDocument(text);
    return { doc, report: engine.run(doc, { disabled: disabledItems(this.settings) }) };
  }

  private consider(document: vscode.TextDocument, delay: number): void {
    if (!this.settings.enabled || !this.isDesignDocument(document)) return;
    const key = document.uri.toString();
    this.debouncer.schedule(key, delay, (isCurrent) => {
      void this.loadCore().then(({ engine, parseDocument }) => {
        // A newer edit, a close or a settings change since this run was scheduled makes it stale.
        if (!isCurrent() || document.isClosed) return;
        this.publish(document, engine, parseDocument);
      });
    });
  }

  private publish(document: vscode.TextDocument, engine: ChecklistEngine, parse: (text: string) => DesignDocument): CheckedDocument {
    const doc = parse(document.getText());
    const report = engine.run(doc, { disabled: disabledItems(this.settings) });
    const checked: CheckedDocument = { uri: document.uri, version: document.version, doc, report };
    this.checked.set(document.uri.toString(), checked);
    this.collection.set(document.uri, this.isHidden(document.uri) ? [] : toDiagnostics(doc, report, this.settings));
    this.changed.fire(document.uri);
    return checked;
  }

  private loadCore(): Promise<Core> {
    const pending = (this.core ??= Promise.resolve().then(() => buildCore(this.bundle(), this.packProblems)));
    void pending.then((c) => {
      if (this.core === pending) this.loaded = c;
    });
    return pending;
  }

  /** A pack changed: rebuild the engine and check the open design documents again. */
  reloadPacks(): void {
    this.core = undefined;
    this.loaded = undefined;
    for (const d of vscode.workspace.textDocuments) this.consider(d, 0);
    if (!vscode.workspace.textDocuments.some((d) => this.isDesignDocument(d))) void this.loadCore();
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.debouncer.cancel(key);
    this.checked.delete(key);
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  private loadSettings(): void {
    const config = vscode.workspace.getConfiguration(`${CONFIG_SECTION}.checklist`);
    const { settings, problems } = readSettings({
      enabled: config.get('enabled'),
      include: config.get('include'),
      severity: config.get('severity'),
      antiPatternSeverity: config.get('antiPatternSeverity'),
      debounceMs: config.get('debounceMs'),
    });
    this.settings = settings;
    const text = problems.map((p) => `${p.key}: ${p.message}`).join('; ');
    // Each distinct problem is reported once, not on every reload.
    if (text && text !== this.reportedProblems) void vscode.window.showWarningMessage(`${DIAGNOSTIC_SOURCE} settings: ${text}.`);
    this.reportedProblems = text;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
