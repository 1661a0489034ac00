// The session history: one JSON file per session in one folder (the extension's global storage).
// One file per record means two windows saving at once never overwrite each other; each file is
// written to a temporary name and then renamed, so a reader never sees half a record. A file that
// cannot be read as a record is moved aside and reported, never silently dropped. Nothing is deleted or
// overwritten but a temporary file whose record is already saved.
import { chronological, parseRecord, recordSchema, SESSION_ID, type ChallengeLookup, type SessionRecord } from './record';
import { errorText } from '../shared/errors';

/** The few file operations the store needs, on names inside its folder (Node's fs, or `vscode.workspace.fs`). */
export interface HistoryFs {
  /** Throws when the file does not exist. */
  readFile(name: string): Promise<string>;
  writeFile(name: string, text: string): Promise<void>;
  /** Replaces `to` when it exists. */
  rename(from: string, to: string): Promise<void>;
  /** Fails when `to` exists, leaving both files as they were. */
  renameNew(from: string, to: string): Promise<void>;
  /** When the file was last written (ms since the epoch); undefined when it does not exist. */
  modified(name: string): Promise<number | undefined>;
  remove(name: string): Promise<void>;
  /** The names in the folder; none when the folder does not exist. */
  list(): Promise<string[]>;
  /** Creates the folder (and its parents) when missing. */
  ensureDir(): Promise<void>;
}

export interface HistoryProblem {
  /** The file's name in the history folder. */
  readonly file: string;
  readonly reason: string;
  /** Where the file was moved; undefined when it was left in place (a newer version's record, or the move failed). */
  readonly movedTo: string | undefined;
}

export interface HistoryLoad {
  /** Oldest first. */
  readonly records: readonly SessionRecord[];
  readonly problems: readonly HistoryProblem[];
}

export interface HistoryOptions {
  readonly now: () => number;
  readonly random?: () => number;
  readonly lookup?: ChallengeLookup;
}

const RECORD_FILE = /^([0-9]{8}-[0-9]{6}-[a-z0-9]{4,12})\.json$/;
/** A save's temporary file: the record's name, a random part, `.tmp`. */
const TEMP_FILE = /^([0-9]{8}-[0-9]{6}-[a-z0-9]{4,12}\.json)\.[a-z0-9]{1,8}\.tmp$/;
/** A save takes milliseconds: a temporary file this old was left by a writer that was killed, not a live one. */
export const ORPHAN_AGE_MS = 10 * 60_000;
/** Set-aside names tried for one file before giving up (`.corrupt-<stamp>`, then `-2`, `-3`, …). */
const ASIDE_TRIES = 50;

export class HistoryStore {
  private readonly random: () => number;

  constructor(
    private readonly fs: HistoryFs,
    private readonly options: HistoryOptions,
  ) {
    this.random = options.random ?? Math.random;
  }

  static fileName(id: string): string {
    return `${id}.json`;
  }

  /** Writes the record atomically: a temporary file, then a rename over the final name. */
  async save(record: SessionRecord): Promise<void> {
    const valid = recordSchema.parse(record);
    await this.fs.ensureDir();
    const name = HistoryStore.fileName(valid.id);
    const temp = `${name}.${Math.floor(this.random() * 36 ** 8).toString(36)}.tmp`;
    await this.fs.writeFile(temp, `${JSON.stringify(valid, null, 2)}\n`);
    await this.fs.rename(temp, name);
  }

  /** Every record, oldest first, and what could not be read. */
  async load(): Promise<HistoryLoad> {
    const listed = await this.fs.list();
    await this.settleOrphans(listed);
    const names = (await this.fs.list()).filter((n) => RECORD_FILE.test(n)).sort();
    const records: SessionRecord[] = [];
    const problems: HistoryProblem[] = [];
    for (const name of names) {
      const result = await this.read(name);
      if (result === undefined) continue;
      if (!('record' in result)) problems.push(result);
      // A copy under another name (made by hand) is shown once.
      else if (!records.some((r) => r.id === result.record.id)) records.push(result.record);
    }
    return { records: chronological(records), problems };
  }

  /** One record by id; undefined when there is none, a problem when it cannot be read. */
  async get(id: string): Promise<SessionRecord | HistoryProblem | undefined> {
    if (!SESSION_ID.test(id)) return undefined;
    const result = await this.read(HistoryStore.fileName(id));
    return result && 'record' in result ? result.record : result;
  }

  private async read(name: string): Promise<{ record: SessionRecord } | HistoryProblem | undefined> {
    let text: string;
    try {
      text = await this.fs.readFile(name);
    } catch {
      return undefined; // gone since it was listed (another window moved it aside)
    }
    let data: unknown;
    try {
      // Saved by an editor that writes a byte-order mark, the record is still the same JSON.
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      return this.moveAside(name, `it is not valid JSON (${errorText(e)})`);
    }
    const parsed = parseRecord(data, this.options.lookup);
    if (parsed.ok) return { record: parsed.record };
    if (parsed.newer) return { file: name, reason: parsed.reason, movedTo: undefined };
    return this.moveAside(name, `it is not a valid session record: ${parsed.reason}`);
  }

  /**
   * Moves the file to a set-aside name no other file has (a second corrupt copy in the same second gets `-2`), never
   * replacing one. Undefined when the file is gone meanwhile: another window moved it aside and reports it.
   */
  private async moveAside(name: string, reason: string): Promise<HistoryProblem | undefined> {
    const stamp = new Date(this.options.now()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const base = `${name}.corrupt-${stamp}`;
    let taken = new Set(await this.fs.list());
    let failure: unknown;
    for (let n = 1; n <= ASIDE_TRIES; n++) {
      const movedTo = n === 1 ? base : `${base}-${n}`;
      if (taken.has(movedTo)) continue;
      try {
        await this.fs.renameNew(name, movedTo);
        return { file: name, reason, movedTo };
      } catch (e) {
        failure = e;
        if ((await this.fs.modified(name)) === undefined) return undefined;
        taken = new Set(await this.fs.list());
        if (!taken.has(movedTo)) break; // not a name taken meanwhile: the move itself fails
      }
    }
    return { file: name, reason: `${reason}; moving it aside failed (${failure === undefined ? 'every set-aside name is taken' : errorText(failure)})`, movedTo: undefined };
  }

  /**
   * Temporary files left by a killed save, once they are old enough not to be a live writer's: a whole record with
   * no saved file is moved into place (the save is finished); one that is the saved record byte for byte is removed
   * (a copy); anything else stays where it is, ignored.
   */
  private async settleOrphans(names: readonly string[]): Promise<void> {
    if (!names.some((n) => TEMP_FILE.test(n))) return;
    const now = await this.fileSystemNow();
    if (now === undefined) return;
    const present = new Set(names);
    for (const temp of names) {
      const m = TEMP_FILE.exec(temp);
      if (!m) continue;
      const written = await this.fs.modified(temp);
      if (written === undefined || now - written < ORPHAN_AGE_MS) continue;
      try {
        const text = await this.fs.readFile(temp);
        if (!present.has(m[1])) {
          if (!parseRecord(safeJson(text), this.options.lookup).ok) continue;
          await this.fs.renameNew(temp, m[1]);
          present.add(m[1]);
        } else if ((await this.fs.readFile(m[1])) === text) {
          await this.fs.remove(temp);
        }
      } catch {
        // Moved or removed by another window meanwhile, or unreadable: left for the next load.
      }
    }
  }

  /**
   * The time on the history folder's own clock: the modification time of a probe file written there and removed.
   * A temporary file's age is judged against it, never against this machine's clock, which may be far from a
   * remote or network file system's. Undefined when the folder cannot be written (then nothing can be settled).
   */
  private async fileSystemNow(): Promise<number | undefined> {
    const probe = `clock-${Math.floor(this.random() * 36 ** 8).toString(36)}.probe`;
    try {
      await this.fs.writeFile(probe, '');
      return await this.fs.modified(probe);
    } catch {
      return undefined;
    } finally {
      await this.fs.remove(probe).catch(() => undefined);
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The message a user sees for a history problem. */
export function problemMessage(p: HistoryProblem): string {
  if (p.movedTo) return `Session history: ${p.file} could not be read because ${p.reason}. It was moved aside to ${p.movedTo} and is left out of the history; nothing was deleted.`;
  return `Session history: ${p.file} is left out of the history because ${p.reason}. The file was not changed.`;
}
