// What `check` reads: files as given, folders searched for Markdown, and glob patterns, in the order named.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './io';

/** Folders no search goes into, besides those whose name starts with a dot. */
const SKIPPED_FOLDERS = new Set(['node_modules']);
const MARKDOWN = /\.md$/i;

/**
 * The files to check, each once, in the order the arguments name them; a folder's or a pattern's files sorted.
 * A path that exists is taken as it is, even when it looks like a pattern ("design (v2).md"). A pattern that
 * matches nothing is an error unless `allowUnmatched` (the editor's task passes the include globs, any of
 * which a workspace may not use).
 */
export function expandInputs(args: readonly string[], cwd: string = process.cwd(), allowUnmatched = false): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const arg of args) {
    const kind = kindOf(resolve(cwd, arg));
    if (kind === 'folder') {
      const found = markdownIn(resolve(cwd, arg)).map((f) => join(arg, relative(resolve(cwd, arg), f)));
      if (!found.length) throw new UsageError(`${arg}: the folder holds no Markdown (*.md) files outside node_modules and dot-folders`);
      found.forEach(add);
    } else if (kind === undefined && isDynamicPattern(arg)) {
      const found = globSync(arg.replaceAll('\\', '/'), { cwd, dot: false, ignore: ['**/node_modules/**'], expandDirectories: false, onlyFiles: true }).sort();
      if (!found.length && !allowUnmatched) throw new UsageError(`the pattern '${arg}' matches no files (quote it so that the shell leaves it to design-workbench)`);
      found.forEach(add);
    } else {
      // A file, or a path that is not there: reading it names the problem.
      add(arg);
    }
  }
  return files;
}

function kindOf(path: string): 'file' | 'folder' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** Markdown files under a folder, depth first, sorted by name at each level. */
function markdownIn(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && !SKIPPED_FOLDERS.has(e.name)) walk(join(dir, e.name));
      } else if (e.isFile() && MARKDOWN.test(e.name)) {
        out.push(join(dir, e.name));
      }
    }
  };
  walk(folder);
  return out;
}
