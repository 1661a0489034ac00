// The document model: a Markdown file parsed into the pieces the checklist and the other
// capabilities reason about, each with its 0-based line numbers. Pure: no `vscode` import.
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { firstWithKey } from './sorted';
import { readYaml } from './yaml';

export type BlockKind = 'paragraph' | 'list-item' | 'table-row' | 'blockquote';

export interface Section {
  readonly heading: string;
  readonly level: number;
  /** Line of the heading. */
  readonly line: number;
  /** Last line that belongs to the section (inclusive), sub-sections included. */
  endLine: number;
  readonly parent: Section | undefined;
  readonly children: Section[];
}

/** A piece of prose: its text with HTML comments removed, and where it stands. */
export interface Block {
  readonly kind: BlockKind;
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
  /** The innermost section that holds the block (undefined before the first heading). */
  readonly section: Section | undefined;
  /** Line of each `\n`-separated line of `text`, for mapping offsets back to the source. */
  readonly lineOf: readonly number[];
  /** For a table row: each cell's text. The row's `text` joins them with ` | `. */
  readonly cells?: readonly string[];
  /** For a table row: the table's header cells (for the header row itself, `isHeader` is set). */
  readonly header?: readonly string[];
  readonly isHeader?: boolean;
}

export interface CodeBlock {
  readonly info: string;
  readonly content: string;
  /** Line of the opening fence. */
  readonly line: number;
  /** Line of the closing fence (or the last line when unclosed). */
  readonly endLine: number;
  /** Line of the first content line. */
  readonly contentLine: number;
  readonly section: Section | undefined;
}

export interface Comment {
  /** The comment body, without `<!--` and `-->`, trimmed. */
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
}

export interface FrontMatter {
  /**
   * Parsed YAML. When the YAML is invalid: the top-level entries that parse on their own (a mistake on one line
   * does not hide `challenge:` or `out-of-scope:` on another), or undefined when none does.
   */
  readonly data: unknown;
  readonly line: number;
  readonly endLine: number;
  /** The YAML error; `line` is 0-based in the document. */
  readonly error?: { readonly message: string; readonly line: number };
}

export interface DesignDocument {
  readonly text: string;
  readonly lines: readonly string[];
  readonly frontMatter: FrontMatter | undefined;
  /** Every section in document order. */
  readonly sections: readonly Section[];
  /** Top-level sections (the heading tree's roots). */
  readonly outline: readonly Section[];
  readonly blocks: readonly Block[];
  readonly codeBlocks: readonly CodeBlock[];
  readonly comments: readonly Comment[];
}

// Built on first use, so that loading the extension costs no parser set-up.
let markdown: MarkdownIt | undefined;

/**
 * markdown-it with the block rules only: the document model reads each block's raw text (`inline.content`) and
 * never an inline token, so parsing emphasis, links and code spans would be work thrown away (about half the parse).
 */
function blockParser(): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  md.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  return md;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Splits text into lines, accepting `\n`, `\r\n` and lone `\r`. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface ParseOptions {
  /** Parse the body as one piece (the reference the piecewise parse is tested against). */
  readonly whole?: boolean;
}

export function parseDocument(source: string, options: ParseOptions = {}): DesignDocument {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = splitLines(text);
  // Comments are blanked before anything reads the text: nothing inside one is content, whatever Markdown it holds
  // (a table, a heading, a `---`), and line numbers stay true. Front matter is YAML, where `<!--` in a value is
  // plain text, so it is read first and an unclosed one there cannot blank the lines after it. A line that opens
  // a comment before any closing fence is Markdown, not YAML: then comments are blanked first, as everywhere.
  const raw = readFrontMatter(lines, true);
  const { lines: visible, comments } = blankComments(lines, raw && raw !== COMMENT_FIRST ? raw.endLine + 1 : 0);
  const frontMatter = raw === COMMENT_FIRST ? readFrontMatter(visible, false) : raw;
  const body = frontMatter ? visible.map((l, i) => (i <= frontMatter.endLine ? '' : l)) : visible;

  // Each piece is parsed alone (or found parsed before: an edit re-parses only the pieces it touched), then placed
  // at its line with the sections its headings open.
  const starts = options.whole || RAW_HTML.test(text) ? undefined : pieceStarts(body);
  let pieces = starts ? piecesOf(body, starts, previousParse) : undefined;
  // A fence the cut did not see (one opened inside an HTML block's lines, say) runs past its piece: parse whole.
  if (pieces?.some((p, k) => k < pieces!.length - 1 && endsInFence.has(p.part))) pieces = undefined;
  pieces ??= [{ start: 0, end: body.length, part: parsePiece(body.join('\n')) }];

  let sections: Section[] = [];
  let outline: Section[] = [];
  const open: Section[] = [];
  for (const { start, part } of pieces) {
    for (const e of part) {
      if (e.kind !== 'heading') continue;
      while (open.length && open[open.length - 1].level >= e.level) open.pop();
      const parent = open[open.length - 1];
      const section: Section = { heading: e.heading, level: e.level, line: start + e.line, endLine: lines.length - 1, parent, children: [] };
      (parent ? parent.children : outline).push(section);
      sections.push(section);
      open.push(section);
    }
  }
  // A section ends where the next heading of the same or a higher level begins.
  const unclosed: Section[] = [];
  for (const s of sections) {
    while (unclosed.length && unclosed[unclosed.length - 1].level >= s.level) unclosed.pop()!.endLine = s.line - 1;
    unclosed.push(s);
  }
  // A section the edit left as it was (its heading, lines and sub-sections) is the last parse's, and so is every
  // block that stands where it stood in it: a re-check then finds each unchanged sentence as it was.
  const last = previousParse;
  if (last) ({ sections, outline } = keepSections(last.sections, sections, outline));
  const blocks: Block[] = [];
  const codeBlocks: CodeBlock[] = [];
  const pieceBlocks = new Map<readonly PieceEntry[], { start: number; blocks: Block[] }>();
  let heading = -1;
  for (const { start, part } of pieces) {
    // The same piece at the same line: its blocks are the last parse's wherever their section is too.
    const before = last?.pieceBlocks.get(part);
    const reusable = before && before.start === start ? before.blocks : undefined;
    const made: Block[] = [];
    for (const e of part) {
      // A block belongs to the innermost open section, which is always the one of the last heading.
      const section = heading >= 0 ? sections[heading] : undefined;
      if (e.kind === 'heading') heading++;
      else if (e.kind === 'code') {
        codeBlocks.push({ info: e.info, content: e.content, line: start + e.line, endLine: start + e.endLine, contentLine: start + e.contentLine, section });
      } else {
        let block = reusable?.[made.length];
        if (block?.section !== section) block = undefined;
        if (!block) {
          const { kind, text, cells, header, isHeader } = e;
          const fresh: { -readonly [K in keyof Block]: Block[K] } = { kind, text, line: start + e.line, endLine: start + e.endLine, section, lineOf: start ? e.lineOf.map((l) => l + start) : e.lineOf };
          if (cells) {
            fresh.cells = cells;
            if (isHeader) fresh.isHeader = true;
            else fresh.header = header;
          }
          block = fresh;
        }
        made.push(block);
        blocks.push(block);
      }
    }
    // A piece that stands twice in the document (a repeated "TBD.") keeps the blocks of its first place.
    if (!pieceBlocks.has(part)) pieceBlocks.set(part, { start, blocks: made });
  }
  if (!options.whole) previousParse = { body, pieces, sections, outline, pieceBlocks };

  return { text, lines, frontMatter, sections, outline, blocks, codeBlocks, comments };
}

/** What a piece of the body holds, in order, with lines counted from the piece's first line. */
type PieceEntry =
  | { readonly kind: 'heading'; readonly level: number; readonly heading: string; readonly line: number }
  | { readonly kind: 'code'; readonly info: string; readonly content: string; readonly line: number; readonly endLine: number; readonly contentLine: number }
  | (Omit<Block, 'section'> & { readonly kind: BlockKind });

/**
 * HTML blocks that run across blank lines (`<pre>`, `<script>`, `<style>`, `<textarea>`, `<?`, `<!X`, CDATA):
 * with one of them anywhere in the text (comments and code included), the body is parsed as one piece.
 */
const RAW_HTML = /<(script|pre|style|textarea)(\s|>|$)|<\?|<!\[CDATA\[|<![A-Za-z]/i;
const BLANK = /^[ \t]*$/;

/**
 * Lines where the body can be cut into pieces that markdown-it parses alone exactly as it parses them within the
 * whole: a line that starts in column 0 after a blank line, outside fenced code. Nothing Markdown opens runs past
 * such a line: a paragraph, table, quote, HTML block or indented code ends at the blank line, and a list item
 * ends before an unindented line. (A body with an HTML block that may span blank lines is not cut at all.)
 */
export function pieceStarts(lines: readonly string[]): number[] {
  const starts = [0];
  let fence: string | undefined;
  let blank = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const code = line.charCodeAt(0);
    // A fence can open only at indent 0–3 (the same test as comments use); inside one nothing is cut.
    const f = code === 32 || code === 96 || code === 126 ? FENCE.exec(line) : null;
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !line.slice(f[0].length).trim()) fence = undefined;
      blank = false;
      continue;
    }
    const isBlank = BLANK.test(line);
    if (blank && !isBlank && code !== 32 && code !== 9 && i > 0) starts.push(i);
    if (f) fence = f[1];
    blank = isBlank;
  }
  return starts;
}

/** The last piecewise parse's sections, and its blocks by the piece entry they came from. */
let previousParse: ParseMemory | undefined;

interface Piece {
  readonly start: number;
  /** The line after the piece's last. */
  readonly end: number;
  readonly part: readonly PieceEntry[];
}

interface ParseMemory {
  /** The body's lines, comments blanked. */
  readonly body: readonly string[];
  /** The pieces, in order. */
  readonly pieces: readonly Piece[];
  readonly sections: Section[];
  readonly outline: Section[];
  /** Per piece, where it stood and the blocks made of it. */
  readonly pieceBlocks: ReadonlyMap<readonly PieceEntry[], { start: number; blocks: Block[] }>;
}

/**
 * The body's pieces parsed: a piece within the lines an edit left alone before or after it is the last parse's,
 * found by its place, with no text to join or look up; any other is looked up by its text, or parsed.
 */
function piecesOf(body: readonly string[], starts: readonly number[], last: ParseMemory | undefined): Piece[] {
  let same = 0;
  let sameAtEnd = 0;
  if (last) {
    const before = last.body;
    const most = Math.min(body.length, before.length);
    while (same < most && body[same] === before[same]) same++;
    while (sameAtEnd < most - same && body[body.length - 1 - sameAtEnd] === before[before.length - 1 - sameAtEnd]) sameAtEnd++;
  }
  const shift = last ? body.length - last.body.length : 0;
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? body.length;
    if (last) {
      // The same lines as a piece of the last parse, at the same place or moved by what the edit added or removed.
      const old = end <= same ? firstWithKey(last.pieces, start, (p) => p.start) : start >= body.length - sameAtEnd ? firstWithKey(last.pieces, start - shift, (p) => p.start) : undefined;
      if (old && old.end === (end <= same ? end : end - shift)) return { start, end, part: old.part };
    }
    return { start, end, part: parsedPiece(body, start, end) };
  });
}

/**
 * The new sections, with each one that is the same as in the last parse (heading, level, lines, parent and
 * children) replaced by the last parse's object: an edit of one heading renews it and its ancestors, no other.
 */
function keepSections(before: readonly Section[], sections: Section[], outline: Section[]): { sections: Section[]; outline: Section[] } {
  // Sections are compared place by place: a heading added or removed renews them all, as it moves every block.
  if (before.length !== sections.length) return { sections, outline };
  const kept = new Map<Section, Section>();
  // Children come after their parent: from the last one back, a section's children are decided before it.
  for (let i = sections.length - 1; i >= 0; i--) {
    const s = sections[i];
    const o = before[i];
    const same =
      o.heading === s.heading && o.level === s.level && o.line === s.line && o.endLine === s.endLine && !o.parent === !s.parent &&
      o.children.length === s.children.length && s.children.every((c, k) => kept.get(c) === o.children[k]);
    if (same) kept.set(s, o);
  }
  // A kept section's parent must be kept too, or it would point at the last parse's tree; parents come first.
  for (const s of sections) if (kept.has(s) && s.parent && !kept.has(s.parent)) kept.delete(s);
  if (!kept.size) return { sections, outline };
  // A renewed section's children are renewed too (their parent is not kept), so the new tree points only at itself.
  const pick = (s: Section): Section => kept.get(s) ?? s;
  return { sections: sections.map(pick), outline: outline.map(pick) };
}

/** Forgets every piece parsed and the last parse, so that the next parse is a first one (for benchmarks). */
export function forgetParses(): void {
  parsedPieces.clear();
  previousParse = undefined;
}

/** Pieces parsed before, by their text: bounded, cleared when full. */
const parsedPieces = new Map<string, readonly PieceEntry[]>();
const MAX_PIECES = 20_000;

function parsedPiece(lines: readonly string[], from: number, to: number): readonly PieceEntry[] {
  const text = lines.slice(from, to).join('\n');
  let part = parsedPieces.get(text);
  if (!part) {
    part = parsePiece(text);
    if (parsedPieces.size >= MAX_PIECES) parsedPieces.clear();
    parsedPieces.set(text, part);
  }
  return part;
}

/**
 * Pieces whose last line is inside fenced code. A piece that is not the document's last ends with a blank line,
 * which a closed fence never does: such a piece was cut inside a fence.
 */
const endsInFence = new WeakSet<readonly PieceEntry[]>();

/** A piece of the body as markdown-it's block rules read it, lines from the piece's first. */
function parsePiece(body: string): PieceEntry[] {
  const tokens = (markdown ??= blockParser()).parse(body, {});
  const out: PieceEntry[] = [];
  // markdown-it's last line: a final newline ends the line before it and starts none.
  const lineCount = countLines(body) - (body.endsWith('\n') ? 1 : 0);
  if (tokens.some((t) => t.type === 'fence' && t.map && t.map[1] >= lineCount)) endsInFence.add(out);
  const addBlock = (kind: BlockKind, inline: Token, line: number, endLine: number): void => {
    const text = inline.content;
    if (!text.trim()) return;
    const lineOf = splitLines(text).map((_, i) => Math.min(line + i, endLine));
    out.push({ kind, text, line, endLine, lineOf });
  };
  let row: string[] | undefined;
  let header: string[] | undefined;
  let inHead = false;

  const containers: string[] = [];
  let rowLine = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        out.push({ kind: 'heading', level: Number(t.tag.slice(1)), heading: inline.content.trim(), line: t.map ? t.map[0] : 0 });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
      case 'blockquote_open':
        containers.push(t.type);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'blockquote_close':
        containers.pop();
        break;
      case 'tr_open':
        rowLine = t.map ? t.map[0] : rowLine + 1;
        row = [];
        break;
      case 'thead_open':
        inHead = true;
        header = undefined;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'tr_close': {
        const cells = (row ?? []).map((c) => c.trim());
        row = undefined;
        if (inHead) header = cells;
        if (cells.some((c) => c)) {
          const text = cells.join(' | ');
          out.push({ kind: 'table-row', text, line: rowLine, endLine: rowLine, lineOf: [rowLine], cells, ...(inHead ? { isHeader: true } : { header }) });
        }
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        const [start, end] = t.map ?? [0, 1];
        const inList = containers.some((c) => c !== 'blockquote_open');
        const kind: BlockKind = inList ? 'list-item' : containers.length ? 'blockquote' : 'paragraph';
        addBlock(kind, inline, start, end - 1);
        break;
      }
      case 'inline': {
        const prev = tokens[i - 1];
        if (prev && (prev.type === 'th_open' || prev.type === 'td_open')) {
          row?.push(t.content);
        }
        break;
      }
      case 'fence':
      case 'code_block': {
        const [start, end] = t.map ?? [0, 1];
        const fenced = t.type === 'fence';
        out.push({ kind: 'code', info: t.info.trim(), content: t.content, line: start, endLine: end - 1, contentLine: fenced ? start + 1 : start });
        break;
      }
    }
  }
  return out;
}

/** Returned when a line opening an HTML comment comes before the front matter's closing fence. */
const COMMENT_FIRST = Symbol('comment first');

function readFrontMatter(lines: readonly string[], stopAtComment: true): FrontMatter | typeof COMMENT_FIRST | undefined;
function readFrontMatter(lines: readonly string[], stopAtComment: false): FrontMatter | undefined;
function readFrontMatter(lines: readonly string[], stopAtComment: boolean): FrontMatter | typeof COMMENT_FIRST | undefined {
  if (lines[0]?.trim() !== '---') return undefined;
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    if (/^(---|\.\.\.)\s*$/.test(lines[i])) {
      end = i;
      break;
    }
    if (stopAtComment && /^\s*<!--/.test(lines[i])) return COMMENT_FIRST;
  }
  if (end < 0) return undefined;
  // A blank line in place of the opening fence keeps the YAML's line numbers (in its messages too) the document's.
  const yaml = readYaml(['', ...lines.slice(1, end)].join('\n'));
  if (!yaml.ok) return { data: salvage(lines.slice(1, end)), line: 0, endLine: end, error: { message: yaml.message, line: yaml.line } };
  return { data: yaml.data, line: 0, endLine: end };
}

/** A line that starts a top-level mapping entry: a key in column 0 (not a comment, list item or flow collection). */
const TOP_LEVEL_KEY = /^[^\s#\-[{"'][^:]*:(?:\s|$)/;

/** Real front matter has a few entries; parsing a huge invalid one entry by entry would cost seconds. */
const MAX_SALVAGED = 200;

/**
 * The top-level entries of invalid front matter that are valid YAML on their own, each entry (its key line and
 * the indented lines under it) parsed alone; undefined when none is, or when there are too many to try.
 */
function salvage(lines: readonly string[]): Record<string, unknown> | undefined {
  const starts = lines.flatMap((l, i) => (TOP_LEVEL_KEY.test(l) ? [i] : []));
  if (starts.length > MAX_SALVAGED) return undefined;
  const data: Record<string, unknown> = {};
  let found = false;
  starts.forEach((start, k) => {
    const entry = readYaml(lines.slice(start, starts[k + 1] ?? lines.length).join('\n'));
    if (!entry.ok || !entry.data || typeof entry.data !== 'object' || Array.isArray(entry.data)) return;
    // Assigning `__proto__` would set the prototype, not a key.
    for (const [key, value] of Object.entries(entry.data)) if (key !== '__proto__') data[key] = value;
    found = true;
  });
  return found ? data : undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Finds HTML comments outside fenced code, from line `from` on, and returns the lines with each comment's
 * characters replaced by spaces. An unclosed comment runs to the end, as in HTML.
 */
export function blankComments(lines: readonly string[], from = 0): { lines: string[]; comments: Comment[] } {
  const out = [...lines];
  const comments: Comment[] = [];
  let fence: string | undefined;
  let open: { line: number; parts: string[] } | undefined;
  for (let i = from; i < out.length; i++) {
    const line = out[i];
    if (!open) {
      const f = FENCE.exec(line);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !line.slice(f[0].length).trim()) fence = undefined;
        continue;
      }
      if (f) {
        fence = f[1];
        continue;
      }
    }
    // Blanked spans are collected and the line is built once: rebuilding it for every comment is
    // quadratic on a line of thousands of `<!---->`. Searches read the original line: it agrees with the
    // blanked one from `from` on.
    const pieces: string[] = [];
    let kept = 0;
    const blank = (start: number, stop: number): void => {
      pieces.push(line.slice(kept, start), ' '.repeat(stop - start));
      kept = stop;
    };
    let from = 0;
    for (;;) {
      if (open) {
        const end = line.indexOf('-->', from);
        open.parts.push(line.slice(from, end < 0 ? line.length : end));
        const stop = end < 0 ? line.length : end + 3;
        blank(from, stop);
        if (end < 0) break;
        comments.push({ text: open.parts.join('\n').trim(), line: open.line, endLine: i });
        open = undefined;
        from = stop;
      }
      const start = line.indexOf('<!--', from);
      if (start < 0) break;
      open = { line: i, parts: [] };
      blank(start, start + 4);
      from = start + 4;
    }
    if (kept > 0) out[i] = pieces.join('') + line.slice(kept);
  }
  if (open) comments.push({ text: open.parts.join('\n').trim(), line: open.line, endLine: out.length - 1 });
  return { lines: out, comments };
}

/** The headings from the document root down to `section`, outermost first. */
export function headingPath(section: Section | undefined): string[] {
  const path: string[] = [];
  for (let s = section; s; s = s.parent) path.unshift(s.heading);
  return path;
}

/** A problem with the document itself, at a 1-based line. */
export interface LineProblem {
  readonly line: number;
  readonly message: string;
}

/** Invalid front matter in words, at its line; undefined when it is valid or absent. */
export function frontMatterProblem(doc: DesignDocument): LineProblem | undefined {
  const error = doc.frontMatter?.error;
  if (!error) return undefined;
  return { line: error.line + 1, message: `front matter is not valid YAML: ${error.message}. The entry there is ignored until it is fixed (the others are read)` };
}

/** Front matter as a plain record, or an empty one when absent or not a mapping. */
export function frontMatterRecord(doc: DesignDocument): Record<string, unknown> {
  const data = doc.frontMatter?.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
