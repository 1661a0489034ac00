// "New Design Document": the VS Code adapter over the template core. It reads templates with workspace.fs
// (virtual file systems too), asks for a template, its values and a file name, and writes the document
// without ever replacing a file. One flow serves the prompts and the test hook; only the answers differ.
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { CONFIG_SECTION, Commands } from '../../shared/ids';
import {
  WORKSPACE_TEMPLATES_DIR,
  buildCatalog,
  freeFileNameAsync,
  renderTemplate,
  validateValue,
  type Catalog,
  type CatalogEntry,
  type Template,
  type TemplateError,
  type TemplateFile,
  type TemplateVariable,
} from '../index';
import { Refusal, errorText } from '../../shared/errors';
import { MEGABYTE, readTextFile } from '../../shared/vscode/workspace-files';

const SETTINGS = `${CONFIG_SECTION}.templates`;
const TITLE = 'New Design Document';
const MAX_TEMPLATE_BYTES = MEGABYTE;

// ---------------------------------------------------------------------------------------------
// The test hook: an argument object instead of prompts.

const requestSchema = z.strictObject({
  templateId: z.string().check(z.minLength(1, 'must name a template')),
  values: z.optional(z.record(z.string(), z.string())),
  fileName: z.optional(z.string()),
  folder: z.optional(z.custom<vscode.Uri>((v) => v instanceof vscode.Uri, 'must be a vscode.Uri')),
  onExists: z.optional(z.enum(['free-name', 'cancel'])),
});

/**
 * Runs the command without any prompt: `values` fill the variables (the others keep their defaults),
 * `fileName` replaces the suggested name, `folder` the target folder, and an existing file is either
 * avoided with a free name (`onExists: 'free-name'`) or ends the run (`'cancel'`, the default).
 * The command then returns the Uri written, or undefined when it was cancelled; problems reject it.
 */
export type NewDocumentRequest = z.input<typeof requestSchema>;
type Request = z.output<typeof requestSchema>;

/** A problem the user (or the hook's caller) can fix: shown as a message, or thrown back to the hook. */

// ---------------------------------------------------------------------------------------------
// Settings, read through zod: an invalid value is reported once and its default used.

interface TemplateSettings {
  /** Relative to the first workspace folder, or absolute; '' = the workspace folder itself. */
  readonly outputFolder: string;
  readonly folders: readonly string[];
}

const OUTPUT_FOLDER = z.string();
const FOLDERS = z.array(z.string().check(z.trim(), z.minLength(1, 'must not be empty')));

// ---------------------------------------------------------------------------------------------
// The questions, asked either by prompts or answered by the hook.

type WhenExists = 'free' | 'rename' | undefined;

interface Answers {
  /** Templates left out and the reason; the flow goes on with the others. */
  warnTemplates(problems: readonly TemplateError[], files: ReadonlyMap<string, vscode.Uri>): void;
  warnSetting(key: string, value: unknown, message: string): void;
  template(catalog: Catalog, problems: readonly TemplateError[]): Promise<CatalogEntry | undefined>;
  values(template: Template): Promise<Record<string, string> | undefined>;
  fileName(suggestion: string, folder: vscode.Uri): Promise<string | undefined>;
  whenExists(name: string, free: string, folder: vscode.Uri): Promise<WhenExists>;
}

export class TemplateCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];
  /** Settings problems already shown, by key and value, so that each is reported once. */
  private readonly reported = new Set<string>();

  /** The command itself is registered by the Workbench, which loads this module on first use. */
  constructor() {
    this.disposables = [
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTINGS)) this.reported.clear();
      }),
    ];
  }

  /** From the palette (no argument), the Explorer (the folder's Uri) or the test hook (a request object). */
  async newDesignDocument(arg: unknown): Promise<vscode.Uri | undefined> {
    if (arg === undefined || arg instanceof vscode.Uri) {
      try {
        return await this.create(new Prompts((key, value, message) => this.reportOnce(key, value, message)), arg);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: {0}', e instanceof Refusal ? e.message : vscode.l10n.t('could not create the design document: {0}', errorText(e))));
        return undefined;
      }
    }
    const parsed = requestSchema.safeParse(arg);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ');
      throw new Error(`${Commands.newDesignDocument}: expected a Uri or { templateId, values?, fileName?, folder?, onExists? }; ${problems}`);
    }
    return this.create(new Scripted(parsed.data), parsed.data.folder);
  }

  private async create(answers: Answers, explicitFolder: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const settings = readSettings(answers);
    const folder = await targetFolder(explicitFolder, settings.outputFolder);
    if (!folder) throw new Refusal('open a folder first: a new design document is written into a workspace folder, or into the folder you right-click in the Explorer.');

    const { catalog, problems, files } = await loadCatalog(settings.folders, answers);
    answers.warnTemplates(problems, files);
    const entry = await answers.template(catalog, problems);
    if (!entry) return undefined;
    const template = entry.template;
    const given = await answers.values(template);
    if (!given) return undefined;
    const rendered = renderTemplate(template, given, { workspace: vscode.workspace.getWorkspaceFolder(folder)?.name ?? vscode.workspace.name ?? '' });
    if (!rendered.ok) {
      throw new Refusal(`cannot fill in the template '${template.id}': ${rendered.problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`);
    }

    let name = await answers.fileName(rendered.fileName, folder);
    for (;;) {
      if (name === undefined) return undefined;
      if (!(await exists(vscode.Uri.joinPath(folder, name)))) break;
      const free = await freeFileNameAsync(name, (candidate) => exists(vscode.Uri.joinPath(folder, candidate)));
      const choice = await answers.whenExists(name, free, folder);
      if (choice === 'free') name = free;
      else if (choice === 'rename') name = await answers.fileName(free, folder);
      else return undefined;
    }

    const target = vscode.Uri.joinPath(folder, name);
    await writeNewFile(target, new TextEncoder().encode(rendered.text));
    await vscode.window.showTextDocument(target, { preview: false });
    return target;
  }

  private reportOnce(key: string, value: unknown, message: string): void {
    const id = `${key}=${JSON.stringify(value)}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: setting {0}: {1}', key, message), vscode.l10n.t('Open Settings')).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', key);
    });
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/**
 * The catalog and output folder as the command sees them, without prompts (settings problems are left to the
 * command): mock interviews scaffold their document from this catalog's explain-it template.
 */
export async function templateSetup(): Promise<{ readonly catalog: Catalog; readonly outputFolder: string }> {
  const quiet = { warnSetting: () => undefined };
  const settings = readSettings(quiet);
  return { catalog: (await loadCatalog(settings.folders, quiet)).catalog, outputFolder: settings.outputFolder };
}

// ---------------------------------------------------------------------------------------------
// Answers from prompts.

interface Choice<T> extends vscode.QuickPickItem {
  readonly answer: T;
}

class Prompts implements Answers {
  /** The title of the steps after the template is chosen: "New Design Document: Saga design (2/4)". */
  private steps = { name: '', total: 1 };

  constructor(readonly warnSetting: Answers['warnSetting']) {}

  warnTemplates(problems: readonly TemplateError[], files: ReadonlyMap<string, vscode.Uri>): void {
    if (!problems.length) return;
    const [first] = problems;
    const count = new Set(problems.map((p) => p.file)).size;
    const where = count === 1 ? `template ${first.file} left out: line ${first.line}` : `${count} templates left out: ${first.file}, line ${first.line}`;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    const message = `Design Workbench: ${where}: ${first.message.replace(/\.$/, '')}${more}. The other templates still work.`;
    void vscode.window.showWarningMessage(message, vscode.l10n.t('Show')).then(async (choice) => {
      if (!choice) return;
      const problem =
        problems.length === 1
          ? first
          : (await vscode.window.showQuickPick(
            problems.map((p): Choice<TemplateError> => ({ label: `${p.file}:${p.line}`, detail: p.message, answer: p })),
            { title: vscode.l10n.t('Templates left out'), placeHolder: vscode.l10n.t('Open a template at its problem') },
          ))?.answer;
      const uri = problem && files.get(problem.file);
      if (!uri) return;
      const at = new vscode.Position(Math.max(0, problem.line - 1), 0);
      // A folder that cannot be read is shown in the Explorer instead.
      await vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at), preview: false }).then(undefined, () => vscode.commands.executeCommand('revealInExplorer', uri));
    });
  }

  async template(catalog: Catalog): Promise<CatalogEntry | undefined> {
    const items = catalog.entries.map((entry): Choice<CatalogEntry> => ({
      label: entry.template.name,
      description: entry.replaced ? `${entry.source} · replaces ${entry.replaced.source}` : entry.source,
      detail: entry.template.description,
      answer: entry,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: TITLE,
      placeHolder: vscode.l10n.t('Choose a template'),
      matchOnDescription: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
    });
    return picked?.answer;
  }

  async values(template: Template): Promise<Record<string, string> | undefined> {
    const values: Record<string, string> = {};
    this.steps = { name: template.name, total: template.variables.length + 1 };
    for (const [i, variable] of template.variables.entries()) {
      const value = await vscode.window.showInputBox({
        title: this.title(i + 1),
        prompt: variable.required ? variable.prompt : vscode.l10n.t('{0} (optional)', variable.prompt),
        value: variable.default ?? '',
        ignoreFocusOut: true,
        validateInput: (text) => valueProblem(variable, text),
      });
      if (value === undefined) return undefined;
      values[variable.name] = value;
    }
    return values;
  }

  async fileName(suggestion: string, folder: vscode.Uri): Promise<string | undefined> {
    const stem = suggestion.replace(/\.md$/i, '').length;
    const name = await vscode.window.showInputBox({
      title: this.title(this.steps.total),
      prompt: vscode.l10n.t('The new document, in {0}', displayPath(folder)),
      value: suggestion,
      valueSelection: [0, stem],
      ignoreFocusOut: true,
      validateInput: fileNameProblem,
    });
    return name === undefined ? undefined : markdownName(name);
  }

  private title(step: number): string {
    return `${TITLE}: ${this.steps.name} (${step}/${this.steps.total})`;
  }

  async whenExists(name: string, free: string, folder: vscode.Uri): Promise<WhenExists> {
    const items: Choice<WhenExists>[] = [
      { label: `Use ${free}`, answer: 'free' },
      { label: 'Choose another name…', answer: 'rename' },
      { label: 'Cancel', answer: undefined },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('{0} already exists in {1}', name, displayPath(folder)),
      placeHolder: vscode.l10n.t('It will not be changed. Write the new document under another name?'),
      ignoreFocusOut: true,
    });
    return picked?.answer;
  }
}

/** An input box's message for a value (undefined: acceptable). */
function valueProblem(variable: TemplateVariable, text: string): string | undefined {
  const problem = validateValue(variable, text);
  return problem === undefined || problem === variable.message ? problem : `The value ${problem}.`;
}

// ---------------------------------------------------------------------------------------------
// Answers from the test hook: nothing is shown; problems are thrown back to the caller.

class Scripted implements Answers {
  constructor(private readonly request: Request) {}

  warnTemplates(): void {
    // Reported through template() when the caller asks for a template that was left out.
  }

  warnSetting(): void {
    // The default is used; the prompts report the setting on the next interactive run.
  }

  async template(catalog: Catalog, problems: readonly TemplateError[]): Promise<CatalogEntry> {
    const entry = catalog.find(this.request.templateId);
    if (entry) return entry;
    const leftOut = problems.length ? ` Left out: ${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')}` : '';
    throw new Refusal(`unknown template '${this.request.templateId}'. Templates: ${catalog.entries.map((e) => e.template.id).join(', ')}.${leftOut}`);
  }

  async values(): Promise<Record<string, string>> {
    return { ...this.request.values };
  }

  async fileName(suggestion: string): Promise<string> {
    const name = this.request.fileName ?? suggestion;
    const problem = fileNameProblem(name);
    if (problem) throw new Refusal(`fileName '${name}': ${problem}`);
    return markdownName(name);
  }

  async whenExists(): Promise<WhenExists> {
    return this.request.onExists === 'free-name' ? 'free' : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Settings and folders.

function readSettings(answers: Pick<Answers, 'warnSetting'>): TemplateSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS, vscode.workspace.workspaceFolders?.[0]?.uri);
  const read = <T>(key: string, schema: z.ZodMiniType<T>, fallback: T, expected: string): T => {
    const raw = config.get<unknown>(key);
    if (raw === undefined || raw === null) return fallback;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    answers.warnSetting(`${SETTINGS}.${key}`, raw, `expected ${expected}; the default is used`);
    return fallback;
  };
  return {
    outputFolder: read('outputFolder', OUTPUT_FOLDER, '', 'a folder path relative to the workspace folder, such as "docs/design"').trim(),
    folders: read('folders', FOLDERS, [], 'a list of folder paths, absolute or relative to the workspace folder, such as ["design/templates"]'),
  };
}

const URI_LIKE = /^[A-Za-z][A-Za-z0-9+.-]+:\/\//;
const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;

/** A folder from a setting: a URI, an absolute path, or a path relative to `base`. */
function resolvePath(path: string, base: vscode.Uri | undefined): vscode.Uri | undefined {
  if (URI_LIKE.test(path)) return vscode.Uri.parse(path);
  if (ABSOLUTE.test(path)) return vscode.Uri.file(path);
  return base && vscode.Uri.joinPath(base, ...path.split(/[\\/]+/).filter(Boolean));
}

/** The Explorer's folder (a file's own folder), else the setting, else the first workspace folder. */
export async function targetFolder(explicit: vscode.Uri | undefined, outputFolder: string): Promise<vscode.Uri | undefined> {
  if (explicit) return (await isFile(explicit)) ? vscode.Uri.joinPath(explicit, '..') : explicit;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return (outputFolder ? resolvePath(outputFolder, root) : undefined) ?? root;
}

interface LoadedCatalog {
  readonly catalog: Catalog;
  /** Templates that could not be read or are invalid. */
  readonly problems: readonly TemplateError[];
  /** Where each file named in a problem is, for "Show". */
  readonly files: ReadonlyMap<string, vscode.Uri>;
}

/** The built-ins, `.design-workbench/templates` of every workspace folder, and the folders of the setting. */
async function loadCatalog(settingFolders: readonly string[], answers: Pick<Answers, 'warnSetting'>): Promise<LoadedCatalog> {
  const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
  const templatesDir = WORKSPACE_TEMPLATES_DIR.split('/');
  const reads: Promise<FolderRead>[] = workspaceFolders.map((f) => readTemplateFolder(vscode.Uri.joinPath(f.uri, ...templatesDir), 'workspace'));
  const userReads = settingFolders.map(async (path) => {
    const relative = !URI_LIKE.test(path) && !ABSOLUTE.test(path);
    const candidates = relative ? workspaceFolders.map((f) => resolvePath(path, f.uri)!) : [resolvePath(path, undefined)!];
    const results = await Promise.all(candidates.map((dir) => readTemplateFolder(dir, 'user')));
    if (!results.some((r) => r.found)) {
      answers.warnSetting(`${SETTINGS}.folders`, path, `the folder '${path}' was not found${relative ? ' in any workspace folder' : ''}; its templates are left out`);
    }
    return results;
  });
  const read = [...(await Promise.all(reads)), ...(await Promise.all(userReads)).flat()];
  const files = new Map<string, vscode.Uri>();
  const templateFiles: TemplateFile[] = [];
  const problems: TemplateError[] = [];
  for (const r of read) {
    for (const [file, uri] of r.uris) files.set(file, uri);
    templateFiles.push(...r.files);
    problems.push(...r.problems);
  }
  const catalog = buildCatalog(templateFiles, { workspacePatterns: vscode.workspace.isTrusted });
  problems.push(...catalog.errors);
  return { catalog, problems, files };
}

interface FolderRead {
  readonly found: boolean;
  readonly files: readonly TemplateFile[];
  readonly problems: readonly TemplateError[];
  readonly uris: ReadonlyMap<string, vscode.Uri>;
}

/** Every `*.md` of one folder, as text; a missing folder is not a problem (its caller decides). */
async function readTemplateFolder(dir: vscode.Uri, source: 'workspace' | 'user'): Promise<FolderRead> {
  const uris = new Map<string, vscode.Uri>([[displayPath(dir), dir]]);
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch (e) {
    if (isNotFound(e)) return { found: false, files: [], problems: [], uris };
    return { found: true, files: [], problems: [{ file: displayPath(dir), line: 1, message: `cannot read this templates folder (${errorText(e)})` }], uris };
  }
  const names = entries.filter(([n, type]) => (type & vscode.FileType.File) !== 0 && n.toLowerCase().endsWith('.md')).map(([n]) => n).sort();
  const read = await Promise.all(
    names.map(async (n): Promise<TemplateFile | TemplateError> => {
      const uri = vscode.Uri.joinPath(dir, n);
      const file = displayPath(uri);
      uris.set(file, uri);
      try {
        const read = await readTextFile(uri, { maxBytes: MAX_TEMPLATE_BYTES, tooLarge: 'too large for a template (over 1 MB)' });
        return read.ok ? { file, text: read.text, source } : { file, line: 1, message: read.message };
      } catch (e) {
        return { file, line: 1, message: `cannot read this template (${errorText(e)})` };
      }
    }),
  );
  return {
    found: true,
    files: read.filter((r): r is TemplateFile => 'text' in r),
    problems: read.filter((r): r is TemplateError => 'line' in r),
    uris,
  };
}

// ---------------------------------------------------------------------------------------------
// Files.

/** Writes the whole buffer once into a file that did not exist; on failure nothing of it is left. */
export async function writeNewFile(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  if (await exists(target)) throw new Refusal(`${displayPath(target)} appeared meanwhile; it was not changed.`);
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (e) {
    await removeOwnPartial(target, bytes);
    throw new Refusal(`could not write ${displayPath(target)} (${errorText(e)}); nothing was written.`);
  }
}

/** Deletes `target` only when what is there is a prefix of what we wrote: ours, never the user's. */
async function removeOwnPartial(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  try {
    const there = await vscode.workspace.fs.readFile(target);
    if (there.byteLength <= bytes.byteLength && there.every((b, i) => b === bytes[i])) await vscode.workspace.fs.delete(target, { useTrash: false });
  } catch {
    // Nothing there (the usual case) or not readable: leave it as it is.
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.File) !== 0;
  } catch {
    return false;
  }
}

export function isNotFound(e: unknown): boolean {
  return e instanceof vscode.FileSystemError ? e.code === 'FileNotFound' : (e as { code?: unknown } | undefined)?.code === 'ENOENT';
}

/** Why `name` cannot be the new document's name (undefined: it can). `.md` is added when missing. */
function fileNameProblem(name: string): string | undefined {
  const n = name.trim();
  if (!n || /^\.*$/.test(markdownName(n).slice(0, -3))) return 'Enter a file name, such as checkout-design.md';
  if (/[\\/]/.test(n)) return 'Enter a name without folders: the folder is the one you right-clicked, or the setting designWorkbench.templates.outputFolder';
  if ([...n].some((ch) => ch.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(ch))) return 'A file name cannot hold < > : " | ? * or control characters';
  return undefined;
}

function markdownName(name: string): string {
  const n = name.trim();
  return /\.md$/i.test(n) ? n : `${n}.md`;
}

function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

