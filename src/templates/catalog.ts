// The template catalog: the built-ins plus the user's templates, with replacements and errors.
// I/O-free: the caller reads the files and passes their text.
import { builtinTemplateTexts } from './builtin';
import { parseTemplate, type Template, type TemplateError } from './render';

export type TemplateSource = 'built-in' | 'workspace' | 'user';

/** Where a workspace folder keeps its templates (`*.md`), relative to the folder, with '/' separators. */
export const WORKSPACE_TEMPLATES_DIR = '.design-workbench/templates';

/** A user template file as read by the caller. */
export interface TemplateFile {
  readonly file: string;
  readonly text: string;
  /** `workspace`: `.design-workbench/templates` of a workspace folder; `user` (default): a folder from the settings. */
  readonly source?: Exclude<TemplateSource, 'built-in'>;
}

export interface CatalogEntry {
  readonly template: Template;
  readonly source: TemplateSource;
  /** The template's file (built-ins: "built-in/<id>.md"). */
  readonly file: string;
  /** True when this template takes the place of another with the same id (a built-in, or a user-folder template). */
  readonly replaces: boolean;
  /** The template it replaces, when it does. */
  readonly replaced?: { readonly source: TemplateSource; readonly file: string };
}

export interface Catalog {
  /** Built-ins first (in their order, replaced in place), then the others by name. */
  readonly entries: readonly CatalogEntry[];
  /** Invalid or duplicate user templates, left out of `entries`. */
  readonly errors: readonly TemplateError[];
  find(id: string): CatalogEntry | undefined;
}

/** Precedence: a workspace template beats a user-folder template, which beats a built-in. */
const RANK: Readonly<Record<TemplateSource, number>> = { 'built-in': 0, user: 1, workspace: 2 };

let builtins: readonly Template[] | undefined;

/** The built-in templates, parsed once. A broken built-in is a bug, so it throws. */
export function builtinTemplates(): readonly Template[] {
  return (builtins ??= builtinTemplateTexts.map(({ file, text }) => {
    const parsed = parseTemplate(file, text);
    if (!parsed.ok) throw new Error(`invalid built-in template: ${parsed.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('; ')}`);
    return parsed.template;
  }));
}

/**
 * Builds the catalog from the built-ins and `files`. A template whose id is already taken at the
 * same precedence (two workspace files with one id) is reported as an error and left out.
 */
export interface CatalogOptions {
  /**
   * False in an untrusted workspace: the patterns of the workspace's own templates are not run (a regular expression
   * is the one piece of a template that does work of its own), and each template with one says so.
   */
  readonly workspacePatterns?: boolean;
}

export function buildCatalog(files: readonly TemplateFile[] = [], options: CatalogOptions = {}): Catalog {
  const errors: TemplateError[] = [];
  const byId = new Map<string, CatalogEntry>();
  const order: string[] = [];
  for (const template of builtinTemplates()) {
    byId.set(template.id, { template, source: 'built-in', file: template.file, replaces: false });
    order.push(template.id);
  }
  // Lower precedence first, so that a higher one replaces it; file order within one source.
  const sorted = files.map((f, i) => ({ f, i, source: f.source ?? 'user' })).sort((a, b) => RANK[a.source] - RANK[b.source] || a.i - b.i);
  for (const { f, source } of sorted) {
    const parsed = parseTemplate(f.file, f.text);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      continue;
    }
    let template = parsed.template;
    if (source === 'workspace' && options.workspacePatterns === false && template.variables.some((v) => v.pattern !== undefined)) {
      template = { ...template, variables: template.variables.map((v) => ({ ...v, pattern: undefined, message: undefined })) };
      errors.push({ file: f.file, line: idLine(f.text), message: `this workspace is not trusted, so the patterns of template '${template.id}' are not checked; trust the workspace to use them` });
    }
    const existing = byId.get(template.id);
    if (existing && existing.source === source) {
      errors.push({ file: f.file, line: idLine(f.text), message: `template id '${template.id}' is already used by ${existing.file}; this one is ignored` });
      continue;
    }
    if (!existing) order.push(template.id);
    byId.set(template.id, {
      template,
      source,
      file: f.file,
      replaces: !!existing,
      ...(existing ? { replaced: { source: existing.source, file: existing.file } } : {}),
    });
  }
  const builtinCount = builtinTemplates().length;
  const added = order.slice(builtinCount).sort((a, b) => byId.get(a)!.template.name.localeCompare(byId.get(b)!.template.name) || a.localeCompare(b));
  const entries = [...order.slice(0, builtinCount), ...added].map((id) => byId.get(id)!);
  return { entries, errors, find: (id) => byId.get(id) };
}

/** 1-based line of the `id:` key in a template's front matter (1 when not found). */
function idLine(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  const i = lines.findIndex((l) => /^id\s*:/.test(l));
  return i < 0 ? 1 : i + 1;
}
