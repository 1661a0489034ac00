// What the command line reads and writes through: files, the terminal, and the errors a user can cause.
import { readFileSync, statSync } from 'node:fs';

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
  if (data.length > MAX_BYTES) throw new UsageError(`${file}: too large (${Math.round(data.length / 1048576)} MB; the limit is 20 MB)`);
  if (data.includes(0)) throw new UsageError(`${file}: looks like a binary file, expected ${expected}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new UsageError(`${file}: not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}
