// Slash-separated paths (a file: URI's path, or a CLI path with backslashes turned round), worked on the same way
// in Node, the browser and VS Code's virtual file systems. Pure: no `node:path`, which the web build lacks.

function trimSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** `/a/b/c.md` → `/a/b`; the root stays the root. */
export function dirnameOf(path: string): string {
  const at = trimSlashes(path).lastIndexOf('/');
  if (at < 0) return '.';
  if (at === 0) return '/';
  // `C:/` is a root too.
  return /^[A-Za-z]:$/.test(path.slice(0, at)) ? `${path.slice(0, at)}/` : path.slice(0, at);
}

/** `resolvePath('/a/b', '../c')` → `/a/c`; an absolute `to` is taken as it is. */
export function resolvePath(from: string, to: string): string {
  const target = to.replace(/\\/g, '/');
  const absolute = target.startsWith('/') || /^[A-Za-z]:\//.test(target);
  const joined = absolute ? target : `${trimSlashes(from)}/${target}`;
  const drive = /^[A-Za-z]:/.exec(joined)?.[0] ?? '';
  const parts: string[] = [];
  for (const part of joined.slice(drive.length).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `${drive}/${parts.join('/')}`;
}

/** `path` relative to `folder`, which holds it. */
export function relativeTo(folder: string, path: string): string {
  const base = trimSlashes(folder);
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}
