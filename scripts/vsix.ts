// The files inside a built .vsix (a zip), read from its central directory with Node alone: for the package's
// content test and `npm run bench`.
import { readFileSync, statSync } from 'node:fs';

export const VSIX = 'dist/design-workbench.vsix';

export interface VsixEntry {
  /** The path inside the package, without vsce's `extension/` prefix (`dist/extension.js`). */
  readonly path: string;
  /** Bytes in the zip (compressed) and once unpacked. */
  readonly packed: number;
  readonly size: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/** Every file in the zip at `file`, in the order its central directory lists them. */
export function vsixEntries(file: string): VsixEntry[] {
  const zip = readFileSync(file);
  // The end record is the last 22 bytes, or earlier when the zip carries a comment (up to 64 KB).
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${file}: not a zip file (no end of central directory record)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: VsixEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error(`${file}: broken central directory at byte ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ path: name.replace(/^extension\//, ''), packed: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One line for the bench: the package's size and file count, and its largest files as stored. */
export function vsixSummary(file: string, largest = 5): string[] {
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
  const entries = vsixEntries(file);
  const top = [...entries].sort((a, b) => b.packed - a.packed).slice(0, largest);
  return [`${file}: ${kb(statSync(file).size)}, ${entries.length} files; largest (packed):`, ...top.map((e) => `  ${kb(e.packed).padStart(9)}  ${e.path}`)];
}
