// Writes a report to a file whole or not at all: a temporary file beside it, then a rename.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './io';

/** Characters of the target's name kept in the temporary file's: 4 bytes each at most, 14 more for the suffix. */
const TEMP_NAME_CHARS = 40;

/**
 * A temporary name beside `file`, for writing it whole before a rename. It keeps only the start of the target's
 * name, so that a valid name near the 255-byte limit stays valid with the suffix.
 */
export function tempBeside(file: string): string {
  return join(dirname(file), `.${basename(file).slice(0, TEMP_NAME_CHARS)}.${randomBytes(4).toString('hex')}.tmp`);
}

export function writeReport(file: string, text: string): void {
  const dir = dirname(file);
  const temp = tempBeside(file);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, text.endsWith('\n') ? text : `${text}\n`);
    renameSync(temp, file);
  } catch (e) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // The folder itself could not be made: there is no temporary file to remove.
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--output ${file}: cannot write the report (${code ?? (e as Error).message}); check that the folder can be written`);
  }
}
