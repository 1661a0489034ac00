// The history's file operations on Node's fs, for the CLI and the unit tests.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryFs } from '../../src/practice/history';

export function nodeHistoryFs(dir: string): HistoryFs {
  return {
    readFile: (name) => readFile(join(dir, name), 'utf8'),
    writeFile: (name, text) => writeFile(join(dir, name), text, 'utf8'),
    rename: (from, to) => rename(join(dir, from), join(dir, to)),
    list: async () => {
      try {
        return await readdir(dir);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw e;
      }
    },
    ensureDir: async () => {
      await mkdir(dir, { recursive: true });
    },
  };
}
