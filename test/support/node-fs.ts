// The history's file operations on Node's fs, for the CLI and the unit tests.
import { link, mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryFs } from '../../src/practice/history';

export function nodeHistoryFs(dir: string): HistoryFs {
  return {
    readFile: (name) => readFile(join(dir, name), 'utf8'),
    writeFile: (name, text) => writeFile(join(dir, name), text, 'utf8'),
    rename: (from, to) => rename(join(dir, from), join(dir, to)),
    // A hard link fails when the target exists: the move never replaces a file.
    renameNew: async (from, to) => {
      await link(join(dir, from), join(dir, to));
      await unlink(join(dir, from));
    },
    modified: async (name) => {
      try {
        return (await stat(join(dir, name))).mtimeMs;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw e;
      }
    },
    remove: (name) => unlink(join(dir, name)),
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
