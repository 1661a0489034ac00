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
import type { CheckResult } from '../check';
import type { ConfigResult, DocumentConfig } from '../config';
import type * as ChecklistBundle from '../bundle';
import type { FileProblem } from '../../shared/yaml-schema';
import { CONFIG_NAMES } from '../ids';
import { hasDesignFlag, readSettings, type ChecklistSettings } from '../settings';

export interface CheckedDocument {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly doc: DesignDocument;
  readonly report: ChecklistReport;
  /** The findings as reported, with the suppressed ones and their reasons. */
  readonly result: CheckResult;
}

interface Core {
  readonly bundle: typeof ChecklistBundle;
  /** The workspace's `.design-workbench/checklists` packs, read once per reload. */
  readonly packs: readonly { file: string; text: string }[];
  readonly packProblems: readonly FileProblem[];
  readonly packUris: ReadonlyMap<string, vscode.Uri>;
  /** Engines per set of configured pack files (most workspaces have one). */
  readonly engines: Map<string, Promise<{ engine: ChecklistEngine; problems: FileProblem[]; uris: Map<string, vscode.Uri> }>>;
}

/** How one document is checked: its engine and what the configuration file asks of it. */
interface Setup {
  readonly engine: ChecklistEngine;
  readonly config: DocumentConfig;
  /** The configuration's include/exclude verdict; undefined when it sets none. */
  readonly included: boolean | undefined;
}

/** The workspace packs and the parser, loaded on first use. */
async function buildCore(bundle: typeof ChecklistBundle): Promise<Core> {
  // Packs keep the reading they had before this adapter: any size, invalid UTF-8 decoded with replacement characters.
  const read = await readWorkspaceFiles(bundle.PACK_GLOB, (uri) => uri.toString(), { strictUtf8: false });
  return { bundle, packs: read.files, packProblems: read.problems, packUris: read.uris, engines: new Map() };
}

/** The text of a file next to `like` (same scheme and authority), or undefined when it cannot be read. */
async function readSibling(like: vscode.Uri, path: string): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(like.with({ path })));
  } catch {
    return undefined;
  }
}

const packProblem = (p: FileProblem): FileProblem => ({ ...p, message: `Checklist pack: ${p.message}` });

/** Configuration files and their folder, as the watcher sees them. */
const CONFIG_GLOB = `**/{${CONFIG_NAMES.join(',')}}`;

const OPTED_IN_KEY = 'designWorkbench.checklist.optedIn';

export class LiveChecklist implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('design-workbench');
  private readonly packProblems = vscode.languages.createDiagnosticCollection('design-workbench-packs');
  private core: Promise<Core> | undefined;
  /** Per folder path, its configuration (cleared when a configuration file changes). */
  private configs = new Map<string, Promise<ConfigResult>>();
  private readonly configProblems = new Map<string, readonly FileProblem[]>();
  private readonly configUris = new Map<string, vscode.Uri>();
  /** Per document, the setup of its latest check, for synchronous re-checks (quick fixes, hovers). */
  private readonly setups = new Map<string, Setup>();
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
    const configFiles = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    this.disposables.push(
      this.collection,
      this.packProblems,
      packs,
      packFolder,
      configFiles,
      configFiles.onDidChange(() => this.reloadPacks()),
      configFiles.onDidCreate(() => this.reloadPacks()),
      configFiles.onDidDelete(() => this.reloadPacks()),
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
        // Saving a pack or a configuration file (or one it extends) reloads it even where file events are slow.
        if (/\/\.design-workbench\/checklists\/[^/]+\.ya?ml$/.test(d.uri.path) || this.configUris.has(d.uri.toString()) || this.isConfigFile(d.uri)) this.reloadPacks();
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
    // A configuration file's include and exclude globs win over the setting (once the file was read).
    const included = this.setups.get(document.uri.toString())?.included;
    if (included !== undefined) return included;
    return this.settings.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  }

  private isConfigFile(uri: vscode.Uri): boolean {
    return CONFIG_NAMES.some((name) => uri.path.endsWith(`/${name}`));
  }

  /**
   * Findings that match the document's text as it is now: the latest ones, or a fresh run when the
   * text changed since (providers such as quick fixes must never act on stale findings).
   */
  current(document: vscode.TextDocument): CheckedDocument | undefined {
    const latest = this.latest(document.uri);
    if (latest && latest.version === document.version) return latest;
    const setup = this.setups.get(document.uri.toString());
    if (!latest || !setup || !this.loadedBundle) return undefined;
    return this.publish(document, this.loadedBundle, setup);
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
    const core = await this.loadCore();
    const setup = await this.setupFor(core, document.uri);
    if (document.isClosed) return undefined;
    return this.publish(document, core.bundle, setup);
  }

  /** The findings published for a file, as the Problems panel shows them. */
  diagnostics(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  /** Checks text that is not open in an editor (a workspace run) and publishes its findings. */
  async checkText(uri: vscode.Uri, text: string): Promise<ChecklistReport> {
    const core = await this.loadCore();
    const setup = await this.setupFor(core, uri);
    const result = core.bundle.checkDocument(setup.engine, core.bundle.parseDocument(text), setup.config, this.settings);
    this.collection.set(uri, this.isHidden(uri) ? [] : toDiagnostics(result));
    this.changed.fire(uri);
    return result.report;
  }

  /** The configuration file's include/exclude verdict on a file; undefined when no configuration names globs for it. */
  async configVerdict(uri: vscode.Uri): Promise<boolean | undefined> {
    if (!(await this.configExists(uri))) return undefined;
    return (await this.setupFor(await this.loadCore(), uri)).included;
  }

  /**
   * The checklist's verdict on text, with the workspace's packs and the user's disabled items, as the editor
   * gives it; nothing is published (a mock interview's report uses it).
   */
  async evaluate(text: string): Promise<{ readonly doc: DesignDocument; readonly report: ChecklistReport }> {
    const core = await this.loadCore();
    const { engine } = await this.engineFor(core, []);
    const result = core.bundle.checkDocument(engine, core.bundle.parseDocument(text), { severity: {}, outOfScope: new Set() }, this.settings);
    return { doc: result.doc, report: result.report };
  }

  private consider(document: vscode.TextDocument, delay: number): void {
    // A document the include setting misses may still be named by a configuration file: read it first.
    if (!this.settings.enabled || document.languageId !== 'markdown') return;
    const key = document.uri.toString();
    const known = this.setups.has(key);
    if (known && !this.isDesignDocument(document)) return;
    this.debouncer.schedule(key, delay, (isCurrent) => {
      void (async () => {
        if (!known && !this.isDesignDocument(document) && !(await this.configExists(document.uri))) return;
        const core = await this.loadCore();
        const setup = await this.setupFor(core, document.uri);
        // A newer edit, a close or a settings change since this run was scheduled makes it stale.
        if (!isCurrent() || document.isClosed) return;
        this.setups.set(key, setup);
        if (!this.isDesignDocument(document)) {
          if (this.checked.has(key)) this.forget(document.uri);
          return;
        }
        this.publish(document, core.bundle, setup);
      })();
    });
  }

  private publish(document: vscode.TextDocument, bundle: typeof ChecklistBundle, setup: Setup): CheckedDocument {
    const result = bundle.checkDocument(setup.engine, bundle.parseDocument(document.getText()), setup.config, this.settings);
    const checked: CheckedDocument = { uri: document.uri, version: document.version, doc: result.doc, report: result.report, result };
    this.checked.set(document.uri.toString(), checked);
    this.setups.set(document.uri.toString(), setup);
    this.collection.set(document.uri, this.isHidden(document.uri) ? [] : toDiagnostics(result));
    this.changed.fire(document.uri);
    return checked;
  }

  private loadedBundle: typeof ChecklistBundle | undefined;

  private loadCore(): Promise<Core> {
    const pending = (this.core ??= Promise.resolve().then(() => buildCore(this.bundle())));
    void pending.then(async (c) => {
      if (this.core !== pending) return;
      this.loadedBundle = c.bundle;
      // The workspace's own packs are reported as soon as they are read, whatever document opens next.
      const built = await this.engineFor(c, []);
      if (this.core === pending) this.showProblems('', built.problems.map(packProblem), built.uris);
    });
    return pending;
  }

  /** The engine for the workspace packs plus `extra` pack files (absolute paths next to `like`). */
  private engineFor(core: Core, extra: readonly vscode.Uri[]): Promise<{ engine: ChecklistEngine; problems: FileProblem[]; uris: Map<string, vscode.Uri> }> {
    const key = extra.map((u) => u.toString()).join('\n');
    let pending = core.engines.get(key);
    if (!pending) {
      pending = (async () => {
        const uris = new Map(core.packUris);
        const files = [...core.packs];
        const problems: FileProblem[] = [...core.packProblems];
        for (const uri of extra) {
          const file = uri.toString();
          uris.set(file, uri);
          const text = await readSibling(uri, uri.path);
          if (text === undefined) problems.push({ file, line: 0, message: 'the configuration names this pack, but it cannot be read' });
          else if (!files.some((f) => f.file === file)) files.push({ file, text });
        }
        const built = core.bundle.engineWithPacks(files);
        return { engine: built.engine, problems: [...problems, ...built.problems], uris };
      })();
      core.engines.set(key, pending);
    }
    return pending;
  }

  /** The configuration file for a document (nearest one up to its workspace folder), its engine, and their problems published. */
  private async setupFor(core: Core, uri: vscode.Uri): Promise<Setup> {
    const { bundle } = core;
    const noConfig = async (): Promise<Setup> => ({ engine: (await this.engineFor(core, [])).engine, config: { severity: {}, outOfScope: new Set() }, included: undefined });
    if (uri.scheme === 'untitled') return noConfig();
    const folder = uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
    let pending = this.configs.get(folder);
    if (!pending) {
      pending = bundle.loadConfig(folder, root, (path) => readSibling(uri, path));
      this.configs.set(folder, pending);
    }
    const { config, problems, files } = await pending;
    for (const file of files) this.configUris.set(uri.with({ path: file }).toString(), uri.with({ path: file }));
    const asUri = (p: FileProblem): FileProblem => ({ ...p, file: uri.with({ path: p.file }).toString(), message: `Configuration: ${p.message}` });
    if (!config) {
      this.showProblems(folder, problems.map(asUri), new Map());
      return noConfig();
    }
    const built = await this.engineFor(core, config.packs.map((p) => uri.with({ path: p })));
    const unknown = bundle.unknownIds(config, bundle.knownIds(built.engine));
    this.showProblems(folder, [...[...problems, ...unknown].map(asUri), ...built.problems.map(packProblem)], built.uris);
    return { engine: built.engine, config: bundle.documentConfig(config, uri.path), included: bundle.includes(config, uri.path) };
  }

  /** Publishes, for one folder's configuration, its problems (files named by URI) with the other folders'. */
  private showProblems(key: string, problems: readonly FileProblem[], uris: ReadonlyMap<string, vscode.Uri>): void {
    this.configProblems.set(key, problems);
    for (const [file, uri] of uris) this.configUris.set(file, uri);
    const all = new Map<string, FileProblem>();
    for (const list of this.configProblems.values()) for (const p of list) all.set(`${p.file}:${p.line}:${p.message}`, p);
    publishFileProblems(this.packProblems, [...all.values()], this.configUris, '');
  }

  /** Whether a configuration file stands in the document's folder or above, up to its workspace folder (no bundle needed). */
  private configExists(uri: vscode.Uri): Promise<boolean> {
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri.path;
    const look = async (folder: string): Promise<boolean> => {
      for (const name of CONFIG_NAMES) {
        try {
          await vscode.workspace.fs.stat(uri.with({ path: `${folder === '/' ? '' : folder}/${name}` }));
          return true;
        } catch {
          // Not in this folder.
        }
      }
      const up = folder.slice(0, folder.lastIndexOf('/')) || '/';
      return folder !== root && up !== folder && (root === undefined || up.startsWith(root)) ? this.configExistsIn(up, look) : false;
    };
    return this.configExistsIn(uri.path.slice(0, uri.path.lastIndexOf('/')) || '/', look);
  }

  private readonly existence = new Map<string, Promise<boolean>>();
  private configExistsIn(folder: string, look: (folder: string) => Promise<boolean>): Promise<boolean> {
    let found = this.existence.get(folder);
    if (!found) {
      found = look(folder);
      this.existence.set(folder, found);
    }
    return found;
  }

  /** A pack or a configuration file changed: rebuild the engines and check the open design documents again. */
  reloadPacks(): void {
    this.core = undefined;
    this.loadedBundle = undefined;
    this.configs = new Map();
    this.configProblems.clear();
    this.existence.clear();
    this.setups.clear();
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
    if (text && text !== this.reportedProblems) void vscode.window.showWarningMessage(vscode.l10n.t('{0} settings: {1}.', DIAGNOSTIC_SOURCE, text));
    this.reportedProblems = text;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
