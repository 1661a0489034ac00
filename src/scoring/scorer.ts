// Scores a written answer against a rubric, as an interviewer would: what the answer decides, whether it
// says why, and whether the reasons come from the scenario. Built on the checklist's text analysis
// (sentences, stems, phrase matching, negation, hedging). Deterministic, offline, pure.
import { parseDocument, type DesignDocument } from '../shared/document';
import type { Setting } from './schema';
import { normalize, PhraseIndex, sentencesOf, stem, tokenize, type PhraseOptions, type Sentence, type Token } from '../shared/text';
import type { Rubric } from './schema';
import { valuesOf, type Value } from './settings';
import { clauseStart, stanceOf, type Stance } from './stance';
import { ARROW, CAUSAL, IMPERSONAL_WOULD, KEEPS_SCENARIO, ORDER_AT_START, SURVEYS, STATES_A_PLAN, VAGUE, JOINING_WORDS, LIST_SEPARATOR, LIST_SEPARATORS, NARRATES, NO_CELL, NOT_A_PROPOSAL_WORDS, PROPOSES, REASON, WHY_HEADER } from './words';
import { challengeTotal } from './calibration';
import type { CriterionScore, EvidenceLine, PitfallFound, ScoreResult } from './types';


export const QUALITY = {
  /** A decision stated plainly. */
  statement: 0.5,
  /** Extra for a reason, and for tying it to the scenario. */
  reason: 0.25,
  fact: 0.25,
  /** A term on its own: a short list item or one of a list of terms. */
  term: 0.25,
  /** Hedged ("we could maybe…"): a fraction of what the plain sentence would earn. */
  hedge: 0.35,
  /** Said of a practice in general, neither proposed nor tied to the scenario. */
  general: 0.4,
} as const;
/** A rejected good practice costs this share of its weight in its criterion's points, and at least `least`. */
export const REJECTION = { share: 0.4, least: 3 } as const;
/**
 * A criterion in which the answer also advocates a mistake or turns down a good practice keeps this share of what
 * its concepts earned, before the mistake's own penalty: an answer that argues for the anti-pattern has not
 * answered the question, however many of the right words it uses around it.
 */
export const CONTRADICTED = 0.5;
/**
 * The grading guide's bands, as caps on a criterion: reasons that never touch the scenario's facts top out in the
 * middle of "sound with gaps"; concepts named with neither reasons nor facts stay "named but thin".
 */
export const BAND = { generic: 0.64, named: 0.44 } as const;
/** Full marks need about three quarters of a criterion's weighted concepts, argued. */
export const SATURATION = 0.65;
/** A bullet this short, with no reason and no number, names a term. */
const SHORT_BULLET = 6;

/**
 * Words that mean the same in an answer about services, so that a rubric names each idea once: the first
 * word of a group stands for the others. Kept to words with no other sense in this domain ("ship" is left
 * out: it is also shipping; "phased" is left out: it is also the phase of a two-phase commit).
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['service', 'microservice', 'microservices', 'svc'],
  ['database', 'db', 'dbs', 'datastore', 'rdbms'],
  ['team', 'squad'],
  ['extract', 'carve', 'peel'],
  ['deploy', 'release', 'rollout'],
  ['failure', 'fault', 'outage'],
  ['isolate', 'contain', 'sandbox'],
  ['gradual', 'gradually', 'incremental', 'incrementally', 'progressive', 'progressively', 'stepwise'],
  ['kubernetes', 'k8s'],
  ['single', 'one', 'sole'],
  ['asynchronous', 'async', 'asynchronously'],
  ['synchronous', 'sync', 'synchronously'],
  ['monitoring', 'monitor'],
];
const CANON = new Map<string, string>();
for (const group of SYNONYMS) for (const word of group) CANON.set(stem(word), stem(group[0]));
const canon = (s: string): string => CANON.get(s) ?? s;
/** Concepts and facts match loosely (a few words may stand between a phrase's words); pitfalls less so. */
const LOOSE: PhraseOptions = { canon, gap: 3 };
const EXACT: PhraseOptions = { canon };
const STRICTER: PhraseOptions = { canon, gap: 1 };

interface ConceptRef {
  readonly criterion: number;
  readonly concept: number;
}

interface PitfallRef {
  readonly criterion: number;
  readonly pitfall: number;
}

interface Compiled {
  readonly concepts: PhraseIndex<ConceptRef>;
  /** The `with` phrases of every concept that has them. */
  readonly withs: PhraseIndex<ConceptRef>;
  readonly facts: PhraseIndex<number>;
  readonly advocates: PhraseIndex<PitfallRef>;
  readonly rejects: PhraseIndex<PitfallRef>;
  /** The practices each pitfall goes against, read loosely: a sentence that keeps one does not fall into the pitfall. */
  readonly keeps: PhraseIndex<PitfallRef>;
  /** Per concept with settings (by key): the words its values must stand beside. */
  readonly near: Map<number, PhraseIndex<number>>;
  /** Per criterion: each order's two steps. */
  readonly orders: { readonly first: PhraseIndex<number>; readonly then: PhraseIndex<number> }[];
  /** The scenario's words (stems), to tell a sentence that only tells the story back. */
  readonly scenario: ReadonlySet<string>;
}

const compiledCache = new WeakMap<Rubric, Compiled>();

function compile(rubric: Rubric): Compiled {
  const cached = compiledCache.get(rubric);
  if (cached) return cached;
  const c: Compiled = {
    concepts: new PhraseIndex(LOOSE),
    withs: new PhraseIndex(LOOSE),
    facts: new PhraseIndex(LOOSE),
    advocates: new PhraseIndex(EXACT),
    rejects: new PhraseIndex(STRICTER),
    keeps: new PhraseIndex(LOOSE),
    near: new Map(),
    orders: [],
    scenario: new Set(tokenize(normalize(rubric.scenario)).map((t) => t.stem)),
  };
  rubric.facts.forEach((f, i) => f.phrases.forEach((p) => c.facts.add(p, i)));
  rubric.criteria.forEach((criterion, ci) => {
    criterion.concepts.forEach((concept, k) => {
      const ref = { criterion: ci, concept: k };
      concept.phrases.forEach((p) => c.concepts.add(p, ref));
      concept.with?.forEach((p) => c.withs.add(p, ref));
      if (concept.settings?.length) {
        const near = new PhraseIndex<number>(EXACT);
        concept.settings.forEach((setting, n) => (setting.near ?? concept.phrases).forEach((p) => near.add(p, n)));
        c.near.set(key(ref), near);
      }
    });
    const first = new PhraseIndex<number>(LOOSE);
    const then = new PhraseIndex<number>(LOOSE);
    criterion.orders?.forEach((order, k) => {
      order.first.forEach((p) => first.add(p, k));
      order.then.forEach((p) => then.add(p, k));
    });
    c.orders.push({ first, then });
    criterion.pitfalls.forEach((pitfall, k) => {
      const ref = { criterion: ci, pitfall: k };
      pitfall.phrases?.forEach((p) => c.advocates.add(p, ref));
      pitfall.negates?.forEach((p) => {
        c.rejects.add(p, ref);
        c.keeps.add(p, ref);
      });
    });
  });
  compiledCache.set(rubric, c);
  return c;
}

const key = (r: ConceptRef): number => r.criterion * 1000 + r.concept;

/** A match is negated when a negation before it reaches it; a phrase may start with a negator of its own ("no big bang"). */
function negatedAt(s: Sentence, from: number): boolean {
  return s.negated[from];
}

interface Credit {
  quality: number;
  sentence: Sentence;
  reasoned: boolean;
  fact?: string;
}

interface FactSpan {
  readonly fact: number;
  readonly from: number;
  readonly to: number;
}

interface SentenceFacts {
  readonly facts: readonly FactSpan[];
  readonly reasoned: boolean;
  /** Three or more concepts listed with commas and "and": a list of terms, whatever else it says. */
  readonly list: boolean;
}

/** Scores an answer (Markdown text, or the document parsed from it) against `rubric`. */
export function scoreAnswer(answer: string | DesignDocument, rubric: Rubric): ScoreResult {
  const compiled = compile(rubric);
  const doc = typeof answer === 'string' ? parseDocument(answer) : answer;
  // In a transcript, the interviewer's lines are the questions, not the answer.
  const sentences = sentencesOf(doc).filter((s) => !s.placeholder && !(s.label !== undefined && INTERVIEWER.test(s.label)) && !INTERVIEWER_LINE.test(s.norm));

  markStoryLists(sentences, doc.lines);
  const credits = new Map<number, Credit>();
  const pitfalls = new Map<string, PitfallFound>();
  /** Good practices the answer rejects, with the first sentence that does. */
  const rejectedAt = new Map<number, { ref: ConceptRef; sentence: Sentence }>();
  let words = 0;
  /** Per paragraph, the criteria whose practice it has turned down (or whose mistake it has argued for) so far. */
  const arguedAgainst = new Map<object, Set<number>>();

  // First pass: what each sentence says (concepts, with where), and what it brings beyond its terms.
  const info: SentenceFacts[] = [];
  const earnedBy: Map<number, { ref: ConceptRef; from: number; to: number }>[] = [];
  sentences.forEach((s, i) => {
    words += s.tokens.length;
    // What a concept needs beside it ("first" for "extract recommendations") may stand in the heading:
    // "## What to extract first" followed by "Recommendations."
    const withOk = new Set<number>();
    compiled.withs.forEach(s.tokens, (ref, from) => {
      if (!negatedAt(s, from)) withOk.add(key(ref));
    });
    compiled.withs.forEach(headingTokens(s), (ref) => withOk.add(key(ref)));
    if (s.context) compiled.withs.forEach(s.context, (ref) => withOk.add(key(ref)));
    const stance = stanceOf(s);
    const proposal = !notAProposal(s.norm) && !narratesIn(s) && !inStorySection(s);
    const facts: FactSpan[] = [];
    compiled.facts.forEach(s.tokens, (fact, from, to) => facts.push({ fact, from, to }));
    const earned = new Map<number, { ref: ConceptRef; from: number; to: number }>();
    const rejected = new Map<number, ConceptRef>();
    const wrong = new Set<number>();
    /** Where a concept is set wrongly: the same words earn nothing for any other criterion either. */
    const wrongSpans: { from: number; to: number }[] = [];
    let values: Value[] | undefined;
    compiled.concepts.forEach(s.tokens, (ref, from, to) => {
      if (stance.rejected[from]) {
        if (proposal && stance.rejecting[from]) rejected.set(key(ref), ref);
        return;
      }
      const concept = rubric.criteria[ref.criterion].concepts[ref.concept];
      // A concept set to a wrong value ("raise the timeout to 60 seconds") earns nothing here, named or not.
      if (concept.settings && !wrong.has(key(ref))) {
        values ??= valuesOf(s);
        const bad = wrongSetting(s, stance, values, compiled.near.get(key(ref))!, concept.settings, from, to);
        if (bad) {
          wrong.add(key(ref));
          wrongSpans.push({ from, to });
          if (bad.penalty > 0 && proposal && proposesIn(s) && !restatesScenario(s, facts, from, to, VALUE_REACH)) addPitfall(pitfalls, rubric, ref.criterion, s, { id: `${concept.id}-${bad.id}`, title: bad.title, penalty: bad.penalty, feedback: bad.feedback });
        }
      }
      if (concept.with && !withOk.has(key(ref))) return;
      if (!earned.has(key(ref))) earned.set(key(ref), { ref, from, to });
    });
    for (const k of wrong) earned.delete(k);
    // "A 10-second timeout with three retries" is no timeout policy for the infrastructure either.
    if (wrongSpans.length) for (const [k, m] of earned) if (wrongSpans.some((w) => m.from < w.to && m.to > w.from)) earned.delete(k);
    // A table row whose answer is "None" rejects the practice its first cell names ("| Backoff | None |").
    if (s.context && NO_CELL.test(s.norm)) compiled.concepts.forEach(s.context, (ref) => rejected.set(key(ref), ref));
    // Steps the wrong way round ("charge the card, then hold the seats") earn nothing in that sentence.
    if (proposal) {
      compiled.orders.forEach((index, ci) => {
        const order = wrongOrder(s, stance, index);
        if (order === undefined) return;
        const o = rubric.criteria[ci].orders![order];
        addPitfall(pitfalls, rubric, ci, s, { id: o.id, title: o.title, penalty: o.penalty, feedback: o.feedback });
        for (const [k, m] of earned) if (m.ref.criterion === ci) earned.delete(k);
      });
    }
    for (const [k, ref] of rejected) if (!earned.has(k)) rejectedAt.set(k, { ref, sentence: s });
    // The scenario told back in prose ("Support spent a week refunding by hand") is neither a point nor a reason.
    if (echoesScenario(s, compiled.scenario)) {
      earned.clear();
      facts.length = 0;
    }
    earnedBy.push(earned);
    info.push({ facts, reasoned: REASON.test(s.norm) || s.norm.includes(ARROW) || rowGivesReason(s), list: isListOfTerms(s, [...earned.values()]) });
    // A sentence that advocates a mistake earns nothing for that criterion ("all six calls stay synchronous").
    const turnedDown = new Set<number>();
    if (!notAProposal(s.norm) && !inStorySection(s)) {
      for (const ci of findPitfalls(s, stance, facts, compiled, rubric, pitfalls)) {
        turnedDown.add(ci);
        for (const [k, m] of earned) if (m.ref.criterion === ci) earned.delete(k);
      }
    }
    // A paragraph that opens by turning a practice down argues for that: the sentences after it explain the
    // refusal ("I would not add circuit breakers. A breaker fails requests that might have succeeded…"), and
    // earn nothing for that criterion unless they put something in its place.
    const argued = arguedAgainst.get(s.block);
    if (argued && !INSTEAD.test(s.norm)) for (const [k, m] of earned) if (argued.has(m.ref.criterion)) earned.delete(k);
    for (const ref of rejected.values()) turnedDown.add(ref.criterion);
    // Only a paragraph that opens so: a refusal in passing later on ("with no shared id I match by time") argues
    // for nothing after it.
    if (turnedDown.size && (argued || opensBlock(sentences, i))) arguedAgainst.set(s.block, new Set([...(argued ?? []), ...turnedDown]));
  });

  wrongListOrders(sentences, doc.lines, compiled, rubric, pitfalls, earnedBy);

  // Second pass: how well each concept is argued. A reason or a fact in the next sentence of the same
  // paragraph ("This keeps…") supports a sentence, unless either is a list of terms.
  sentences.forEach((s, i) => {
    const earned = earnedBy[i];
    if (!earned.size) return;
    const own = info[i];
    const near = [i - 1, i + 1].filter((j) => j >= 0 && j < sentences.length && sentences[j].block === s.block && !info[j].list && !own.list);
    const reasoned = own.reasoned || near.some((j) => j === i + 1 && info[j].reasoned);
    // A fact in the sentence beside ties a concept to the scenario only when one of the two says it follows from
    // the other ("The warehouse slowed to 8 s. So every call gets a 300 ms timeout"): a fact told next to a
    // practice named in general ("…on a busy Saturday") reasons from nothing.
    const nearFacts = near.filter((j) => (j < i ? FOLLOWS.test(s.norm) : FOLLOWS_FROM.test(sentences[j].norm))).flatMap((j) => info[j].facts.map((f) => f.fact));
    const spans = [...earned.values()];
    for (const [k] of earned) {
      // A fact counts as a reason only beside the concepts, not inside one ("extract the recommendation engine").
      const facts = [...own.facts.filter((f) => !spans.some((m) => f.from < m.to && f.to > m.from)).map((f) => f.fact), ...nearFacts];
      let quality: number;
      if (own.list) quality = QUALITY.term;
      else if (!reasoned && !facts.length && s.tokens.length <= 4) quality = QUALITY.term;
      // A short bullet with no reason names a term, whatever scenario word it carries ("Bulkhead pattern (thread pool isolation)").
      else if (!reasoned && s.block.kind === 'list-item' && s.tokens.length <= SHORT_BULLET && !/\d/.test(s.norm)) quality = QUALITY.term;
      else quality = QUALITY.statement + (reasoned ? QUALITY.reason : 0) + (facts.length ? QUALITY.fact : 0);
      if (s.hedged || SURVEYS.test(s.norm)) quality *= QUALITY.hedge;
      // Prose that neither proposes nor touches the scenario describes a practice in general ("Modern deployment
      // practice gives ShopLane a whole spectrum of options, from blue-green to canary"): it decides less.
      else if (!facts.length && (s.block.kind === 'paragraph' || s.block.kind === 'blockquote') && (!STATES_A_PLAN.test(s.norm) || (VAGUE.test(s.norm) && !/\d/.test(s.norm)))) quality *= QUALITY.general;
      const previous = credits.get(k);
      if (!previous || quality > previous.quality) {
        credits.set(k, { quality, sentence: s, reasoned, fact: facts.length ? rubric.facts[facts.reduce((a, b) => Math.min(a, b))].title : undefined });
      }
    }
  });

  // Rejecting a good practice is a mistake of its own, unless the answer adopts it elsewhere.
  for (const [k, { ref, sentence }] of rejectedAt) {
    if (credits.has(k)) continue;
    const criterion = rubric.criteria[ref.criterion];
    const concept = criterion.concepts[ref.concept];
    if (pitfallsOnLine(pitfalls, criterion.id, sentence.line + 1)) continue;
    const totalWeight = criterion.concepts.reduce((sum, c) => sum + c.weight, 0);
    const penalty = Math.max(REJECTION.least, Math.round((REJECTION.share * criterion.points * concept.weight) / totalWeight));
    addPitfall(pitfalls, rubric, ref.criterion, sentence, {
      id: `rejects-${concept.id}`,
      title: `Rejects a good practice: ${concept.title.charAt(0).toLowerCase()}${concept.title.slice(1)}`,
      penalty,
      feedback: concept.feedback,
    });
  }

  const criteria: CriterionScore[] = rubric.criteria.map((criterion, ci) => {
    const totalWeight = criterion.concepts.reduce((sum, c) => sum + c.weight, 0);
    let raw = 0;
    const evidence: EvidenceLine[] = [];
    const missing: string[] = [];
    const weak: string[] = [];
    criterion.concepts.forEach((concept, k) => {
      const credit = credits.get(ci * 1000 + k);
      if (!credit) {
        missing.push(concept.title);
        return;
      }
      raw += (concept.weight * credit.quality) / totalWeight;
      const full = credit.quality >= QUALITY.statement + QUALITY.reason;
      if (!full) weak.push(concept.title);
      evidence.push({ line: credit.sentence.line + 1, text: credit.sentence.text, concept: concept.title, fact: credit.fact, strength: full ? 'full' : 'partial' });
    });
    // The rubric's own pitfalls first, in its order; then wrong settings, wrong orders and rejected practices.
    const own = criterion.pitfalls.flatMap((p) => {
      const f = pitfalls.get(`${criterion.id}/${p.id}`);
      return f ? [f] : [];
    });
    const found = [...own, ...[...pitfalls].filter(([id, f]) => id.startsWith(`${criterion.id}/`) && !own.includes(f)).map(([, f]) => f)];
    const credited = criterion.concepts.map((_, k) => credits.get(ci * 1000 + k)).filter((c): c is Credit => !!c);
    const band = credited.some((c) => c.fact) ? 1 : credited.some((c) => c.reasoned) ? BAND.generic : BAND.named;
    const earnedPoints = criterion.points * Math.min(band, raw / SATURATION) * (found.length ? CONTRADICTED : 1);
    const penalty = found.reduce((sum, p) => sum + p.penalty, 0);
    const score = Math.max(0, Math.round(earnedPoints - penalty));
    evidence.sort((a, b) => a.line - b.line);
    return {
      id: criterion.id,
      title: criterion.title,
      question: criterion.question,
      score,
      max: criterion.points,
      evidence,
      missing,
      pitfalls: found,
      feedback: feedbackFor(rubric, ci, score, missing, weak, found),
      topics: criterion.topics,
      modelAnswer: criterion.modelAnswer,
    };
  });

  const max = criteria.reduce((sum, c) => sum + c.max, 0);
  const total = challengeTotal(rubric.id, criteria.reduce((sum, c) => sum + c.score, 0) / max);
  return { challenge: rubric.id, title: rubric.title, total, criteria, next: nextSteps(rubric, criteria), words };
}


/** A sentence that opens on what the one before it leads to, or on why the one before it holds. */
const FOLLOWS = /^(so|therefore|hence|that is why|that's why|this is why|which is why|because of (this|that)|for (this|that) reason|given (this|that)|as a result|to fix (this|that)|to stop (this|that)|so that|thus)\b/;
const FOLLOWS_FROM = /^(because|since|as|that is because|that's because|this is because|the reason is)\b/;

/**
 * A sentence that only lists terms ("Kafka, sagas, CQRS, service mesh and k8s") earns little for each: five or
 * more concepts in one sentence; three or more with as many commas and "and"s, and no causal reason; or three
 * whose matches follow one another with nothing but a separator and a word between.
 */
function isListOfTerms(s: Sentence, matches: readonly { from: number; to: number }[]): boolean {
  if (matches.length >= 5) return true;
  if (matches.length < 3) return false;
  const separators = s.norm.match(LIST_SEPARATORS)?.length ?? 0;
  // A list after a colon is read on its own: the reason before the colon ("…unavailable, so each call must be wrapped
  // in: timeouts, retries, breakers and bulkheads") is not a reason for any of its items.
  const colon = s.norm.indexOf(': ');
  const first = Math.min(...matches.map((m) => s.tokens[m.from].start));
  const list = colon >= 0 && colon < first ? s.norm.slice(colon) : s.norm;
  if (separators >= matches.length - 1 && !CAUSAL.test(list)) return true;
  const sorted = [...matches].sort((x, y) => x.from - y.from);
  let chained = 1;
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (cur.from < prev.to) continue; // overlapping matches of one phrase
    chained = cur.from - prev.to <= 4 && isJoint(s, prev.to, cur.from) ? chained + 1 : 1;
    if (chained >= 3) return true;
  }
  return false;
}

/** Between two listed terms: a separator, and at most one word of its own ("polyglot persistence, and"). */
function isJoint(s: Sentence, from: number, to: number): boolean {
  const start = from > 0 ? s.tokens[from - 1].end : 0;
  const end = to < s.tokens.length ? s.tokens[to].start : s.norm.length;
  const between = s.norm.slice(start, end);
  if (!LIST_SEPARATOR.test(between)) return false;
  let words = 0;
  for (let i = from; i < to; i++) if (!JOINING_WORDS.has(s.tokens[i].word)) words++;
  return words <= 1;
}

/** The sentence describes today's system or warns against something: its pitfall phrases are not proposals. */
const notAProposal = (norm: string): boolean => IMPERSONAL_WOULD.test(norm) || NOT_A_PROPOSAL_WORDS.test(norm);

function rowGivesReason(s: Sentence): boolean {
  const { header, cells } = s.block;
  if (!header || !cells) return false;
  return header.some((h, i) => WHY_HEADER.test(h) && (cells[i] ?? '').trim().length > 0);
}

const headingCache = new WeakMap<object, Token[]>();
function headingTokens(s: Sentence): readonly Token[] {
  const section = s.section;
  if (!section) return [];
  let tokens = headingCache.get(section);
  if (!tokens) headingCache.set(section, (tokens = tokenize(normalize(section.heading))));
  return tokens;
}

/** What puts something in place of a refused practice: "instead", "rather". */
const INSTEAD = /\b(instead|rather)\b/;

/** A section heading that opens the story of the incident, not the plan: "What actually happened", "Root cause", "Timeline". */
const STORY_HEADING = /^(what (actually |really )?(happened|went wrong|broke)|root cause\b(?! (fix|first))|diagnosis|post-?mortem|timeline|(the )?(incident|outage)( (timeline|summary|review|recap))?$|why it (failed|broke|happened)|current state|as-is)/;
const storyCache = new WeakMap<object, boolean>();
/**
 * A lead-in that introduces what goes wrong, not what to do: "The load balancer hurts if:", "Pitfalls:", "Avoid:".
 * The items under it are dangers named, not the plan.
 */
const WARNING_LEAD = /\b(hurts?|harms?|risks?|pitfalls?|anti-?patterns?|mistakes?|traps?|watch out|beware|avoid|what not to do|red flags?|dangers?|(goes|go|can go) wrong|(fails?|breaks?|backfires?) (if|when))\b[^:]*:\s*$/;
/**
 * List items under a lead-in that tells the story ("What actually happened (numbers matter):") or warns, as under
 * such a heading. A lead-in that is itself a list item reaches the items indented below it.
 */
const storyLists = new WeakSet<object>();
function markStoryLists(sentences: readonly Sentence[], lines: readonly string[]): void {
  let lead: object | undefined;
  /** For a lead-in list item: its indentation; the items below it that are indented deeper belong to it. */
  let nested: { block: object; indent: number } | undefined;
  const indentOf = (line: number): number => /^\s*/.exec(lines[line] ?? '')![0].length;
  for (const s of sentences) {
    if (s.block.kind === 'list-item') {
      if (nested && s.block !== nested.block) {
        if (indentOf(s.block.line) > nested.indent) storyLists.add(s.block);
        else nested = undefined;
      }
      if (lead) storyLists.add(s.block);
      else if (!nested && WARNING_LEAD.test(s.norm.trim())) nested = { block: s.block, indent: indentOf(s.block.line) };
    } else if (s.block !== lead) {
      nested = undefined;
      const norm = s.norm.trim();
      lead = s.block.kind === 'paragraph' && (STORY_HEADING.test(norm) || WARNING_LEAD.test(norm)) && /:\s*$/.test(norm) ? s.block : undefined;
    }
  }
}
/** Whether the sentence stands in a section that tells what happened (what it names there is the story, not advice). */
function inStorySection(s: Sentence): boolean {
  if (storyLists.has(s.block)) return true;
  const section = s.section;
  if (!section) return false;
  let story = storyCache.get(section);
  if (story === undefined) storyCache.set(section, (story = section.level > 1 && STORY_HEADING.test(normalize(section.heading).trim())));
  return story;
}

interface PitfallSpec {
  readonly id: string;
  readonly title: string;
  readonly penalty: number;
  readonly feedback: string;
}

function addPitfall(found: Map<string, PitfallFound>, rubric: Rubric, ci: number, s: Sentence, p: PitfallSpec): void {
  const id = `${rubric.criteria[ci].id}/${p.id}`;
  if (!found.has(id)) found.set(id, { id: p.id, title: p.title, line: s.line + 1, text: s.text, penalty: p.penalty, feedback: p.feedback });
}

function pitfallsOnLine(found: Map<string, PitfallFound>, criterion: string, line: number): boolean {
  for (const [id, p] of found) if (p.line === line && id.startsWith(`${criterion}/`)) return true;
  return false;
}

/** A step put off behind a condition a few words before it: "only deprecate the field … after a prompt". */
function guardedAt(s: Sentence, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 8; j--) if (/^(after|once|until|unless)$/.test(s.tokens[j].word) || (s.tokens[j].word === 'only' && j < at - 1)) return true;
  return false;
}

/** Records the pitfalls the sentence falls into; returns the criteria they belong to. */
function findPitfalls(s: Sentence, stance: Stance, facts: readonly FactSpan[], compiled: Compiled, rubric: Rubric, found: Map<string, PitfallFound>): Set<number> {
  const hit = new Set<number>();
  const add = (ref: PitfallRef): void => {
    hit.add(ref.criterion);
    addPitfall(found, rubric, ref.criterion, s, rubric.criteria[ref.criterion].pitfalls[ref.pitfall]);
  };
  // What the sentence replaces ("replace the immediate retries with…") is given up, not advocated.
  const narrates = narratesIn(s);
  const proposes = proposesIn(s) && !narrates;
  // "The API keeps accepting euros … and only deprecates the field after a forced-upgrade prompt": the sentence keeps
  // what the pitfall gives up, so its step at the end is guarded, not the pitfall.
  const kept = new Map<string, number>();
  compiled.keeps.forEach(s.tokens, (ref, from) => {
    const id = `${ref.criterion}/${ref.pitfall}`;
    if (!stance.rejected[from] && !stance.rejecting[from] && !s.negated[from] && !kept.has(id)) kept.set(id, from);
  });
  compiled.advocates.forEach(s.tokens, (ref, from, to) => {
    const keptAt = kept.get(`${ref.criterion}/${ref.pitfall}`);
    if (keptAt !== undefined && keptAt < from && guardedAt(s, from)) return;
    if (stance.rejected[from] || stance.replaced[from] || inReasonClause(s, from) || inHypothesis(s, from) || restatesScenario(s, facts, from, to) || quoted(s, from, to)) return;
    // Kept for one case only: "Only a Catalog or Pricing failure justifies an error page".
    if (ONLY_WHEN.test(s.norm.slice(0, s.tokens[from].start))) return;
    // The story of what went wrong names the mistakes; it does not make them.
    if (narrates || (rubric.criteria[ref.criterion].pitfalls[ref.pitfall].proposed && !proposes)) return;
    add(ref);
  });
  // A 'no' in the story of what went wrong ("the incident was … plus no test") is what was missing, not a refusal.
  compiled.rejects.forEach(s.tokens, (ref, from) => {
    if (stance.rejecting[from] && !narrates) add(ref);
  });
  return hit;
}

/** A mistake allowed only in one case, named before it: "only a Catalog failure justifies …", "only … warrants …". */
const ONLY_WHEN = /\bonly\b[^.;]{0,60}\b(justifies|justify|warrants|warrant|deserves|deserve|merits|merit)\b[^.;]{0,10}$/;

/** The sentence tells what happened, read with its bold lead-in ("**The actual incident** was reporting code reading…"). */
function narratesIn(s: Sentence): boolean {
  return NARRATES.test(s.norm) || (s.label !== undefined && NARRATES.test(`${s.label} ${s.norm}`));
}

/** Double-quoted spans: a proposal cited ("so “2PC across the shards and FX” cannot be atomic"), not made. */
const QUOTED_SPAN = /"[^"]{1,120}"/g;
/** The tokens from `from` to `to` stand inside one double-quoted span of the sentence. */
function quoted(s: Sentence, from: number, to: number): boolean {
  if (!s.norm.includes('"')) return false;
  const start = s.tokens[from].start;
  const end = s.tokens[to - 1].end;
  for (const m of s.norm.matchAll(QUOTED_SPAN)) if (m.index < start && m.index + m[0].length > end) return true;
  return false;
}

/** Who asks in a transcript: "**Interviewer:** …", "Q: …". */
const INTERVIEWER = /^(the )?(interviewer|interviewers|panel|panelist|hiring manager|q|question)( \d+)?$/;
const INTERVIEWER_LINE = /^(interviewer|q)\s*:/;

/** Words too common to say whether a sentence repeats the scenario. */
const COMMON = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'by', 'with', 'its', 'their', 'our', 'is', 'are', 'be', 'as', 'at', 'from', 'into', 'that', 'this', 'it', 'we', 'they', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'have', 'has', 'had', 'not', 'but', 'so', 'if', 'then', 'than', 'which', 'who', 'what', 'when', 'how', 'all', 'each', 'one', 'two', 'some', 'also', 'just', 'only', 'after', 'before'].map(stem));
/** Share of a sentence's own words found in the scenario above which it only tells the scenario back. */
const ECHO = 0.75;
const ECHO_MIN_WORDS = 4;

/** A sentence that repeats the scenario's story: nearly all its words are the scenario's, and it neither proposes nor argues. */
function echoesScenario(s: Sentence, scenario: ReadonlySet<string>): boolean {
  let own = 0;
  let echoed = 0;
  for (const t of s.tokens) {
    if (t.word.length <= 2 || COMMON.has(t.stem)) continue;
    own++;
    if (scenario.has(t.stem)) echoed++;
  }
  return s.block.kind === 'paragraph' && own >= ECHO_MIN_WORDS && echoed >= ECHO * own && !PROPOSES.test(s.norm) && !REASON.test(s.norm);
}

/**
 * The sentence restates the scenario's own setting ("with a 30-second timeout, a hung call pins a connection…"):
 * the match is a scenario fact's own words (or a value stands within `reach` of one), and nothing keeps, orders
 * or endorses it.
 */
function restatesScenario(s: Sentence, facts: readonly FactSpan[], from: number, to: number, reach = 0): boolean {
  // A note (a list item, a table row) states the plan by standing there: "8 engineers, one or two services each".
  if (s.block.kind === 'list-item' || s.block.kind === 'table-row') return false;
  if (!facts.some((f) => f.from < to + reach && f.to > from - reach)) return false;
  return !KEEPS_SCENARIO.test(s.norm) && !ORDER_AT_START.test(s.norm);
}

/** A sentence that puts something forward: a proposing verb, or a note (a list item, a table row) stating the plan. */
function proposesIn(s: Sentence): boolean {
  return PROPOSES.test(s.norm) || s.block.kind === 'list-item' || s.block.kind === 'table-row';
}

/** Words that open a clause giving a reason or a consequence: "…, because immediate retries multiply load". */
const REASON_OPENERS = new Set(['because', 'since', 'otherwise', 'else', 'lest']);

/** Whether the token stands in a clause that gives a reason or a danger, not a plan. */
function inReasonClause(s: Sentence, at: number): boolean {
  // The opener may also be the clause break itself ("…, because"), one token before the clause.
  return clauseOpensWith(s, at, REASON_OPENERS, 1);
}

/** Whether the clause that holds token `at` opens with one of `words` (in its first two tokens, or `before` earlier). */
function clauseOpensWith(s: Sentence, at: number, words: ReadonlySet<string>, before = 0): boolean {
  const start = clauseStart(s, at);
  for (let i = Math.max(0, start - before); i <= start + 1 && i < s.tokens.length; i++) if (words.has(s.tokens[i].word)) return true;
  return false;
}

function feedbackFor(rubric: Rubric, ci: number, score: number, missing: readonly string[], weak: readonly string[], pitfalls: readonly PitfallFound[]): string {
  const criterion = rubric.criteria[ci];
  const parts: string[] = [];
  for (const p of pitfalls) parts.push(p.feedback);
  const byWeight = criterion.concepts.filter((c) => missing.includes(c.title)).sort((a, b) => b.weight - a.weight);
  for (const c of byWeight.slice(0, 2)) parts.push(c.feedback);
  if (weak.length) {
    const facts = criterion.facts.map((id) => rubric.facts.find((f) => f.id === id)?.title).filter(Boolean);
    const tie = facts.length ? ` Tie it to the scenario: ${facts.slice(0, 2).join('; ')}.` : '';
    parts.push(`You name ${quoteList(weak)} but do not say why.${tie}`);
  }
  if (!parts.length) return score >= criterion.points ? 'Strong: every key point is made and argued.' : 'Good: the key points are made and argued.';
  return parts.join(' ');
}

function quoteList(titles: readonly string[]): string {
  const lower = titles.slice(0, 3).map((t) => t.charAt(0).toLowerCase() + t.slice(1));
  return lower.length > 1 ? `${lower.slice(0, -1).join(', ')} and ${lower[lower.length - 1]}` : lower[0];
}

/** The three changes worth most points: pitfalls first (they cost points outright), then the heaviest missing concepts. */
function nextSteps(rubric: Rubric, criteria: readonly CriterionScore[]): string[] {
  const options: { value: number; text: string }[] = [];
  criteria.forEach((c, ci) => {
    const criterion = rubric.criteria[ci];
    for (const p of c.pitfalls) options.push({ value: p.penalty + 100, text: `${c.title}: ${p.feedback}` });
    const totalWeight = criterion.concepts.reduce((sum, x) => sum + x.weight, 0);
    for (const concept of criterion.concepts) {
      if (!c.missing.includes(concept.title)) continue;
      const value = (c.max * concept.weight) / totalWeight / SATURATION;
      options.push({ value: Math.min(value, c.max - c.score), text: `${c.title}: ${concept.feedback}` });
    }
  });
  return options
    .filter((o) => o.value > 0)
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((o) => o.text);
}

/** How near a value must stand to the words it sets ("timeout to 60 s", "a 60-second timeout"). */
const VALUE_REACH = 4;

/**
 * The first of a concept's settings that the sentence gets wrong: it states values of that measure beside the
 * concept (or the setting's own words), and none is in range. Values being replaced ("down from 30 s") or
 * negated ("not 30 seconds") are not what the answer sets.
 */
function wrongSetting(s: Sentence, stance: Stance, values: readonly Value[], near: PhraseIndex<number>, settings: readonly Setting[], from: number, to: number): Setting | undefined {
  // Arithmetic ("three layers each retrying 3 times is 4³ = 64 attempts") works out a consequence; it sets nothing.
  if (!values.length || ARITHMETIC.test(s.norm)) return undefined;
  const anchors = new Map<number, { from: number; to: number }[]>();
  near.forEach(s.tokens, (n, f, t) => {
    const list = anchors.get(n);
    if (list) list.push({ from: f, to: t });
    else anchors.set(n, [{ from: f, to: t }]);
  });
  for (let n = 0; n < settings.length; n++) {
    const setting = settings[n];
    const spans = setting.near ? (anchors.get(n) ?? []) : [...(anchors.get(n) ?? []), { from, to }];
    const stated = values.filter(
      (v) =>
        v.measure === setting.measure &&
        !stance.replaced[v.at] &&
        !s.negated[v.at] &&
        !measuresSomethingElse(s, v) &&
        spans.some((a) => (v.at >= a.from - VALUE_REACH && v.at < a.to + VALUE_REACH) || setTo(s, v, a)),
    );
    if (!stated.length) continue;
    const right = (v: Value): boolean => (setting.min === undefined || v.value >= setting.min) && (setting.max === undefined || v.value <= setting.max);
    if (!stated.some(right)) return setting;
  }
  return undefined;
}

/** How far "set the TTL for these records to 1 hour" may carry a value, in the same clause, after "to" or "at". */
const SET_TO_REACH = 8;

function setTo(s: Sentence, v: Value, a: { from: number; to: number }): boolean {
  if (v.at < a.to || v.at >= a.to + SET_TO_REACH) return false;
  const before = s.tokens[v.at - 1]?.word;
  return (before === 'to' || before === 'at') && clauseStart(s, v.at) <= a.from;
}

/** Durations that belong to another measure beside the setting's words: "time out in a 10 s window", "stay open 15 s". */
const ARITHMETIC = /\d\s*(×|\*|\^|³|²)\s*\d|\d[³²]|=\s*~?\d/;
const FITS = new Set(['fit', 'fits']);
const OTHER_DURATIONS = new Set(['window', 'windows', 'interval', 'period', 'cooldown', 'cool', 'ttl', 'retention', 'open', 'hold', 'holds', 'sla', 'slo', 'every']);

function measuresSomethingElse(s: Sentence, v: Value): boolean {
  // A count worked out from a budget ("so about five attempts fit in the 10 s window") follows from the timeouts; it sets nothing.
  if (v.measure === 'count') return [v.at + 1, v.at + 2, v.at + 3].some((i) => FITS.has(s.tokens[i]?.word ?? ''));
  if (v.measure !== 'duration') return false;
  // "a 10 s sliding window", "over a 30 s window": the word it measures may stand one further on, or back.
  const words = [v.at - 1, v.at + 2, v.at + 3].map((i) => s.tokens[i]?.word ?? '');
  return words.some((w) => OTHER_DURATIONS.has(w));
}

/** Words between two steps that reverse their reading order: "charge after the hold" puts the hold first. */
const INVARIANT = /\b((must|should|always) (pair|match|equal|balance|sum|net)|pairs? with|sums? to|nets? to|equals? exactly|one-to-one)\b/;
const REVERSING = new Set(['after', 'once', 'following']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
/** Words beside a step that put it first on its own: "charge first", "start by charging". */
const FIRST_WORDS = new Set(['first', 'firstly', 'immediately', 'upfront', 'start', 'begin', 'before']);

/** Words of undoing: compensations run in reverse order ("refund the charge, then release the hold"). */
const UNDOING = new Set(['refund', 'refunds', 'void', 'voids', 'release', 'releases', 'cancel', 'cancels', 'compensate', 'compensation', 'compensations', 'compensating', 'undo', 'reverse', 'reversal', 'reversing', 'rollback', 'revert', 'fails', 'failed', 'failure', 'released', 'voided', 'refunded', 'cancelled', 'canceled', 'reversed', 'undone', 'compensated', 'reverted', 'refunding', 'releasing', 'voiding', 'cancelling', 'canceling', 'undoing', 'reverting']);

/**
 * A mistake named in an "if" clause that a main clause follows is a hypothesis weighed, not the plan: "if we keep
 * one shared database, we end up…". Without a clause after it ("…, and if traffic grows we add more gateways") the
 * "if" clause is itself the plan.
 */
const PLANNERS = new Set(['we', 'i', 'you', 'they']);
function inHypothesis(s: Sentence, at: number): boolean {
  if (s.clause[at] >= s.clause[s.tokens.length - 1]) return false;
  // "if we keep…" weighs a choice; "if the credit fails, refund…" answers a failure with the plan.
  const start = clauseStart(s, at);
  for (let i = start; i <= start + 1 && i + 1 < s.tokens.length; i++) if (s.tokens[i].word === 'if') return PLANNERS.has(s.tokens[i + 1].word);
  return false;
}

/** Whether the token stands in a clause that opens with "if", "when" or "otherwise". */
const CONDITIONAL_OPENERS = new Set(['if', 'when', 'otherwise', 'should']);
function inConditionalClause(s: Sentence, at: number): boolean {
  return clauseOpensWith(s, at, CONDITIONAL_OPENERS);
}

/**
 * Whether the words name a step of the plan: not a count of things ("thousands of credits") and not locks held
 * ("holding locks on those hot rows" is two-phase commit's cost, not a hold on the funds).
 */
function stepAt(s: Sentence, from: number, to: number): boolean {
  const next = s.tokens[to]?.word ?? '';
  return s.tokens[from - 1]?.word !== 'of' && next !== 'lock' && next !== 'locks';
}

/** The first order of the criterion that the sentence puts the wrong way round. */
function wrongOrder(s: Sentence, stance: Stance, index: { first: PhraseIndex<number>; then: PhraseIndex<number> }): number | undefined {
  /** Per order, where the step is first (or last) mentioned, adopted. */
  const at = (i: PhraseIndex<number>, last = false): Map<number, number> => {
    const m = new Map<number, number>();
    i.forEach(s.tokens, (k, from, to) => {
      // A step named in an "if" clause ("if capture fails", "if the partner distinguishes hold and confirm") is a
      // case weighed, not a place in the plan.
      if (!stance.rejected[from] && !stance.replaced[from] && stepAt(s, from, to) && !inConditionalClause(s, from) && (last || !m.has(k))) m.set(k, from);
    });
    return m;
  };
  // An undoing step ("refund the charge, then release the hold") runs in reverse order by design; one that only
  // answers a failure ("…, and if the stock fails we refund the card") leaves the plan's own order to be read.
  if (s.tokens.some((t, i) => UNDOING.has(t.word) && !inConditionalClause(s, i))) return undefined;
  // A rule that relates the steps ("every credit must pair with a debit", "the entries sum to zero") orders nothing.
  if (INVARIANT.test(s.norm)) return undefined;
  const thens = at(index.then);
  if (!thens.size) return undefined;
  const firsts = at(index.first);
  // The later step's last mention: "*Credit leg*: debit the transit account, credit B" names the step before it
  // does it, after the debit.
  const lastThen = at(index.then, true);
  for (const [k, b0] of thens) {
    // "Charge the card first", "start by charging": the later step put first, whatever follows it.
    const before = b0 > 0 ? s.tokens[b0 - 1].word : '';
    const after = s.tokens.slice(b0 + 1, b0 + 4).map((t) => t.word);
    if ((FIRST_WORDS.has(before) && before !== 'before' && s.clause[b0 - 1] === s.clause[b0]) || after.includes('first') || after.includes('upfront') || after.includes('immediately')) return k;
    const b = lastThen.get(k) ?? b0;
    const a = firsts.get(k);
    if (a === undefined) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    // "Capture the payment … if the partner distinguishes hold and confirm": the earlier step's words stand in a condition.
    if (b < a && s.tokens.slice(b, a).some((t) => CONDITIONS.has(t.word))) continue;
    const reversed = s.tokens.slice(lo, hi).some((t) => REVERSING.has(t.word));
    const thenFirst = b < a !== reversed;
    if (thenFirst) return k;
  }
  return undefined;
}

/**
 * A numbered list of steps is one plan read item by item: a later step in an earlier item ("1. Charge the card …
 * 3. Book the hotel") puts them the wrong way round, and the list earns nothing for that criterion. Items that undo
 * (a list of compensations runs in reverse by design) and items that turn a step down are not read.
 */
function wrongListOrders(sentences: readonly Sentence[], lines: readonly string[], compiled: Compiled, rubric: Rubric, pitfalls: Map<string, PitfallFound>, earnedBy: Map<number, { ref: ConceptRef }>[]): void {
  const numbered = (s: Sentence): boolean => s.block.kind === 'list-item' && NUMBERED_ITEM.test(lines[s.block.line] ?? '');
  for (let i = 0; i < sentences.length; ) {
    if (!numbered(sentences[i])) {
      i++;
      continue;
    }
    // The list runs on through its items and the bullets under them, within one section.
    let j = i + 1;
    while (j < sentences.length && sentences[j].block.kind === 'list-item' && sentences[j].section === sentences[i].section) j++;
    const items = [...new Set(sentences.slice(i, j).filter(numbered).map((s) => s.block))];
    if (items.length >= 3) {
      compiled.orders.forEach((index, ci) => {
        const firstAt = new Map<number, number>();
        const thenAt = new Map<number, { item: number; s: Sentence }>();
        for (let x = i; x < j; x++) {
          const s = sentences[x];
          if (s.tokens.some((t) => UNDOING.has(t.word)) || notAProposal(s.norm)) continue;
          const item = items.indexOf(s.block);
          if (item < 0) continue;
          // The item's bold lead-in names the step ("**Charge the card** for the full package").
          if (s.label !== undefined) {
            const label = tokenize(s.label);
            index.first.forEach(label, (k) => firstAt.has(k) || firstAt.set(k, item));
            // Shown as the item's own line, lead-in and all ("**Charge the card** for the full package").
            const shown = { ...s, text: (lines[s.line] ?? s.text).replace(NUMBERED_ITEM, '').replace(/[*_`]/g, '').trim() };
            index.then.forEach(label, (k) => thenAt.has(k) || thenAt.set(k, { item, s: shown }));
          }
          const stance = stanceOf(s);
          index.first.forEach(s.tokens, (k, from) => {
            if (!stance.rejected[from] && !firstAt.has(k)) firstAt.set(k, item);
          });
          index.then.forEach(s.tokens, (k, from) => {
            if (!stance.rejected[from] && !thenAt.has(k)) thenAt.set(k, { item, s });
          });
        }
        for (const [k, then] of thenAt) {
          const first = firstAt.get(k);
          if (first === undefined || then.item >= first) continue;
          const o = rubric.criteria[ci].orders![k];
          addPitfall(pitfalls, rubric, ci, then.s, { id: o.id, title: o.title, penalty: o.penalty, feedback: o.feedback });
          for (let x = i; x < j; x++) for (const [key, m] of earnedBy[x]) if (m.ref.criterion === ci) earnedBy[x].delete(key);
          break;
        }
      });
    }
    i = j;
  }
}

/** The first line of a numbered list's item: "1. Hold the seat", "2) Book the hotel". */
const NUMBERED_ITEM = /^ {0,3}\d{1,2}[.)] /;

/** Whether the sentence at `i` is the first of its block. */
function opensBlock(sentences: readonly Sentence[], i: number): boolean {
  return i === 0 || sentences[i - 1].block !== sentences[i].block;
}
