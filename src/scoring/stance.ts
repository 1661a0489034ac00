// Whether a sentence adopts what it names: per token, is it rejected (negated or argued against), is it
// rejected by the writer for this design (a pitfall when it is a good practice), or is it being replaced
// ("replace the 30-second default with…")? Built on the shared negation scopes. Pure.
import { tokenAt, type Sentence } from '../shared/text';
import { LEFT_OUT_COLUMNS } from '../checklist/words';
import { anyOf } from '../shared/words';
import { ARGUES_AGAINST, DEFERS, REJECTS, REPLACEMENT_ENDS, REPLACES } from './words';

/** A table column of what the design leaves out ("Gateway does NOT", "Rejected", "Non-goals"). */
const LEFT_OUT_COLUMN = anyOf(LEFT_OUT_COLUMNS);

export interface Stance {
  /** Per token: the sentence does not adopt it (negated, argued against). */
  readonly rejected: readonly boolean[];
  /** Per token: the writer turns it down for this design ("I would not add…", "… is not needed"). */
  readonly rejecting: readonly boolean[];
  /** Per token: the sentence gives it up for something else, so it is not advocated. */
  readonly replaced: readonly boolean[];
}

/** Negators whose scope is a condition or a contrast, not a refusal: "without backoff, retries pile up". */
const WEAK_NEGATORS = new Set(['without', 'avoid', 'avoids', 'avoiding', 'against', 'instead', 'reject', 'rejects', 'rejected', 'rejecting']);
/** Negators that, before a weak one, turn it round: "never retry without backoff" adopts backoff. */
const STRONG_NEGATORS = new Set(['no', 'not', 'never', "don't", "doesn't", "won't", "can't", 'cannot', "shouldn't", "mustn't", "wouldn't"]);
/** Words that join the items of a negated list. */
const LIST_JOINS = new Set(['or', 'nor', 'and']);
/** After "and", a new subject starts a new statement: "no breakers, and we add bulkheads". */
const NEW_SUBJECT = new Set(['i', 'we', 'you', 'they', 'it', 'this', 'that', 'then', 'use', 'add', 'instead']);
/** Verbs of absence: what follows them was missing. */
const LACKS = new Set(['lack', 'lacks', 'lacked', 'lacking']);
/** How far a verb of absence reaches in its clause. */
const LACK_REACH = 6;
/** How far a replacing word reaches. */
const REPLACE_REACH = 7;

const REPLACING = new RegExp(REPLACES.source, 'g');

const cache = new WeakMap<Sentence, Stance>();

const NOT_THE_FIX = /^(not|never|no) (the |a )?(fix|answer|solution|cure|way out)\b[^:]{0,20}:/;

/** A clause that waves the clause before it away: "but the user does not notice", "but that does not matter". */
const DISMISSES = /^(but|yet|though|although|and)\b[^.;]{0,40}\b((no one|nobody|the user|users|customers|clients|anyone)\b[^.;]{0,12}\b(does not|doesn't|do not|don't|won't|will not|would not|wouldn't) (notice|care|mind)|(it|that|this) (does not|doesn't) (really )?matter|(is|are) (negligible|fine|acceptable|not a (real )?problem|no (real )?problem))\b/;

export function stanceOf(s: Sentence): Stance {
  const cached = cache.get(s);
  if (cached) return cached;
  const n = s.tokens.length;
  // A cell of a column of what the design leaves out adopts nothing it names, and refuses nothing either: it
  // may say what is done instead ("Act as the only security layer: services still verify identity").
  const leftOut = !!s.column && LEFT_OUT_COLUMN.test(s.column);
  const rejected = leftOut ? new Array<boolean>(n).fill(true) : [...s.negated];
  const rejecting = new Array<boolean>(n).fill(false);
  const replaced = new Array<boolean>(n).fill(false);
  // "no backoff or retry budgets": a negation reaches every item of the list it starts.
  for (let i = 1; i + 1 < n; i++) {
    if (!LIST_JOINS.has(s.tokens[i].word) || !rejected[i - 1] || rejected[i + 1] || s.clause[i + 1] !== s.clause[i]) continue;
    if (NEW_SUBJECT.has(s.tokens[i + 1].word)) continue;
    for (let j = i + 1; j < n && j <= i + 4 && s.clause[j] === s.clause[i]; j++) rejected[j] = true;
  }
  // "NOT the fix: bigger pools, more pods": what a label turns down is listed after it, not adopted.
  const notTheFix = NOT_THE_FIX.exec(s.norm);
  if (notTheFix) for (let i = 0; i < n; i++) if (s.tokens[i].start >= notTheFix[0].length) rejected[i] = true;
  // "we lacked circuit breakers", "for want of bulkheads": what was missing is named, not adopted.
  for (let i = 0; i < n; i++) {
    if (!LACKS.has(s.tokens[i].word)) continue;
    for (let j = i + 1; j < n && j <= i + LACK_REACH && s.clause[j] === s.clause[i]; j++) rejected[j] = true;
  }
  const clauses = clauseSpans(s);
  const refuses = REJECTS.test(s.norm);
  const defers = DEFERS.test(s.norm);
  // "Circuit breakers are often suggested, but they would have made Saturday worse": a clause that condemns
  // what its pronoun points back to argues against the clause before it.
  const against = new Map<number, boolean>();
  let previous: number | undefined;
  for (const [c, [from, to]] of clauses) {
    const condemns = ARGUES_AGAINST.test(s.norm.slice(s.tokens[from].start, s.tokens[to - 1].end));
    if (condemns) against.set(c, true);
    if (condemns && previous !== undefined && pointsBack(s, from, to)) against.set(previous, true);
    // "Network calls add some milliseconds, but the user does not notice": a cost named and waved away.
    if (previous !== undefined && DISMISSES.test(s.norm.slice(s.tokens[from].start, s.tokens[to - 1].end))) against.set(previous, true);
    // A clause of joining words only ("but") is not what a pronoun points back to.
    let content = false;
    for (let i = from; i < to; i++) if (!CLAUSE_JOINS.has(s.tokens[i].word)) content = true;
    if (content) previous = c;
  }
  for (const [c, [from, to]] of clauses) {
    const againstHere = against.get(c) ?? false;
    for (let i = from; i < to; i++) {
      if (againstHere) rejected[i] = true;
      if (!rejected[i]) continue;
      // "never retry without backoff": a weak negator after a strong one is a double negative.
      const negator = nearestNegator(s, i, c);
      if (negator !== undefined && WEAK_NEGATORS.has(s.tokens[negator].word)) {
        const strongBefore = hasStrongBefore(s, negator, c);
        if (strongBefore) {
          rejected[i] = againstHere;
          continue;
        }
        rejecting[i] = againstHere;
        continue;
      }
      // "No breakers", "we will not add…", "never retry…" refuse; "checkout never waits on personalisation"
      // describes what the design does. A scope from after the word ("… is not needed") needs a refusing cue.
      // "Never compensate on a timeout" restricts when the practice applies; it does not turn it down.
      const condition = restrictedAfter(s, i, c) || (negator !== undefined && isCondition(s, negator, i));
      rejecting[i] = !defers && !condition && (againstHere || refuses || (negator !== undefined && refusesHere(s, negator)));
    }
  }
  if (leftOut) rejecting.fill(false);
  markComparedAway(s, rejected);
  // Replacing words reach forward in their clause until "with", "to", … ("replace X with Y" adopts Y).
  for (const m of s.norm.matchAll(REPLACING)) {
    const end = m.index + m[0].length;
    const at = tokenAt(s, end);
    if (at <= 0 || at >= n) continue;
    const c = s.clause[at - 1];
    for (let j = at; j < n && j < at + REPLACE_REACH && s.clause[j] === c; j++) {
      if (REPLACEMENT_ENDS.has(s.tokens[j].word)) break;
      replaced[j] = true;
    }
  }
  const stance = { rejected, rejecting, replaced };
  cache.set(s, stance);
  return stance;
}

/** Words that open a condition on what stands before them: "never retry after the pivot", "not while it is in doubt". */
const RESTRICTING = new Set(['when', 'whenever', 'while', 'once', 'if', 'unless', 'after', 'before', 'during']);
/** Before "once", words that make it a count ("exactly once", "at least once"), not a condition. */
const ONCE_AS_COUNT = new Set(['exactly', 'least', 'most', 'only', 'just']);
/** After "on", the events a rule may be restricted to: "never compensate on a timeout". */
const ON_EVENTS = new Set(['timeout', 'timeouts', 'failure', 'failures', 'error', 'errors', 'retry', 'retries']);
/** How far after the practice a restricting condition may stand. */
const RESTRICT_REACH = 6;

/** Whether token `i` is itself the condition of a refusal that starts at `negator`: "never compensate on a timeout". */
function isCondition(s: Sentence, negator: number, i: number): boolean {
  for (let j = negator + 1; j < i; j++) {
    const w = s.tokens[j].word;
    if ((RESTRICTING.has(w) && !(w === 'once' && ONCE_AS_COUNT.has(s.tokens[j - 1].word))) || (w === 'on' && i - j <= 2 && ON_EVENTS.has(s.tokens[i].word))) return true;
  }
  return false;
}

/** Whether a condition follows token `i` in its clause, so a refusal of it holds only in that case. */
function restrictedAfter(s: Sentence, i: number, c: number): boolean {
  const n = s.tokens.length;
  for (let j = i + 1; j < n && j <= i + RESTRICT_REACH && s.clause[j] === c; j++) {
    const w = s.tokens[j].word;
    if (RESTRICTING.has(w) && !(w === 'once' && ONCE_AS_COUNT.has(s.tokens[j - 1].word))) return true;
    if (w !== 'on') continue;
    for (let k = j + 1; k < n && k <= j + 2 && s.clause[k] === c; k++) if (ON_EVENTS.has(s.tokens[k].word)) return true;
  }
  return false;
}

/** Comparatives that favour what stands before "than": "one registry is simpler than Kubernetes Services". */
const FAVOURING = new Set(['rather', 'better', 'simpler', 'easier', 'cheaper', 'safer', 'preferable', 'superior', 'cleaner', 'nicer', 'wiser', 'smarter']);
/** Adjectives that favour after "more": "more reliable than retries". */
const FAVOURING_AFTER_MORE = new Set(['reliable', 'robust', 'practical', 'sensible', 'mature', 'efficient', 'predictable', 'resilient', 'useful', 'appropriate']);
/** Verbs of choice before "over": "prefer averages over percentiles". */
const CHOOSING = new Set(['prefer', 'prefers', 'preferred', 'preferring', 'favour', 'favor', 'favours', 'favors', 'choose', 'chose', 'chosen', 'pick', 'picked']);
/** How far a comparison reaches past "than" or "over". */
const COMPARE_REACH = 6;

/**
 * What a comparison puts second is not adopted: "X rather than Y", "X is simpler than Y", "prefer X over Y".
 * A number after "than" is a bound, not an option ("faster than 300 ms"), and is left alone.
 */
function markComparedAway(s: Sentence, rejected: boolean[]): void {
  const n = s.tokens.length;
  for (let i = 1; i + 1 < n; i++) {
    const w = s.tokens[i].word;
    let compares = false;
    if (w === 'than') {
      const prev = s.tokens[i - 1].word;
      compares = FAVOURING.has(prev) || (i >= 2 && s.tokens[i - 2].word === 'more' && FAVOURING_AFTER_MORE.has(prev));
    } else if (w === 'over') {
      for (let j = i - 1; j >= 0 && j >= i - 6 && s.clause[j] === s.clause[i]; j--) if (CHOOSING.has(s.tokens[j].word)) compares = true;
    }
    if (!compares || /^\d/.test(s.tokens[i + 1].word)) continue;
    for (let j = i + 1; j < n && j <= i + COMPARE_REACH && s.clause[j] === s.clause[i]; j++) rejected[j] = true;
  }
}

/** The writer, as the subject of a refusal. */
const WRITER = new Set(['i', 'we', "i'd", "we'd", "we'll", "i'll", 'you', 'our', 'my', 'let']);
/** How far before a negator its subject may stand. */
const WRITER_REACH = 12;
/** Words that may stand before a refusing negator at the start of a clause: "Do not add…", "And never retry…". */
const CLAUSE_OPENERS = new Set(['do', 'please', 'and', 'but', 'so', 'then', 'just', 'simply', 'also', 'i', 'we', 'you', 'let']);
/** Negators that refuse wherever they stand: "no breakers", "with no retries", "none". */
const REFUSING_NEGATORS = new Set(['no', 'none', 'nor', 'neither']);

/**
 * Whether the negator at `at` is the writer refusing: a "no" ("no breakers"), a negator that opens its clause
 * ("Never retry…", "Do not add…"), or one whose subject is the writer ("we will not…").
 */
function refusesHere(s: Sentence, at: number): boolean {
  const start = clauseStart(s, at);
  if (REFUSING_NEGATORS.has(s.tokens[at].word)) return !describes(s, start, at);
  // "Never retry…" and "Do not add…" refuse; "VMs cannot resolve cluster DNS" states a fact about its subject.
  if (at === start || (at - start === 1 && CLAUSE_OPENERS.has(s.tokens[start].word))) return true;
  // The subject stands near its verb: a bounded look back keeps a long clause linear.
  for (let j = Math.max(start, at - WRITER_REACH); j < at; j++) if (WRITER.has(s.tokens[j].word)) return true;
  return false;
}

/** Relative pronouns: what follows tells what a noun is or does, not what the writer decides. */
const RELATIVES = new Set(['that', 'which', 'who', 'whose', 'where']);

/**
 * Whether a "no" at `at` stands in a relative clause that describes a thing ("modules that reach into each other's
 * tables with no test guarding the contract"): a diagnosis of what is there, not the writer turning a practice down.
 * A writer after the pronoun ("… that we run with no retries") still refuses.
 */
function describes(s: Sentence, start: number, at: number): boolean {
  // The clause may start right after the pronoun: look one token before it too.
  for (let j = at - 1; j >= Math.max(start - 1, 0) && j >= at - WRITER_REACH; j--) {
    const w = s.tokens[j].word;
    if (WRITER.has(w)) return false;
    if (RELATIVES.has(w)) return j > 0;
  }
  return false;
}

const CLAUSE_JOINS = new Set(['but', 'and', 'or', 'yet', 'so', 'however', 'although', 'though']);

/** Pronouns that carry a clause's subject over from the clause before. */
const BACK_POINTERS = new Set(['they', 'it', 'these', 'this', 'them', 'that', 'both']);

/** Whether the clause's subject is a pronoun near its start: "…, but I think they would…". */
function pointsBack(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to && i < from + 4; i++) if (BACK_POINTERS.has(s.tokens[i].word)) return true;
  return false;
}

const starts = new WeakMap<Sentence, number[]>();
/** The index of the first token of the clause that holds token `at` (computed once per sentence: linear). */
export function clauseStart(s: Sentence, at: number): number {
  let list = starts.get(s);
  if (!list) {
    list = new Array<number>(s.tokens.length);
    for (let i = 0; i < s.tokens.length; i++) list[i] = i > 0 && s.clause[i - 1] === s.clause[i] ? list[i - 1] : i;
    starts.set(s, list);
  }
  return list[at] ?? at;
}

/** Each clause's token range. */
function clauseSpans(s: Sentence): Map<number, [number, number]> {
  const spans = new Map<number, [number, number]>();
  s.clause.forEach((c, i) => {
    const span = spans.get(c);
    if (span) span[1] = i + 1;
    else spans.set(c, [i, i + 1]);
  });
  return spans;
}

/** The nearest token before `i` in clause `c` that is a negator of either kind. */
function nearestNegator(s: Sentence, i: number, c: number): number | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 8 && s.clause[j] === c; j--) {
    const w = s.tokens[j].word;
    if (WEAK_NEGATORS.has(w) || STRONG_NEGATORS.has(w) || w.endsWith("n't")) return j;
  }
  return undefined;
}

function hasStrongBefore(s: Sentence, at: number, c: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 8 && s.clause[j] === c; j--) {
    const w = s.tokens[j].word;
    if (STRONG_NEGATORS.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}
