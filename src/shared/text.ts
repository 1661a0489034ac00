// Text analysis shared by the checklist and the scorer: sentences, tokens, stems, phrase
// matching, negation, hedging and placeholders. Pure: no `vscode` import.
import type { Block, DesignDocument, Section } from './document';
import { DEFERRED, DOUBT, HEARSAY, MAY, UNDECIDED, WISHES } from './hedges';
import { anyOf, DISMISSES_RISK } from './words';

export interface Token {
  /** Lower-case word as written. */
  readonly word: string;
  readonly stem: string;
  /** Offsets in the sentence's `norm` text. */
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  /** The sentence as written (Markdown markers removed). */
  readonly text: string;
  /** Lower-case, typography-normalised text that patterns run on. */
  readonly norm: string;
  readonly line: number;
  readonly tokens: readonly Token[];
  /** Per token: true when it stands inside a negation's or rejection's scope. */
  readonly negated: readonly boolean[];
  /** Per token: index of its clause in the sentence. */
  readonly clause: readonly number[];
  /** The sentence only considers, postpones or asks; it decides nothing. */
  readonly hedged: boolean;
  /** A template prompt, TODO or TBD: not content at all. */
  readonly placeholder: boolean;
  readonly block: Block;
  readonly section: Section | undefined;
  /** For a table cell: its row's first cell and the header, which say what the cell is about. */
  readonly context?: readonly Token[];
  /** For a table cell: its column's header, normalised ("turned down", "decision"). */
  readonly column?: string;
  /** A bold lead-in that labels the paragraph ("**What we are replacing:** …"), normalised. */
  readonly label?: string;
}

// ---------------------------------------------------------------------------------------------
// Stemming: a small suffix stripper, enough to make "deploys", "deployed" and "deploying" meet.

const stemCache = new Map<string, string>();

export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const s = computeStem(word);
  if (stemCache.size < 50_000) stemCache.set(word, s);
  return s;
}

/** Words whose forms must not meet: "owns" (a service owns data) is not "own" (its own database). */
const STEM_EXCEPTIONS: Record<string, string> = { owns: 'owns', owned: 'owns', owning: 'owning', owner: 'owner', owners: 'owner' };

function computeStem(w: string): string {
  const exception = STEM_EXCEPTIONS[w];
  if (exception) return exception;
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith("'s") || s.endsWith('’s')) s = s.slice(0, -2);
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (/(ss|us|is)$/.test(s)) {
    /* keep: "class", "status", "analysis" */
  } else if (/(sses|xes|zes|ches|shes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && s.length > 3) s = s.slice(0, -1);
  for (const suffix of ['ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'ly']) {
    if (s.endsWith(suffix) && s.length - suffix.length >= 3) {
      s = s.slice(0, -suffix.length);
      // "mapped" -> "map", but keep "install" and "roll"
      if ((suffix === 'ing' || suffix === 'ed') && /([bdgmnprt])\1$/.test(s)) s = s.slice(0, -1);
      break;
    }
  }
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Normalising and tokenising.

/** Lower-cases and folds typography so that patterns can be written once. */
const FOLD = /[‘’ʼ´]|[“”«»]|[‐-―−]|→|⟶|➔|=>|-->|->|[*_~`]+|\s{2,}|[\t\n\r\f\v]/g;
/** What FOLD's match becomes, told by its first character (each alternative starts with its own kind). */
function fold(m: string): string {
  const c = m.charCodeAt(0);
  if (c === 0x2018 || c === 0x2019 || c === 0x2bc || c === 0xb4) return "'";
  if (c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) return '"';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  // Emphasis markers, runs of white space, and tabs or line breaks.
  if (c === 0x2a || c === 0x5f || c === 0x7e || c === 0x60 || WHITE.test(m.charAt(0))) return ' ';
  return ' -> ';
}
const WHITE = /\s/;

/** Word pairs whose parts mean something else alone: "at rest" is not REST, "log in" is not logging. */
const IDIOMS = /\b(at rest|log(?:s|ged|ging)? (?:in|into|on)\b)/g;
const idiom = (m: string): string => (m === 'at rest' ? 'atrest' : 'login');

/** A full stop between words becomes a space ("orders.created", "e.g.x"); a version number keeps its ("v1.2"). */
const INNER_DOT = /([a-z]|[0-9](?=\.[a-z]))\.(?=[a-z0-9])/g;

const READ_WRITE = /\bread ?[+/&] ?write\b/;
const READ_WRITE_ALL = new RegExp(READ_WRITE.source, 'g');

export function normalize(text: string): string {
  // The last two replacements are skipped when they cannot apply: most sentences end on their only full stop.
  let folded = text.toLowerCase().replace(FOLD, fold);
  const dot = folded.indexOf('.');
  if (dot >= 0 && dot < folded.length - 1) folded = folded.replace(INNER_DOT, '$1 ');
  if (folded.includes('  ')) folded = folded.replace(/ {2,}/g, ' ');
  // "read + write", "read/write", "read & write" say what "read and write" says.
  if (folded.includes('read') && READ_WRITE.test(folded)) folded = folded.replace(READ_WRITE_ALL, 'read and write');
  return folded.includes('at rest') || folded.includes('log') ? folded.replace(IDIOMS, idiom) : folded;
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetter = (c: number): boolean => c >= 97 && c <= 122;
const APOSTROPHE = 39;

/**
 * The words of a normalised text: each match of /[a-z0-9]+(?:'[a-z]+)?/g, found by a scan of character codes (the
 * hot path: a regular expression's match objects cost more than the words).
 */
export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  const n = norm.length;
  for (let i = 0; i < n; ) {
    if (!isAlnum(norm.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAlnum(norm.charCodeAt(i))) i++;
    if (i + 1 < n && norm.charCodeAt(i) === APOSTROPHE && isLetter(norm.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isLetter(norm.charCodeAt(i))) i++;
    }
    const word = norm.slice(start, i);
    tokens.push({ word, stem: stem(word), start, end: i });
  }
  return tokens;
}

/** Stems of a phrase, as they will be matched against sentences. */
export function phraseStems(phrase: string): string[] {
  return tokenize(normalize(phrase)).map((t) => t.stem);
}

// ---------------------------------------------------------------------------------------------
// Negation, hedging and placeholders.

/** Words that negate what follows them in the same clause. */
const NEGATORS = new Set([
  'no', 'not', 'never', 'without', 'none', 'neither', 'nor', 'nobody', 'nothing', 'avoid', 'reject', 'against',
  "don't", "doesn't", "won't", "isn't", "aren't", "can't", 'cannot', "shouldn't", "wouldn't",
  "didn't", "wasn't", "weren't", "haven't", "hasn't", 'instead',
].map(stem));
/** Phrases that negate the clause they end ("a mesh is overkill", "security is out of scope"). */
const POST_NEGATION = new RegExp(
  String.raw`\b(out of (the )?scope|not in scope|not (covered|needed|required|necessary|used|planned|addressed|discussed|considered|part of)|(is|are|was|were) (unnecessary|overkill|rejected|ruled out)|not worth|we (do not|don't) need|${DISMISSES_RISK})\b`,
);
/** Punctuation and words that end a negation's reach. */
const BREAK_CHARS = [...';:,.!?()|'].map((c) => c.charCodeAt(0));
const BREAK_WORDS = new Set(['but', 'however', 'whereas', 'though', 'so', 'then', 'while', 'because', 'which', 'that', 'until']);
const NEGATION_REACH = 7;

const QUOTED = /"[^"]{1,120}"/g;
const HEDGE_LISTS = [DEFERRED, HEARSAY, UNDECIDED, WISHES] as const;
const HEDGE = anyOf(DOUBT, ...HEDGE_LISTS);
const PLACEHOLDER =
  /(\btemplate prompt\b|\btodo\b|\btbd\b|\btbc\b|\bfixme\b|\bxxx\b|\blorem ipsum\b|<[a-z][^>]{0,60}>|\{\{[^{}]*\}\}|\[(describe|explain|list|add|fill|insert|write|your)[^[\]]*\]|_{3,}|^\s*(n\/a|\.\.\.|…)\s*$)/;
const HEDGE_BUT_MAY = anyOf(DOUBT.filter((p) => p !== MAY), ...HEDGE_LISTS);
/** "Both services may change the status" states a permission, not a doubt: the only hedge is "may". */
export function hedgedOnlyByMay(norm: string): boolean {
  return /\bmay\b/.test(norm) && !HEDGE_BUT_MAY.test(norm);
}

/** Sections whose every sentence is future work or an open question, not a decision. */
const UNDECIDED_HEADING = /^(options|alternatives)$|\b(options considered|options compared|alternatives considered|considered options|next steps?|open (questions?|issues?|points?)|future work|future|todo|(?<!\bwhat )to do|to decide|backlog|later|ideas|parking lot|unknowns|tbd|undecided|follow-?ups?|still open|unresolved|not (yet )?decided|open items)\b/;
/** A short sentence that withdraws the decisions of its neighbours ("No decision yet."). */
const WITHDRAWS = /^(no decision( yet)?|not decided( yet)?|undecided|not (yet )?(chosen|agreed|settled)|nothing (is )?decided( yet)?|tbd|to be decided|open question|still open|open|ruled out|rejected|dropped|discarded|declined|not chosen|not pursued|considered( and rejected)?|parked|deferred|options( considered)?|alternatives( considered)?|candidates)\b/;
const LEAD_LABEL = /^\s*(?:\*\*|__)([^*_\n]{1,80}?)[.:]?(?:\*\*|__)[.:]?\s+(?=\S)/;
/** A cheap first look before the full placeholder expression. */
const MAYBE_PLACEHOLDER = /template prompt|todo|tbd|tbc|fixme|xxx|lorem|<|\{\{|\[|__|n\/a|\.\.\.|…/;
/** A template's prompt left in place: a question in italics on its own ("*How do services find each other?*"). */
const TEMPLATE_QUESTION = /^\s*[*_][^*_]{3,300}\?[*_]\s*$/;
/** A template's instruction left in place: "_Describe the single entry point for external clients…_", "*Template: …*". */
const TEMPLATE_PROMPT = /^[\s*_]*(template\s*:|(describe|explain|outline|specify|summarise|summarize) (the|how|what|which|who|where|when|why|your|any|each)\b)/i;
const SHORT_UNDECIDED = /\b(to be (decided|determined|defined|confirmed)|undecided|not decided( yet)?)\b/;

// ---------------------------------------------------------------------------------------------
// Sentences.

const SENTENCE_END = /(?<=[.!?][*_]{0,3})\s+(?=[("'[]?[A-Z0-9])|\n(?=[^\S\n]*([-*+]|\d+[.)])\s)/g;

/**
 * Per block, its sentences as placed there: what they read alone, whether they withdraw their block's decisions,
 * and (made when first needed) the same sentences hedged. A re-check that keeps a block (see `parseDocument`)
 * finds them here and places nothing again.
 */
interface PlacedBlock {
  readonly sentences: readonly Sentence[];
  readonly withdrawn: boolean;
  hedged?: readonly Sentence[];
}
let placedBlocks = new WeakMap<Block, PlacedBlock>();
/** Per section, whether its heading (or an enclosing one) says nothing under it is decided. */
const undecidedSections = new WeakMap<Section, boolean>();

function undecided(section: Section | undefined): boolean {
  if (!section) return false;
  let u = undecidedSections.get(section);
  if (u === undefined) {
    // The document's title (level 1) names the whole document, not an undecided part of it.
    u = (section.level > 1 && UNDECIDED_HEADING.test(normalize(section.heading).trim())) || undecided(section.parent);
    undecidedSections.set(section, u);
  }
  return u;
}

/** Splits the document's prose into analysed sentences, in document order. */
export function sentencesOf(doc: DesignDocument): Sentence[] {
  const out: Sentence[] = [];
  /** A list under a hedged lead-in ("Probably we will cut the system in the following services:") is proposed, not decided. */
  let proposedList = false;
  let previous: Block | undefined;
  for (const block of doc.blocks) {
    let placed = placedBlocks.get(block);
    if (!placed) {
      const mine: Sentence[] = [];
      placeBlock(block, mine);
      const withdrawn = mine.some((s) => (s.tokens.length <= 6 && WITHDRAWS.test(s.norm.replace(/^[^a-z]+/, ''))) || unsettledByColumn(s));
      placedBlocks.set(block, (placed = { sentences: mine, withdrawn }));
    }
    const mine = placed.sentences;
    if (block.kind !== 'list-item') {
      const last = mine[mine.length - 1];
      proposedList = !!last && last.hedged && /:\s*$/.test(last.norm);
    } else if (previous?.kind === 'list-item' && block.line > previous.endLine + 2) proposedList = false;
    previous = block;
    if (placed.withdrawn || undecided(block.section) || (block.kind === 'list-item' && proposedList)) {
      placed.hedged ??= mine.map((s) => (s.placeholder ? s : { ...s, hedged: true }));
      for (const s of placed.hedged) out.push(s);
    } else for (const s of mine) out.push(s);
  }
  return out;
}

/** A table's "Decided?" or "Status" column that answers "No" or "Pending" for its row. */
const STATUS_COLUMN = /\b(decided|decision made|agreed|settled|final|status|chosen)\b/;
const NOT_SETTLED = /^(no|not yet|pending|none|in progress|under review)[.!]?$/;
function unsettledByColumn(s: Sentence): boolean {
  return !!s.column && STATUS_COLUMN.test(s.column) && NOT_SETTLED.test(s.norm.replace(/[^a-z .!]/g, '').trim());
}

/** A sentence of a block, apart from where the block stands: its line as an index into the block's lines. */
interface Piece {
  readonly sentence: Sentence;
  readonly lineIndex: number;
}

/**
 * Block splits by content, so that an edit re-splits only the blocks it touched: the same text, cells and
 * header split the same way wherever they stand. Bounded; cleared when full.
 */
const splits = new Map<string, readonly Piece[]>();
const rowSplits = new Map<string, readonly Piece[]>();

/** Adds the block's sentences to `out`, from the cache when the same block was split before. */
function placeBlock(block: Block, out: Sentence[]): void {
  // A paragraph is keyed by its text as it is (no copy of it is made); a table row by its cells and header.
  const cache = block.cells ? rowSplits : splits;
  const key = block.cells ? `${block.isHeader ? 'h' : 'r'}\u0000${block.text}\u0000${block.header?.join('\u0001') ?? ''}` : block.text;
  let pieces = cache.get(key);
  if (!pieces) {
    const sentences: Sentence[] = [];
    splitBlock(block, sentences);
    pieces = sentences.map((sentence) => ({ sentence, lineIndex: Math.max(0, block.lineOf.indexOf(sentence.line)) }));
    if (cache.size >= MAX_ANALYSES) cache.clear();
    cache.set(key, pieces);
  }
  for (const { sentence, lineIndex } of pieces) {
    const line = block.cells ? block.line : block.lineOf[Math.min(lineIndex, block.lineOf.length - 1)];
    out.push(sentence.block === block ? sentence : placed(sentence, line, block));
  }
}

/** The sentence at another place: the same analysis, another line and block (no spread: this is the hot path). */
function placed(s: Sentence, line: number, block: Block): Sentence {
  const out: { -readonly [K in keyof Sentence]: Sentence[K] } = {
    text: s.text, norm: s.norm, line, tokens: s.tokens, negated: s.negated, clause: s.clause, hedged: s.hedged, placeholder: s.placeholder, block, section: block.section,
  };
  if (s.context) out.context = s.context;
  if (s.column !== undefined) out.column = s.column;
  if (s.label !== undefined) out.label = s.label;
  return out;
}

/** Words from which a table's first cell is a statement, not a row label. */
const LONG_FIRST_CELL = 8;

function splitBlock(block: Block, out: Sentence[]): void {
  {
    if (block.cells) {
      if (block.isHeader) return;
      // A table row is read cell by cell; its first cell and the header say what each cell is about.
      const context = tokenize(normalize([block.cells[0], ...(block.header ?? [])].join(' | ')));
      const filled = block.cells.filter((c) => c.trim());
      // The first cell labels its row ("| Retries | …"), unless it is a statement of its own: a long first cell
      // ("| Be the only public door: delete the 18 public load balancers | … |") is read like the others.
      const labelled = filled.length > 1 && block.cells[0].trim().split(/\s+/).length < LONG_FIRST_CELL;
      const first = labelled ? 1 : 0;
      const cells = block.cells
        .map((c, j) => ({ c, j }))
        .slice(first)
        .filter(({ c }) => c.trim());
      // A row whose value is TBD is a prompt, whatever its label says.
      if (cells.some(({ c }) => analyse(c, block.line, block).placeholder)) return;
      // A cell that holds a paragraph is read sentence by sentence, as a paragraph is: one cell's five points are
      // not a list of terms, and one sentence's "no" does not reach into the next.
      for (const { c, j } of cells) {
        const header = block.header?.[j]?.trim();
        for (const piece of sentencePieces(c)) out.push({ ...analyse(piece, block.line, block), context, ...(header ? { column: normalize(header) } : {}) });
      }
      return;
    }
    // A bold lead-in ("**Ruled out.** Eureka…") labels the paragraph like a small heading.
    const label = LEAD_LABEL.exec(block.text);
    const raw = label ? ' '.repeat(label[0].length) + block.text.slice(label[0].length) : block.text;
    const context = label ? tokenize(normalize(label[1])) : undefined;
    const withdrawn = label && WITHDRAWS.test(normalize(label[1]).trim());
    let from = 0;
    // Newlines before `counted`, carried from sentence to sentence: counting from the start each time is quadratic.
    let counted = 0;
    let lineIndex = 0;
    const cut = (to: number): void => {
      const piece = raw.slice(from, to);
      if (piece.trim()) {
        const lead = piece.length - piece.trimStart().length;
        lineIndex += countNewlines(raw, counted, from + lead);
        counted = from + lead;
        const s = analyse(piece.trim(), block.lineOf[Math.min(lineIndex, block.lineOf.length - 1)], block);
        out.push(context ? { ...s, context, label: normalize(label![1]), hedged: s.hedged || !!withdrawn } : s);
      }
    };
    for (const m of raw.matchAll(SENTENCE_END)) {
      cut(m.index);
      from = m.index + m[0].length;
    }
    cut(raw.length);
  }
}

/** The sentences of one line of text (a table cell), trimmed. */
function sentencePieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    pieces.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  pieces.push(text.slice(from));
  return pieces.map((p) => p.trim()).filter((p) => p);
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** What a sentence's analysis depends on its text alone: everything but where it stands. */
type Analysis = Omit<Sentence, 'line' | 'block' | 'section' | 'context' | 'column' | 'label'>;

/**
 * Analyses by text, so that a re-check after an edit re-analyses only the sentences that changed: a document's
 * other sentences, and the same sentence in another document, are read once. Bounded; cleared when full.
 */
const analyses = new Map<string, Analysis>();
const MAX_ANALYSES = 20_000;

/** Forgets every cached analysis (for benchmarks that measure a first check). */
export function clearAnalyses(): void {
  analyses.clear();
  splits.clear();
  rowSplits.clear();
  placedBlocks = new WeakMap();
}

/** Analyses one piece of text as a sentence (exported for the scorer and for tests). */
export function analyse(text: string, line: number, block: Block): Sentence {
  let analysis = analyses.get(text);
  if (!analysis) {
    if (analyses.size >= MAX_ANALYSES) analyses.clear();
    analyses.set(text, (analysis = analyseText(text)));
  }
  const a = analysis;
  return { text: a.text, norm: a.norm, line, tokens: a.tokens, negated: a.negated, clause: a.clause, hedged: a.hedged, placeholder: a.placeholder, block, section: block.section };
}

function analyseText(text: string): Analysis {
  const plain = (text.includes('](') ? text.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1') : text).replace(/\s+/g, ' ');
  const norm = normalize(plain);
  const tokens = tokenize(norm);
  const clause = clauseIndex(norm, tokens);
  const negated = negation(norm, tokens, clause);
  // Code spans are literal (`<service>` in a command is no template prompt).
  const placeholder =
    (MAYBE_PLACEHOLDER.test(norm) && PLACEHOLDER.test(plain.includes('`') ? normalize(plain.replace(/`[^`]*`/g, ' ')) : norm)) ||
    (tokens.length <= 5 && SHORT_UNDECIDED.test(norm)) ||
    TEMPLATE_QUESTION.test(plain) ||
    TEMPLATE_PROMPT.test(plain);
  // Quoted text (a banner, a slogan, someone's words) is not the author hedging.
  const hedged = !placeholder && (HEDGE.test(norm.replace(QUOTED, '""')) || /\?\s*$/.test(norm));
  return { text: plain.trim(), norm, tokens, negated, clause, hedged, placeholder };
}

function clauseIndex(norm: string, tokens: readonly Token[]): number[] {
  const clause = new Array<number>(tokens.length);
  let c = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      if (BREAK_WORDS.has(tokens[i - 1].word)) c++;
      for (let k = tokens[i - 1].end; k < tokens[i].start; k++) {
        const ch = norm.charCodeAt(k);
        if (BREAK_CHARS.includes(ch) || (ch === 45 && norm.charCodeAt(k - 1) === 32 && norm.charCodeAt(k + 1) === 32)) {
          c++;
          break;
        }
      }
    }
    clause[i] = c;
  }
  return clause;
}

function negation(norm: string, tokens: readonly Token[], clause: readonly number[]): boolean[] {
  const negated = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    if (!negatesAt(tokens, i)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + NEGATION_REACH && clause[j] === clause[i]; j++) negated[j] = true;
  }
  const post = POST_NEGATION.exec(norm);
  if (post) {
    // "Security review (customer data, SSO) is out of scope": the whole subject goes, not one clause.
    const end = post.index + post[0].length;
    const head = norm.slice(0, post.index);
    const from = Math.max(head.lastIndexOf(';'), head.lastIndexOf(' but '), head.lastIndexOf('. '));
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].start > from && tokens[i].start < end) negated[i] = true;
    }
  }
  return negated;
}

/** "Not just", "not only": more than what follows, not its refusal ("not just 'process is alive'"). */
const ADDITIVE = new Set(['just', 'only', 'merely', 'simply']);

/** Whether token `i` negates what follows it. */
function negatesAt(tokens: readonly Token[], i: number): boolean {
  if (NEGATORS.has(tokens[i].stem)) return !(tokens[i].word === 'not' && i + 1 < tokens.length && ADDITIVE.has(tokens[i + 1].word));
  // "I'd turn down Eureka", "we rule out a mesh": the particle ends a verb that refuses what follows.
  return i > 0 && ((tokens[i].word === 'down' && TURN.has(tokens[i - 1].word)) || (tokens[i].word === 'out' && RULE.has(tokens[i - 1].word)));
}
const TURN = new Set(['turn', 'turns', 'turned', 'turning']);
const RULE = new Set(['rule', 'rules', 'ruled', 'ruling']);

/**
 * The index of the first token that starts at or after `offset` (the token count when none does). By bisection:
 * callers ask once per match in a sentence, and a linear search makes a long sentence quadratic.
 */
export function tokenAt(s: Pick<Sentence, 'tokens'>, offset: number): number {
  let at = 0;
  for (let hi = s.tokens.length; at < hi; ) {
    const mid = (at + hi) >> 1;
    if (s.tokens[mid].start < offset) at = mid + 1;
    else hi = mid;
  }
  return at;
}

/** True when the text before `offset` in the same clause holds a negating word nearby. */
export function negatedBefore(s: Sentence, offset: number): boolean {
  const at = tokenAt(s, offset);
  const clause = at < s.tokens.length ? s.clause[at] : s.clause[s.clause.length - 1];
  for (let j = at - 1; j >= 0 && j >= at - NEGATION_REACH && s.clause[j] === clause; j--) {
    if (negatesAt(s.tokens, j)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Phrase matching.

export interface PhraseMatch<T> {
  readonly value: T;
  /** Index of the first and one past the last token. */
  readonly from: number;
  readonly to: number;
}

export interface PhraseOptions {
  /** Maps a stem to the stem that stands for its synonym group, in phrases and in text alike. */
  readonly canon?: (stem: string) => string;
  /**
   * Also matches a phrase of two or more words loosely: its words other than small ones (articles and
   * prepositions), in order, with up to `gap` other words between them ("extract the recommendation
   * engine first" meets "extract recommendations first").
   */
  readonly gap?: number;
}

/** Words a loose match may skip in a phrase: they carry no meaning of their own. */
const SMALL_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'by', 'with', 'its', 'their', 'our', 'is', 'are', 'be', 'as', 'at', 'from', 'into'].map(stem));

interface IndexedPhrase<T> {
  readonly stems: readonly string[];
  readonly value: T;
}

/** Finds many stemmed phrases in sentences quickly: phrases are indexed by their first stem. */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, IndexedPhrase<T>[]>();
  private readonly looseByFirst = new Map<string, IndexedPhrase<T>[]>();

  constructor(private readonly options: PhraseOptions = {}) {}

  /** Adds a phrase; a `*` word in it stands for any one word ("only the * service writes"). */
  add(phrase: string, value: T): void {
    let stems = phrase.includes('*') ? phrase.split(/\s+/).flatMap((w) => (w === '*' ? ['*'] : phraseStems(w))) : phraseStems(phrase);
    const canon = this.options.canon;
    if (canon) stems = stems.map((s) => (s === '*' ? s : canon(s)));
    // A `*` at either end would only ask for some word there: the phrase is its words in between.
    while (stems[0] === '*') stems.shift();
    while (stems[stems.length - 1] === '*') stems.pop();
    if (!stems.length) return;
    push(this.byFirst, stems[0], { stems, value });
    if (this.options.gap) {
      const content = stems.filter((s) => s !== '*' && !SMALL_WORDS.has(s));
      if (content.length >= 2) push(this.looseByFirst, content[0], { stems: content, value });
    }
  }

  matches(tokens: readonly Token[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    this.forEach(tokens, (value, from, to) => found.push({ value, from, to }));
    return found;
  }

  /** Calls `fn` for every match, in order, without building a list (the hot path). A loose match may repeat an exact one. */
  forEach(tokens: readonly Token[], fn: (value: T, from: number, to: number) => void): void {
    const canon = this.options.canon;
    // The checklist's hot path has no synonyms: it reads the tokens' own stems, allocating nothing.
    const mapped = canon ? tokens.map((t) => canon(t.stem)) : undefined;
    const stemAt = mapped ? (i: number): string => mapped[i] : (i: number): string => tokens[i].stem;
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.byFirst.get(stemAt(i));
      if (candidates) {
        for (const c of candidates) {
          let k = 1;
          while (k < c.stems.length && i + k < tokens.length && (stemAt(i + k) === c.stems[k] || c.stems[k] === '*')) k++;
          if (k === c.stems.length) fn(c.value, i, i + k);
        }
      }
      const loose = this.options.gap ? this.looseByFirst.get(stemAt(i)) : undefined;
      if (!loose) continue;
      for (const c of loose) {
        let at = i;
        let k = 1;
        for (; k < c.stems.length; k++) {
          let next = -1;
          for (let j = at + 1; j <= at + 1 + this.options.gap! && j < tokens.length; j++) {
            if (stemAt(j) === c.stems[k]) {
              next = j;
              break;
            }
          }
          if (next < 0) break;
          at = next;
        }
        if (k === c.stems.length) fn(c.value, i, at + 1);
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
