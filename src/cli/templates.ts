// The template commands of the CLI:
//   design-workbench templates [--format text|json] [--templates-dir <dir>]...
//   design-workbench new <template-id> <out.md> [--set name=value]... [--force] [--templates-dir <dir>]...
import { chmodSync, existsSync, linkSync, lstatSync, readdirSync, readlinkSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKSPACE_TEMPLATES_DIR, buildCatalog, type Catalog, type CatalogEntry, type TemplateFile } from '../templates/catalog';
import { freeFileName, renderTemplate, type Template } from '../templates/render';
import type { Io } from './io';
import { tempBeside } from './output';
import { Refusal } from '../shared/errors';

/** What the template commands need beyond reading: optional on `Io` so that older callers keep working. */
export interface FileIo {
  /** True for any entry by that name, a dangling symbolic link included (the name is taken). */
  readonly exists: (path: string) => boolean;
  /** Creates the file; fails if it exists. */
  readonly writeNewFile: (path: string, text: string) => void;
  /**
   * Moves `from` to `to`; unless `overwrite`, fails with code EEXIST when `to` exists (never replacing it). Replacing
   * keeps the replaced file's permissions.
   */
  readonly rename: (from: string, to: string, overwrite: boolean) => void;
  readonly remove: (path: string) => void;
  /** File names in a folder. */
  readonly listDir: (path: string) => string[];
  readonly cwd: () => string;
  readonly now: () => Date;
}

export type TemplatesIo = Io & Partial<FileIo>;

const errno = (code: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

/** True when `path` names anything, a symbolic link to nothing included. */
function taken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The target of a symbolic link that points to nothing; undefined for anything else. */
export function danglingTarget(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink() || existsSync(path)) return undefined;
    return readlinkSync(path);
  } catch {
    return undefined;
  }
}

/** The permission bits of the file `to` names (through a link), given to `from` before it replaces `to`. */
function keepMode(from: string, to: string): void {
  let mode: number;
  try {
    mode = statSync(to).mode & 0o7777;
  } catch {
    return; // nothing there to take the mode from (or a link to nothing): the new file keeps the default
  }
  chmodSync(from, mode);
}

export const nodeFileIo = (): FileIo => ({
  exists: taken,
  writeNewFile: (p, text) => writeFileSync(p, text, { encoding: 'utf8', flag: 'wx' }),
  rename: (from, to, overwrite) => {
    if (overwrite) {
      keepMode(from, to);
      return renameSync(from, to);
    }
    // A hard link fails atomically when the target exists, so a file created meanwhile is never replaced.
    try {
      linkSync(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw e;
      // File systems without hard links: check, then rename (a small window, but no partial file).
      if (taken(to)) throw errno('EEXIST', `${to} exists`);
      return renameSync(from, to);
    }
    unlinkSync(from);
  },
  remove: (p) => unlinkSync(p),
  listDir: (p) => readdirSync(p),
  cwd: () => process.cwd(),
  now: () => new Date(),
});

export const TEMPLATES_HELP = `  design-workbench templates [--format text|json] [--templates-dir <dir>]...
  design-workbench new <template-id> <out.md> [--set name=value]... [--force] [--templates-dir <dir>]...`;

export const TEMPLATES_OPTIONS = `  --set name=value     new: a template variable (repeat for several)
  --force              new: replace <out.md> if it exists
  --templates-dir <d>  templates, new: also read user templates (*.md) from this folder;
                       .design-workbench/templates in the current folder is always read`;


/** Runs `templates` or `new`; returns the exit code (0 success, 2 usage error or refusal). */
export function templatesMain(command: 'templates' | 'new', argv: readonly string[], io: TemplatesIo): number {
  const fs: FileIo = { ...nodeFileIo(), ...definedOnly(io) };
  try {
    return command === 'templates' ? listCommand(argv, io, fs) : newCommand(argv, io, fs);
  } catch (e) {
    if (e instanceof Refusal) {
      io.err(`design-workbench: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

function definedOnly(io: TemplatesIo): Partial<FileIo> {
  const keys: (keyof FileIo)[] = ['exists', 'writeNewFile', 'rename', 'remove', 'listDir', 'cwd', 'now'];
  return Object.fromEntries(keys.filter((k) => io[k] !== undefined).map((k) => [k, io[k]]));
}

function parsed<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new Refusal(`${command}: ${(e as Error).message}. Run 'design-workbench --help'.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the catalog.

function loadCatalog(dirs: readonly string[], io: Io, fs: FileIo): Catalog {
  const files: TemplateFile[] = [];
  const read = (dir: string, source: 'workspace' | 'user', required: boolean): void => {
    let names: string[];
    try {
      names = fs.listDir(dir);
    } catch (e) {
      if (!required && (e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new Refusal(`${dir}: cannot read the templates folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    for (const name of names.filter((n) => n.toLowerCase().endsWith('.md')).sort()) {
      const file = join(dir, name);
      const text = readTemplate(file, io);
      if (text !== undefined) files.push({ file, text, source });
    }
  };
  read(join(fs.cwd(), ...WORKSPACE_TEMPLATES_DIR.split('/')), 'workspace', false);
  for (const dir of dirs) read(dir, 'user', true);
  const catalog = buildCatalog(files);
  for (const e of catalog.errors) io.err(`${e.file}:${e.line}: ${e.message} (template left out)`);
  return catalog;
}

const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** A template file's text, or undefined (with a message) when it cannot be used. */
function readTemplate(file: string, io: Io): string | undefined {
  let data: Buffer;
  try {
    if (!io.isFile(file)) return undefined;
    data = io.readFile(file);
  } catch (e) {
    io.err(`${file}: cannot read this template (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); it is left out`);
    return undefined;
  }
  if (data.length > MAX_TEMPLATE_BYTES) {
    io.err(`${file}: too large for a template (over 1 MB); it is left out`);
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    io.err(`${file}: not valid UTF-8 text; save it as UTF-8 (template left out)`);
    return undefined;
  }
}

function sourceLabel(entry: CatalogEntry): string {
  return entry.replaces && entry.replaced ? `${entry.source} (replaces ${entry.replaced.source})` : entry.source;
}

// ---------------------------------------------------------------------------------------------
// design-workbench templates

function listCommand(argv: readonly string[], io: Io, fs: FileIo): number {
  const { values, positionals } = parsed('templates', () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'templates-dir': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (values.help) {
    io.out(`Usage:\n${TEMPLATES_HELP}\n\nOptions:\n${TEMPLATES_OPTIONS}`);
    return 0;
  }
  if (positionals.length) throw new Refusal(`'templates' takes no arguments, got '${positionals[0]}'`);
  if (values.format !== 'text' && values.format !== 'json') throw new Refusal(`--format must be 'text' or 'json', got '${values.format}'`);
  const catalog = loadCatalog(values['templates-dir'] ?? [], io, fs);
  if (values.format === 'json') {
    io.out(
      JSON.stringify(
        catalog.entries.map((e) => ({
          id: e.template.id,
          name: e.template.name,
          description: e.template.description,
          source: e.source,
          file: e.file,
          replaces: e.replaces,
          variables: e.template.variables.map((v) => ({ name: v.name, prompt: v.prompt, required: v.required, default: v.default ?? null, pattern: v.pattern ?? null })),
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  const rows = [['ID', 'NAME', 'SOURCE'], ...catalog.entries.map((e) => [e.template.id, e.template.name, sourceLabel(e)])];
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c].length)));
  io.out(rows.map((r) => `${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2]}`).join('\n'));
  return 0;
}

// ---------------------------------------------------------------------------------------------
// design-workbench new

function newCommand(argv: readonly string[], io: Io, fs: FileIo): number {
  const { values, positionals } = parsed('new', () =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        set: { type: 'string', multiple: true },
        force: { type: 'boolean' },
        'templates-dir': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    }),
  );
  if (values.help) {
    io.out(`Usage:\n${TEMPLATES_HELP}\n\nOptions:\n${TEMPLATES_OPTIONS}`);
    return 0;
  }
  const catalog = loadCatalog(values['templates-dir'] ?? [], io, fs);
  const ids = catalog.entries.map((e) => e.template.id);
  const [id, out, ...rest] = positionals;
  if (!id) throw new Refusal(`'new' needs a template id and an output file. Templates: ${ids.join(', ')}`);
  const entry = catalog.find(id);
  if (!entry) throw new Refusal(`unknown template '${id}'. Templates: ${ids.join(', ')}`);
  const template = entry.template;

  const given: Record<string, string> = Object.create(null);
  for (const pair of values.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Refusal(`--set expects name=value, got '${pair}'.\n${variablesHelp(template)}`);
    given[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  if (!out) {
    const suggestion = renderTemplate(template, given, { workspace: basename(fs.cwd()), now: fs.now });
    const example = suggestion.ok ? suggestion.fileName : `${id}.md`;
    throw new Refusal(`'new' needs an output file, for example: design-workbench new ${id} ${example}`);
  }
  if (rest.length) throw new Refusal(`'new' takes one template id and one output file; unexpected '${rest[0]}'`);

  const rendered = renderTemplate(template, given, { workspace: basename(fs.cwd()), now: fs.now });
  if (!rendered.ok) {
    const problems = rendered.problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n');
    throw new Refusal(`cannot fill in template '${id}':\n${problems}\n${variablesHelp(template)}`);
  }

  const force = values.force === true;
  const refuse = (): never => {
    const free = freeFileName(out, fs.exists);
    const target = danglingTarget(out);
    const what = target === undefined ? 'already exists' : `is a symbolic link to ${target}, which does not exist`;
    throw new Refusal(`${out} ${what}; it was not changed. Choose another name (${free} is free) or add --force to replace it.`);
  };
  if (!force && fs.exists(out)) refuse();
  const dir = dirname(out);
  if (!fs.exists(dir)) throw new Refusal(`${dir}: no such folder; create it first`);

  // Write a temporary file beside the target, then move it into place: never a partial document.
  const temp = tempBeside(out);
  try {
    fs.writeNewFile(temp, rendered.text);
    fs.rename(temp, out, force);
  } catch (e) {
    try {
      if (fs.exists(temp)) fs.remove(temp);
    } catch {
      /* the temporary file may not exist; nothing else to clean up */
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') refuse();
    throw new Refusal(`${out}: cannot write (${code ?? (e as Error).message}); nothing was written`);
  }
  io.out(out);
  return 0;
}

function variablesHelp(template: Template): string {
  if (!template.variables.length) return `Template '${template.id}' has no variables.`;
  const width = Math.max(...template.variables.map((v) => v.name.length));
  const lines = template.variables.map((v) => {
    const notes = [
      v.required ? (v.default !== undefined && v.default !== '' ? `default: ${v.default}` : 'required') : 'optional',
      ...(v.pattern !== undefined ? [`pattern: ${v.pattern}`] : []),
    ];
    return `  ${v.name.padEnd(width)}  ${v.prompt} (${notes.join('; ')})`;
  });
  return `Variables of '${template.id}' (set with --set name=value):\n${lines.join('\n')}`;
}
