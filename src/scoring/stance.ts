// Whether a sentence adopts what it names: per token, is it rejected (negated or argued against), is it
// rejected by the writer for this design (a pitfall when it is a good practice), or is it being replaced
// ("replace the 30-second default with…")? Built on the shared negation scopes. Pure.
import { tokenAt, type Sentence } from '../shared/text';
import { ARGUES_AGAINST, REJECTS, REPLACEMENT_ENDS, REPLACES } from './words';

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
/** How far a replacing word reaches. */
const REPLACE_REACH = 7;

const REPLACING = new RegExp(REPLACES.source, 'g');

const cache = new WeakMap<Sentence, Stance>();

export function stanceOf(s: Sentence): Stance {
  const cached = cache.get(s);
  if (cached) return cached;
  const n = s.tokens.length;
  const rejected = [...s.negated];
  const rejecting = new Array<boolean>(n).fill(false);
  const replaced = new Array<boolean>(n).fill(false);
  // "no backoff or retry budgets": a negation reaches every item of the list it starts.
  for (let i = 1; i + 1 < n; i++) {
    if (!LIST_JOINS.has(s.tokens[i].word) || !rejected[i - 1] || rejected[i + 1] || s.clause[i + 1] !== s.clause[i]) continue;
    if (NEW_SUBJECT.has(s.tokens[i + 1].word)) continue;
    for (let j = i + 1; j < n && j <= i + 4 && s.clause[j] === s.clause[i]; j++) rejected[j] = true;
  }
  const clauses = clauseSpans(s);
  const refuses = REJECTS.test(s.norm);
  for (const [c, [from, to]] of clauses) {
    const text = s.norm.slice(s.tokens[from].start, s.tokens[to - 1].end);
    const against = ARGUES_AGAINST.test(text);
    for (let i = from; i < to; i++) {
      if (against) rejected[i] = true;
      if (!rejected[i]) continue;
      // "never retry without backoff": a weak negator after a strong one is a double negative.
      const negator = nearestNegator(s, i, c);
      if (negator !== undefined && WEAK_NEGATORS.has(s.tokens[negator].word)) {
        const strongBefore = hasStrongBefore(s, negator, c);
        if (strongBefore) {
          rejected[i] = against;
          continue;
        }
        rejecting[i] = against;
        continue;
      }
      // A plain "no", "not" or "never" refuses; a scope from after the word ("… is not needed") needs a refusing cue.
      rejecting[i] = against || negator !== undefined || refuses;
    }
  }
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
