// `--changed-since <ref>`: the lines each file changed since a git ref, from `git diff -U0` run as a child
// process (no shell). Outside a repository, or with a ref git does not know, a UsageError says so.
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './io';

/** Added or changed lines per file (as the diff names it, relative to the repository), 1-based. */
export function parseHunks(diff: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4).split('\t')[0];
      current = name === '/dev/null' ? undefined : new Set();
      if (current) out.set(unquote(name).replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return out;
}

/** git quotes names with unusual characters: "b/na\303\257ve.md". */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && /[0-7]{3}/.test(body.slice(i + 1, i + 4))) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else if (body[i] === '\\') {
      const c = body[++i];
      bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[c] ?? c.charCodeAt(0));
    } else bytes.push(...Buffer.from(body[i]));
  }
  return Buffer.from(bytes).toString('utf8');
}

function git(args: readonly string[], cwd: string): string {
  return execFileSync('git', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function gitError(e: unknown): string {
  const err = e as { code?: string; stderr?: string; message: string };
  if (err.code === 'ENOENT') return 'git is not installed or not on the PATH';
  return (err.stderr || err.message).trim().split('\n')[0];
}

/**
 * Per absolute file path, the lines changed since `ref` (the working tree against the ref); a file git did
 * not have at `ref` (new, untracked) is changed on every line, marked by `'all'`.
 */
export function changedLines(ref: string, files: readonly string[], cwd: string): Map<string, Set<number> | 'all'> {
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  } catch (e) {
    throw new UsageError(`--changed-since needs a git repository: ${gitError(e)}`);
  }
  if (ref.startsWith('-')) throw new UsageError(`--changed-since: '${ref}' is not a git ref`);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--changed-since: git knows no commit '${ref}' (try a branch, a tag or a commit hash, e.g. origin/main)`);
  }
  const absolute = files.map((f) => resolve(cwd, f));
  const diff = git(['diff', '-U0', '--no-color', '--no-ext-diff', '--no-renames', ref, '--', ...absolute], cwd);
  const known = new Set(
    git(['ls-tree', '-r', '--name-only', '--full-tree', ref, '--', ...absolute.map((a) => relativeTo(top, a))], top)
      .split('\n')
      .filter(Boolean),
  );
  const hunks = parseHunks(diff);
  const out = new Map<string, Set<number> | 'all'>();
  for (const a of absolute) {
    const rel = relativeTo(top, a);
    out.set(a, known.has(rel) ? (hunks.get(rel) ?? new Set()) : 'all');
  }
  return out;
}

/** `path` relative to the repository's top folder; git gives that folder with symbolic links resolved. */
function relativeTo(top: string, path: string): string {
  const real = (x: string): string => {
    try {
      return realpathSync(x);
    } catch {
      return x;
    }
  };
  const t = real(resolve(top)).replace(/\\/g, '/');
  const p = real(path).replace(/\\/g, '/');
  return p.startsWith(`${t}/`) ? p.slice(t.length + 1) : p;
}
