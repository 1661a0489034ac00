// What the command line reads and writes through: files, the terminal, and the errors a user can cause.
import { readFileSync, statSync } from 'node:fs';
import type { LineProblem } from '../shared/document';

const MAX_BYTES = 20 * 1024 * 1024;

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  readonly color: boolean;
  readonly readFile: (path: string) => Buffer;
  readonly isFile: (path: string) => boolean;
}

export const nodeIo = (): Io => ({
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  readFile: (p) => readFileSync(p),
  isFile: (p) => statSync(p).isFile(),
});

export class UsageError extends Error {}

/** A size as a person reads it; rounded up at one decimal, so that a file over the limit never reads as the limit. */
export function megabytes(bytes: number): string {
  const mb = Math.ceil((bytes / 1048576) * 10) / 10;
  return `${Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/**
 * 'UTF-16LE' or 'UTF-16BE' when the bytes start with that byte-order mark, or (without one) when every other byte
 * of the first ones is zero, as ASCII in UTF-16 is; undefined otherwise.
 */
function utf16Of(data: Buffer): string | undefined {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) return 'UTF-16LE';
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(data.length, 512) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) even++;
    if (data[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd === pairs && even === 0) return 'UTF-16LE';
  if (even === pairs && odd === 0) return 'UTF-16BE';
  return undefined;
}

/** The file's text; a UsageError that names the file when it cannot be read or is not UTF-8 text. */
export function readText(file: string, io: Io, expected = 'Markdown text'): string {
  let data: Buffer;
  try {
    if (!io.isFile(file)) throw new UsageError(`${file}: not a file (is it a directory?)`);
    data = io.readFile(file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? (e as Error).message})`);
  }
  if (data.length > MAX_BYTES) throw new UsageError(`${file}: too large (${megabytes(data.length)}; the limit is ${megabytes(MAX_BYTES)})`);
  const utf16 = utf16Of(data);
  if (utf16) throw new UsageError(`${file}: ${utf16} text; save it as UTF-8 and try again`);
  if (data.includes(0)) throw new UsageError(`${file}: looks like a binary file, expected ${expected}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new UsageError(`${file}: not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}

/** A document's invalid front matter, for standard error: a warning, it does not change the exit code. */
export function frontMatterWarning(file: string, problem: LineProblem): string {
  return `design-workbench: warning: ${file}:${problem.line}: ${problem.message}`;
}
