// Writes a report to a file whole or not at all: a temporary file beside it, then a rename.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './io';

export function writeReport(file: string, text: string): void {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
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
