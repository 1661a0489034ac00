// Finds one table written by two services, read from who writes what, sentence by sentence ("`scan-ingest` updates
// `kegs.status` directly …" and, in the next bullet, "`distributor-portal` also updates `kegs.status` …"), where no
// single sentence says "both". Pure: no `vscode` import.
import type { Sentence } from '../shared/text';

/** A writing verb, and the words that may stand between it and what it writes. */
const WRITE = /\b(updates|updating|writes|writing|inserts|inserting|modifies|overwrites|bumps|bumping|deletes|sets|edits|changes)( (also|directly|only|itself|then))?( (rows|records|lines|a row|the row|the rows|new rows|a record))?( (in|into|to|from|on))?( (the|its|a))?\b/g;
/** Gets write access: "streak-service gets write access to the same table". */
const WRITE_ACCESS = /\b(gets?|has|have|given|granted) (direct )?write access (to|on)\b/g;
/** What a writer's own is, or no table at all: a topic, a log, its outbox. */
const NOT_A_TABLE = /^(outbox|log|logs|audit|cache|topic|queue|stream|events?|metrics|file|files|bucket|ui|screen|dashboard|page)$/;
/** A refusal or restriction before the verb: only one writer, or none. */
const NOT_WRITTEN = /\b(only|never|not|no other|nobody|no one|cannot|can't|doesn't|does not|won't|will not|instead of)\b[^,;]{0,30}$/;
/** Names too common to be one table: two services setting "status" in different sentences may set different ones. */
const COMMON_COLUMNS = new Set(['status', 'state', 'id', 'name', 'data', 'it', 'them', 'this', 'that']);

export interface SharedWrite {
  readonly line: number;
  readonly text: string;
  readonly table: string;
  readonly writers: readonly string[];
}

/** The names a sentence writes in code (`kegs.status`, `LineaPedido`), lower-cased. */
function codeNames(text: string): string[] {
  return [...text.matchAll(/`([^`]{1,80})`/g)].map((m) => m[1].toLowerCase().trim());
}

/** A service's name: in code, hyphenated ("scan-ingest"), or "the X service". */
function writerBefore(norm: string, at: number, names: ReadonlySet<string>): string | undefined {
  const before = norm.slice(Math.max(0, at - 60), at);
  const words = before.split(/[^a-z0-9_.-]+/).filter(Boolean);
  // The nearest name back from the verb, skipping a few small words ("`cocina` updates", "streak-service gets").
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const w = words[k];
    if (w === 'service' && k > 0) return `${words[k - 1]} service`;
    if (names.has(w) || /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(w)) return w;
    if (/^(and|also|then|directly|it|which|that)$/.test(w)) continue;
  }
  return undefined;
}

/** The table a write reaches: the first code name or identifier after the verb, its table part ("kegs.status" → kegs). */
function tableAfter(norm: string, from: number, names: ReadonlySet<string>): string | undefined {
  const after = norm.slice(from, from + 50);
  const words = after.split(/[^a-z0-9_.-]+/).filter(Boolean).slice(0, 4);
  for (const w of words) {
    // The word without the sentence's full stop after it.
    let end = w.length;
    while (end > 0 && w[end - 1] === '.') end--;
    const id = w.slice(0, end);
    if (names.has(id) || /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(id) || /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/.test(id)) {
      const table = id.includes('.') ? id.slice(0, id.indexOf('.')) : id;
      return NOT_A_TABLE.test(table) ? undefined : table;
    }
  }
  return undefined;
}

/** Each (writer, table) a sentence states, in order. */
function writesIn(s: Sentence): { writer: string; table: string }[] {
  const names = new Set(codeNames(s.text));
  if (!names.size) return [];
  const found: { writer: string; table: string }[] = [];
  // The sentence as written, lower-cased, without code marks: identifiers keep their dots and underscores.
  const text = s.text.toLowerCase().replace(/[`*]/g, '');
  for (const re of [WRITE, WRITE_ACCESS]) {
    for (const m of text.matchAll(re)) {
      if (NOT_WRITTEN.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const writer = writerBefore(text, m.index, names);
      const table = tableAfter(text, m.index + m[0].length, names);
      if (writer && table && writer !== table && !writer.startsWith(`${table}-`)) found.push({ writer, table });
    }
  }
  return found;
}

/**
 * The first place where a table gets its second writer: in the same section, or, for a name as common as "status",
 * in the same sentence.
 */
export function findSharedWrites(sentences: readonly Sentence[]): SharedWrite | undefined {
  const writers = new Map<unknown, Map<string, Set<string>>>();
  for (const s of sentences) {
    const writes = writesIn(s);
    if (!writes.length) continue;
    const bySentence = new Map<string, Set<string>>();
    let tables = writers.get(s.section);
    if (!tables) writers.set(s.section, (tables = new Map()));
    for (const { writer, table } of writes) {
      const scope = COMMON_COLUMNS.has(table) ? bySentence : tables;
      const set = scope.get(table) ?? new Set<string>();
      set.add(writer);
      scope.set(table, set);
      if (set.size >= 2) return { line: s.line, text: s.text, table, writers: [...set] };
    }
  }
  return undefined;
}

/** A column that says where a part keeps its data, or who writes a piece of data. */
const STORE_COLUMN = /^(data )?(store|stores|datastore|database|databases|db|storage|persistence|schema|stored in|lives in|data lives in)$/;
const WRITERS_COLUMN = /^(written by|writers?|writes|updated by|modified by|changed by|edited by|who writes( it)?)$/;
/** A store with a name of its own (`intake` PostgreSQL, the main Postgres), not only a technology (PostgreSQL). */
const NAMED_STORE = /`[^`]+`|\b(main|shared|same|central|common|legacy|existing|core|monolith'?s?|one)\b/;
const A_DATABASE = /\b(database|db|schema|postgres(ql)?|mysql|mariadb|oracle|sql server|mssql|mongo(db)?|sqlite|aurora|rds)\b/;
/** A cell that gives each its own, or names no store. */
const OWN_OR_NONE = /\b(own|separate|private|dedicated|per[- ]service|each|none|n\/a|nothing|stateless|read[- ]only|replica|copy)\b|^[-–—]*$/;

/** Two rows of one table: the second's line, and the shared value. */
export interface SharedCell {
  readonly line: number;
  readonly text: string;
  readonly value: string;
}

interface Row {
  readonly line: number;
  readonly text: string;
  readonly cells: readonly string[];
  readonly header: readonly string[];
}

/** The body rows of each table, by the table's header. */
function tableRows(sentences: readonly Sentence[]): Map<readonly string[], Row[]> {
  const tables = new Map<readonly string[], Row[]>();
  const seen = new Set<unknown>();
  for (const s of sentences) {
    const b = s.block;
    if (b.kind !== 'table-row' || !b.cells || !b.header || b.isHeader || seen.has(b)) continue;
    seen.add(b);
    // Rows of one table share their header array.
    const rows = tables.get(b.header) ?? [];
    rows.push({ line: b.line, text: b.text, cells: b.cells, header: b.header });
    tables.set(b.header, rows);
  }
  return tables;
}

const headerKey = (h: string): string => h.toLowerCase().replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

/**
 * A table that gives parts their store, where two rows name the same store ("Classifier | … | `intake` PostgreSQL",
 * "Extractor | … | `intake` PostgreSQL"): several parts on one database.
 */
export function findSharedStoreRows(sentences: readonly Sentence[]): SharedCell | undefined {
  for (const rows of tableRows(sentences).values()) {
    const col = rows[0].header.findIndex((h, i) => i > 0 && STORE_COLUMN.test(headerKey(h)));
    if (col < 0) continue;
    const seen = new Set<string>();
    for (const r of rows) {
      const cell = (r.cells[col] ?? '').toLowerCase();
      const value = cell.replace(/\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
      if (!value || OWN_OR_NONE.test(cell) || !A_DATABASE.test(value) || !NAMED_STORE.test(value)) continue;
      if (seen.has(value)) return { line: r.line, text: r.text, value };
      seen.add(value);
    }
  }
  return undefined;
}

/** A table that says who writes each piece of data, where one row names two writers or more. */
export function findSharedWriterRows(sentences: readonly Sentence[]): SharedCell | undefined {
  for (const rows of tableRows(sentences).values()) {
    const col = rows[0].header.findIndex((h, i) => i > 0 && WRITERS_COLUMN.test(headerKey(h)));
    if (col < 0) continue;
    for (const r of rows) {
      const value = (r.cells[col] ?? '').replace(/\([^()]*\)/g, '').trim();
      if (/^(all|any|every|nobody|none|no one)\b/i.test(value) || /\b(only|via|through)\b/i.test(value)) continue;
      const writers = value.split(/,|;|\band\b| \/ |\+/i).filter((w) => /[a-z]/i.test(w));
      if (writers.length >= 2) return { line: r.line, text: r.text, value };
    }
  }
  return undefined;
}
