// The checklist engine: runs the items and anti-patterns over a parsed design document and
// reports every finding with the evidence that earned it. Pure: no `vscode` import.
import { forgetParses, frontMatterRecord, headingPath, type Block, type DesignDocument, type Section } from '../shared/document';
import { clearAnalyses, hedgedOnlyByMay, negatedBefore, normalize, PhraseIndex, sentencesOf, tokenize, type Sentence, type Token } from '../shared/text';
import { builtinAntiPatterns } from './antipatterns';
import { findCallChains } from './call-chains';
import { findGranularity } from './granularity';
import { findSharedStoreRows, findSharedWriterRows, findSharedWrites } from './shared-writes';
import { builtinItems } from './items';
import { firstWithKey } from '../shared/sorted';
import { anyOf } from '../shared/words';
import {
  CATALOGUE_LABELS,
  CHOICE,
  DECISION_PHRASES,
  DEFERRED_ELSEWHERE,
  NOT_THE_DESIGN_COLUMNS,
  NOT_THE_DESIGN_HEADINGS,
  CURRENT_STATE_HEADINGS,
  TARGET_HEADINGS,
  NOT_THE_DESIGN_SENTENCES,
  PRESENT_STATE_SENTENCES,
  REVIEW_TITLES,
  OPTIONS,
  PAST,
  PURPOSE,
  REASON_PHRASES,
  REJECTION,
  SERVICE_WORDS,
} from './words';
import {
  antiPatternSchema,
  checklistItemSchema,
  type AntiPattern,
  type AntiPatternId,
  type ChecklistItem,
  type Concept,
  type Pattern,
} from './schema';

export type ItemStatus = 'covered' | 'weak' | 'missing' | 'out-of-scope';

export interface Evidence {
  /** 1-based line number. */
  readonly line: number;
  readonly text: string;
}

export interface ItemResult {
  readonly id: string;
  readonly title: string;
  readonly status: ItemStatus;
  readonly evidence: readonly Evidence[];
  /** What a reviewer would ask for, in one sentence. */
  readonly question: string;
  readonly advice: string;
  readonly docs: string;
  /** 1-based line of the section heading that answers the item, else undefined. */
  readonly headingLine: number | undefined;
  /** The concepts the evidence shows, by label. */
  readonly concepts: readonly string[];
  /** Why the status is what it is, in plain words. */
  readonly reason: string;
  /** What a strong answer contains, and the main options' trade-offs (Markdown), for hovers. */
  readonly strongAnswer: readonly string[];
  readonly tradeoffs: string | undefined;
  /** For an out-of-scope item: who put it out of scope, the document's marker or the configuration file. */
  readonly outOfScopeBy?: 'author' | 'configuration';
}

export interface AntiPatternFinding {
  readonly id: AntiPatternId;
  readonly title: string;
  /** 1-based line of the first evidence. */
  readonly line: number;
  readonly evidence: string;
  /**
   * Every place the document shows it, in document order, one per line (at most MAX_INSTANCES); the first is
   * `line` and `evidence`. A call chain or a granularity finding is one place: the chain, the service count.
   */
  readonly instances: readonly Evidence[];
  readonly problem: string;
  readonly advice: string;
  readonly docs: string;
}

export interface ChecklistReport {
  /** Coverage 0–100: covered = 1, weak = ½, out-of-scope and disabled items left out. */
  readonly score: number;
  readonly items: readonly ItemResult[];
  readonly antipatterns: readonly AntiPatternFinding[];
  /** Items counted in the score. */
  readonly considered: number;
  readonly covered: number;
}

export interface RunOptions {
  /** Items and anti-patterns switched off by the user: not reported, not counted. */
  readonly disabled?: ReadonlySet<string>;
  /** Items out of scope for the document by configuration, as if it carried the out-of-scope marker. */
  readonly outOfScope?: ReadonlySet<string>;
}

const MAX_EVIDENCE = 5;
/** Column names that only label a table's layout ("Topic | Decision"): no concept is meant by them. */
const TABLE_META_WORDS = new Set(['topic', 'topics', 'area', 'areas', 'aspect', 'item', 'question', 'decision', 'choice', 'notes', 'status', 'what', 'how']);

/** Instances of one anti-pattern kept per document: enough for any real document, bounded for a generated one. */
export const MAX_INSTANCES = 500;
/** "We use X because Y" inside a section about the item is a decision even with no product name. */
const DECISION = anyOf(DECISION_PHRASES);
const REASON = anyOf(REASON_PHRASES);
/** "`patient` — profiles and consents", "Order service: owns orders": a named entry with what it is. */
const NAMED_ENTRY = /^[`*_]*[A-Za-z][\w .-]{0,40}?[`*_]*\s*(—|–|:|-|\()\s*\S.{8,}/;
/** "`scan-api` receives scans from the handhelds": a part named in code and what it does, with no dash between. */
const DOING_ENTRY = /^`[A-Za-z][\w.-]{0,40}`\s+(is|owns|[a-z]{2,}(?<!s)s)\s+\S.{8,}/;
const OUT_OF_SCOPE_PROSE = /\b(out of (the )?scope|not in scope|not (covered|addressed|discussed|part of)|(covered|handled|described) (elsewhere|separately|in (a|the) separate))\b/;
/**
 * A clause that puts its subject out of scope ("Load balancing and scaling were outside the scope of this
 * assessment"): every topic in that clause is left out, even un-negated; with no topic in it, the section's own.
 */
const SCOPED_OUT = /\b(out of (the |this )?scope|(outside|beyond) (the |this |our )?(scope|brief|remit)|not in (the |this )?scope|(outside|left out of|kept out of|excluded from) (this|the|our) (review|document|doc|assessment|note|rfc|memo|log|design|proposal|page|answer|write-up))\b/;
/** A topic the author says they have not come to: left open here, not left to another document ("Load balancing, I haven't really covered it"). */
const NOT_COVERED = /\b(i|we) (haven't|have not|didn't|did not) (really |yet )?(covered|addressed|touched on|gone into|talked about|got to|gotten to)\b/;
/** A topic left open in this document, not left to another one: "not decided in this RFC", "Jonas to bring a proposal". */
const OPEN_HERE = /\b(not (yet )?(decided|discussed|settled|chosen|agreed|picked)|(does|do|did) not (choose|decide|pick|settle)|still to be|yet to be|to bring (a |the |his |her |their )?(proposal|recommendation|options))\b/;
/** A question reported, not answered: "The interviewer asked about monitoring." */
const ASKED = /^(the |an? )?(interviewer|panel|panelist|reviewer|someone|somebody|[a-z]+) (also )?(asked|asks) (about|whether|if|how|what)\b[^,;]*[.?]?$/;
/** What turns from one subject to another inside a sentence: a scope note after it is not about the topic before it. */
const CONTRAST = /[;.]|\b(but|however|whereas|while|although|though|yet)\b/;
/** A scope note this short with no topic of its own ("Out of scope for this RFC.") is about its section's item. */
const SHORT_SCOPE_NOTE = 8;
/** Sections of advice or work still to do, and the imperative a piece of advice opens with. */
const ADVICE_HEADING = /\b(recommendations?|recommended (actions|changes|next steps)|actions?|action items|next steps|follow-?ups?|suggestions?|to ?do)\b/;
const IMPERATIVE = /^(add|put|set|introduce|move|replace|adopt|configure|enable|use|switch|stop|start|consider|give|make|split|merge|wire|plan|agree|decide|document|write|schedule|migrate|turn (on|off)|limit|cap|raise|lower|drop|remove|keep)\b/;
const OUT_OF_SCOPE_MARK = /^design-workbench:\s*out-of-scope\s+(\S.*)$/i;
const NOT_THE_DESIGN_HEADING = anyOf(NOT_THE_DESIGN_HEADINGS);
const CURRENT_STATE_HEADING = anyOf(CURRENT_STATE_HEADINGS);
const TARGET_HEADING = anyOf(TARGET_HEADINGS);
/** Sentences that warn, reject or describe the past; a ✗ in front marks an option turned down on a slide. */
const NOT_THE_DESIGN_SENTENCE = new RegExp(`${anyOf(NOT_THE_DESIGN_SENTENCES).source}|^[✗✘❌×]`);
const NOT_THE_DESIGN_COLUMN = anyOf(NOT_THE_DESIGN_COLUMNS);
const PRESENT_STATE_SENTENCE = anyOf(PRESENT_STATE_SENTENCES);
const REVIEW_TITLE = anyOf(REVIEW_TITLES);
const LEGACY = /\b((runs|lives|sits) today (on|in)|today (runs|lives|sits) (on|in)|today'?s (system|platform|setup|application)|the (legacy|old|existing|current|present) (system|platform|monolith|application|setup)|what we are replacing|as it works (now|today)|(is|are|will be) (being )?(retired|decommissioned|phased out|switched off)( once| when| after| at| by| in)?|(is|are) what this (adr|design|rfc|proposal|document|plan|change) replaces|(at|in) (my|our|a) (previous|last|former|old) (job|company|employer|team))\b/;
/** What a comparison sets aside: "events remain queued rather than being retried in a tight loop". */
const PUT_ASIDE = /\b(rather than|instead of)( being)? $/;
/** "We would rather not carry the configuration" states a preference, not a hypothesis. */
const HYPOTHETICAL = /\b(would(?! rather| prefer)|could|can|might|otherwise|if we|risk|risks)\b/;
const CHOICE_RE = anyOf(CHOICE);
const REJECTION_RE = anyOf(REJECTION);
/**
 * A slide's row of names ("Messaging · Email · SMS · Push Notification"): boxes on a diagram, not decisions, so
 * "Messaging" there decides no communication and "Feature Flags" no rollout.
 */
const NAME_LIST = /^[^·.;:!?]{1,40}(?: · [^·.;:!?]{1,40}){2,}$/;
/** Options enumerated as (a), (b), or named as such. */
const OPTIONS_RE = new RegExp(`${anyOf(OPTIONS).source}|(?:^|\\s)\\((?:a|b|c|1|2|3)\\)\\s`);
const PAST_RE = anyOf(PAST);
const DEFERRED_RE = anyOf(DEFERRED_ELSEWHERE);
const PURPOSE_RE = anyOf(PURPOSE);
const PURPOSE_ALL = new RegExp(PURPOSE_RE.source, 'g');
const CATALOGUE_LABEL_RE = new RegExp(`^(?:${[...CATALOGUE_LABELS].sort((a, b) => b.length - a.length).join('|')})\\b`);
const SERVICE_NAME_RE = anyOf(SERVICE_WORDS);
/** Words that say a lead-in or heading introduces the parts of the system. */
const DECOMPOSES_RE = /\b(services|svcs|micro-?services|parts|pieces|components|modules|bounded contexts|contexts|split|broken (up|into)|decompos\w*|carved|consists of|made of|building blocks)\b/;
/** The header of a table's first column when its rows are the system's parts. */
const PART_COLUMN_RE = /^(the )?(service|services|svc|part|parts|piece|component|components|module|modules|context|bounded context|domain|app|deployable)s?$/;
/** A lead-in sentence that says the list after it is the parts: "We divide the system in these services." */
const LEAD_IN_NAMES_PARTS = /\b(these|the following|following|below|next|four|five|six|seven|three|two|eight) (services|svcs|micro-?services|components|modules|parts|bounded contexts)\b(?![^.;]{0,30}\b(would|could|might)\b)/;
/** A service catalogue: at least this many `name — what it owns` entries in a row. */
const CATALOGUE_MIN = 3;

const KINDS: readonly Block['kind'][] = ['paragraph', 'list-item', 'table-row', 'blockquote'];

/** What one sentence says about the items. */
interface Verdict {
  /** Bit masks of the items it decides, and of those it only raises. */
  readonly decided: number;
  readonly mentioned: number;
  /** The concepts it shows, per item. */
  readonly labels: readonly (readonly [string, string])[];
  /** Items decided as a whole question; items decided only in a narrow part, with the part. */
  readonly broad: readonly string[];
  readonly narrow: readonly (readonly [string, string])[];
  /** Items it puts out of scope or leaves to another document or team. */
  readonly setAside: number;
}

/** A sentence's text as the anti-pattern search reads it. */
interface SentenceFacts {
  /** It describes the system being replaced. */
  readonly legacy: boolean;
  /** The anti-patterns its words may show. */
  readonly triggers: ReadonlySet<AntiPatternId>;
  /** It warns, rejects or tells the past (read only when it triggers something). */
  readonly notTheDesign: boolean;
  /** It tells the present of the system ("currently", "today"): not the design where a target replaces it. */
  readonly present: boolean;
  /** Hedged or not, it states a rule ("will", "must", "always"), or is hedged only by "may". */
  readonly firm: boolean;
}

interface CompiledPattern {
  readonly re: RegExp;
  readonly absence: boolean;
  readonly near: RegExp | undefined;
  readonly nearBefore: boolean;
  readonly strict: boolean;
  /** Global, so that every place it matches can be checked for a negation. */
  readonly unless: RegExp | undefined;
}

const compile = (p: Pattern): CompiledPattern => ({
  re: new RegExp(p.re),
  absence: p.absence ?? false,
  near: p.near ? new RegExp(p.near) : undefined,
  nearBefore: p.nearBefore ?? false,
  strict: p.strict ?? false,
  unless: p.unless ? new RegExp(p.unless, 'g') : undefined,
});

interface ConceptRef {
  readonly item: ChecklistItem;
  /** The item's bit in the per-sentence masks. */
  readonly bit: number;
  readonly concept: Concept;
}

export class ChecklistEngine {
  readonly items: readonly ChecklistItem[];
  readonly antiPatterns: readonly AntiPattern[];
  private readonly ids: readonly string[];
  private readonly concepts = new PhraseIndex<ConceptRef>();
  private readonly topics = new PhraseIndex<number>();
  /** Per item bit, the phrases that put its topic words in another role. */
  private readonly topicsNotWith: [number, RegExp][] = [];
  private readonly bits = new Map<string, number>();
  private namedEntryBits = 0;
  private readonly headings = new PhraseIndex<string>();
  /** Keyword parts per anti-pattern, and per word seen so far the anti-patterns it may trigger. */
  private readonly keywordParts: { part: string; id: AntiPatternId }[] = [];
  private readonly wordTriggers = new Map<string, readonly AntiPatternId[]>();
  private readonly patterns = new Map<AntiPatternId, CompiledPattern[]>();
  private readonly legitimate = new Map<AntiPatternId, CompiledPattern[]>();
  private readonly alongside = new Map<AntiPatternId, CompiledPattern[]>();
  private readonly inCode = new Map<AntiPatternId, CompiledPattern[]>();
  /** Per sentence text and place, what it says about the items (see `verdictOf`). */
  private verdicts = new WeakMap<readonly Token[], Map<string | number, Verdict>>();

  constructor(items: readonly unknown[] = builtinItems, antiPatterns: readonly unknown[] = builtinAntiPatterns) {
    this.items = items.map((i) => checklistItemSchema.parse(i));
    this.antiPatterns = antiPatterns.map((a) => antiPatternSchema.parse(a));
    this.ids = this.items.map((i) => i.id);
    this.items.forEach((item, index) => {
      const bit = 1 << index;
      this.bits.set(item.id, bit);
      if (item.namedEntries) this.namedEntryBits |= bit;
      for (const concept of item.concepts) for (const t of concept.terms) this.concepts.add(t, { item, bit, concept });
      for (const t of item.topics) this.topics.add(t, bit);
      if (item.topicsNotWith) this.topicsNotWith.push([bit, anyOf(item.topicsNotWith.map(escapeRegExp))]);
      for (const h of item.headings) this.headings.add(h, item.id);
    });
    for (const a of this.antiPatterns) {
      // A keyword of several words is looked for by its longest word: a cheap, generous filter.
      for (const k of a.keywords) {
        const words = k.split(/[^a-z0-9-]+/).filter(Boolean);
        const part = words.sort((x, y) => y.length - x.length)[0] ?? k;
        this.keywordParts.push({ part, id: a.id });
      }
    }
    for (const a of this.antiPatterns) {
      const list: Pattern[] = a.detector.kind === 'call-chain' ? [] : a.detector.patterns;
      this.patterns.set(a.id, list.map(compile));
      if (a.detector.kind === 'phrases' && a.detector.legitimate) this.legitimate.set(a.id, a.detector.legitimate.map(compile));
      if (a.detector.kind === 'phrases' && a.detector.alongside) this.alongside.set(a.id, a.detector.alongside.map(compile));
      if (a.detector.kind === 'phrases' && a.detector.inCode) this.inCode.set(a.id, a.detector.inCode.map(compile));
    }
  }

  /** Forgets what earlier runs learnt about sentences, so that the next run is a first check (for benchmarks). */
  forget(): void {
    this.verdicts = new WeakMap();
    this.sentenceVerdicts = new WeakMap();
    this.placed = new WeakMap();
    this.lastDetected = new Map();
    this.nearMemo = new WeakMap();
    this.entries = new WeakMap();
    this.sentenceFacts = new WeakMap();
    this.shown = new WeakMap();
    this.stated = new WeakMap();
    clearAnalyses();
    forgetParses();
  }

  run(doc: DesignDocument, options: RunOptions = {}): ChecklistReport {
    const disabled = options.disabled ?? new Set<string>();
    const sentences = sentencesOf(doc).filter((s) => !s.placeholder);
    const outOfScope = outOfScopeMarks(doc);
    const byConfig = new Set([...(options.outOfScope ?? [])].filter((id) => !outOfScope.has(id)));
    for (const id of byConfig) outOfScope.add(id);
    const sectionItems = new SectionItems(this.headings).prepare(doc);

    const strong = new Map<string, Sentence[]>();
    const weak = new Map<string, Sentence[]>();
    const shown = new Map<string, Set<string>>();
    /** Items decided by a concept that answers the whole question (or by a reasoned decision in their section). */
    const broad = new Set<string>();
    /** Per item, the narrow concepts decided: one alone answers only part of the question. */
    const narrowParts = new Map<string, Set<string>>();
    const addPart = (id: string, part: string): void => {
      const parts = narrowParts.get(id) ?? new Set<string>();
      parts.add(part);
      narrowParts.set(id, parts);
    };
    const push = (map: Map<string, Sentence[]>, id: string, s: Sentence): void => {
        const list = map.get(id);
      if (!list) map.set(id, [s]);
      else if (list.length < MAX_EVIDENCE && list[list.length - 1] !== s) list.push(s);
    };

    // Per sentence, which items it is about, decides or mentions, as bit masks (the hot path).
    const ids = this.ids;
    let setAside = 0;
    const masks = new Map<Section | undefined, number>();
    const maskOf = (section: Section | undefined): number => {
      let mask = masks.get(section);
      if (mask === undefined) masks.set(section, (mask = this.maskOf(sectionItems.of(section))));
      return mask;
    };
    for (const s of sentences) {
      let v = this.verdictOf(s, maskOf(s.section));
      // Under "Recommendations" or "Next steps", "Add timeouts and breakers to the recipes call" is advice still to
      // take: it raises the topic, it decides nothing.
      if (v.decided && IMPERATIVE.test(s.norm) && adviceSection(s.section)) v = { ...v, decided: 0, mentioned: v.mentioned | v.decided, broad: [], narrow: [] };
      for (const [id, label] of v.labels) {
        const labels = shown.get(id) ?? new Set<string>();
        labels.add(label);
        shown.set(id, labels);
      }
      setAside |= v.setAside;
      for (const id of v.broad) broad.add(id);
      for (const [id, concept] of v.narrow) addPart(id, concept);
      if (!v.decided && !v.mentioned) continue;
      for (let i = 0; i < ids.length; i++) {
        if (v.decided & (1 << i)) push(strong, ids[i], s);
        else if (v.mentioned & (1 << i)) push(weak, ids[i], s);
      }
    }

    // A design that shows an anti-pattern has decided that item, if poorly.
    const antipatterns = this.findAntiPatterns(sentences, doc);
    for (const a of antipatterns) {
      const pattern = this.antiPatterns.find((p) => p.id === a.id);
      const decides = pattern?.decides;
      if (!decides) continue;
      const s = firstWithKey(sentences, a.line - 1, (x) => x.line);
      // Alone, it is the design's answer; beside a narrow decision it adds only its own part ("All APIs are REST"
      // and a chain of calls both say the calls are synchronous, and nothing of what goes asynchronously).
      if (!pattern.decidesPart || !strong.has(decides)) broad.add(decides);
      else addPart(decides, pattern.decidesPart);
      if (s && !strong.has(decides)) push(strong, decides, s);
    }
    for (const found of this.catalogues(sentences)) {
      push(strong, found.item, found.sentence);
      broad.add(found.item);
    }

    const items: ItemResult[] = [];
    for (const item of this.items) {
      if (disabled.has(item.id)) continue;
      const heading = sectionItems.headingFor(doc, item.id);
      const base = {
        id: item.id,
        title: item.title,
        question: item.question,
        advice: item.advice,
        docs: item.docs,
        headingLine: heading === undefined ? undefined : heading + 1,
        strongAnswer: item.strongAnswer,
        tradeoffs: item.tradeoffs,
      };
      const decidedBy = strong.get(item.id) ?? [];
      const leftOut = (setAside & (this.bits.get(item.id) ?? 0)) !== 0;
      const mentionedBy = weak.get(item.id) ?? [];
      if (outOfScope.has(item.id)) {
        const reason = byConfig.has(item.id) ? 'Out of scope for this folder by the configuration file.' : 'Marked out of scope by the author.';
        items.push({ ...base, status: 'out-of-scope', evidence: [], concepts: [], reason, outOfScopeBy: byConfig.has(item.id) ? 'configuration' : 'author' });
      } else if (decidedBy.length && !broad.has(item.id) && (narrowParts.get(item.id)?.size ?? 0) < 2 && leftOut) {
        // Put out of scope or left to another document, with one narrow part named in passing ("the gateway checks
        // the JWT"; "security is the subject of the IT health check"): the document leaves the question to others.
        items.push({ ...base, status: 'missing', evidence: [], concepts: [], reason: 'Left out of this document: put out of scope, or left to another document or team.' });
      } else if (decidedBy.length && !broad.has(item.id) && (narrowParts.get(item.id)?.size ?? 0) < 2) {
        const concepts = [...(shown.get(item.id) ?? [])];
        items.push({
          ...base,
          status: 'weak',
          evidence: evidence(decidedBy),
          concepts,
          reason: `Decided only in part${concepts.length ? ` (${concepts.join(', ')})` : ''}: the rest of the question is open.`,
        });
      } else if (decidedBy.length) {
        const concepts = [...(shown.get(item.id) ?? [])];
        items.push({
          ...base,
          status: 'covered',
          evidence: evidence(decidedBy),
          concepts,
          reason: concepts.length ? `Decided: ${concepts.join(', ')}.` : 'A decision with its reason.',
        });
      } else if (mentionedBy.length && !leftOut) {
        items.push({
          ...base,
          status: 'weak',
          evidence: evidence(mentionedBy),
          concepts: [],
          reason: 'The topic is raised but no mechanism or decision is named.',
        });
      } else {
        items.push({
          ...base,
          status: 'missing',
          evidence: [],
          concepts: [],
          reason: leftOut ? 'Left out of this document: put out of scope, or left to another document or team.' : heading === undefined ? 'Not addressed.' : 'The section has no content yet (only a heading, prompt or TODO).',
        });
      }
    }

    const counted = items.filter((i) => i.status !== 'out-of-scope');
    const covered = counted.filter((i) => i.status === 'covered').length;
    const half = counted.filter((i) => i.status === 'weak').length;
    const score = counted.length ? Math.round((100 * (covered + half / 2)) / counted.length) : 100;
    const shownAntiPatterns = disabled.size ? antipatterns.filter((a) => !disabled.has(a.id)) : antipatterns;
    return { score, items, antipatterns: shownAntiPatterns, considered: counted.length, covered };
  }

  /**
   * What one sentence says about the items, given the items its section is about. Depends only on the sentence's
   * text and place (section items, table context, block kind), so it is kept by those: a re-check after an edit
   * classifies only the sentences that changed.
   */
  private verdictOf(s: Sentence, bySection: number): Verdict {
    // The same sentence object (a re-check keeps every block an edit did not touch) in the same section: as before.
    const seen = this.sentenceVerdicts.get(s);
    if (seen && seen.bySection === bySection) return seen.verdict;
    const verdict = this.verdictByText(s, bySection);
    this.sentenceVerdicts.set(s, { bySection, verdict });
    return verdict;
  }

  private sentenceVerdicts = new WeakMap<Sentence, { bySection: number; verdict: Verdict }>();

  private verdictByText(s: Sentence, bySection: number): Verdict {
    // A sentence's tokens are shared by every reading of the same text (see `analyse`): they key its text.
    let byPlace = this.verdicts.get(s.tokens);
    if (!byPlace) this.verdicts.set(s.tokens, (byPlace = new Map()));
    // Most sentences are plain prose: their place is a number (section items, block kind, hedged).
    const simple = bySection * 8 + KINDS.indexOf(s.block.kind) * 2 + (s.hedged ? 1 : 0);
    const place = s.context || s.column || s.label ? `${simple} ${s.column ?? ''}|${s.label ?? ''}|${s.context?.map((t) => t.word).join(' ') ?? ''}` : simple;
    let v = byPlace.get(place);
    if (!v) byPlace.set(place, (v = this.classify(s, bySection)));
    return v;
  }

  private classify(s: Sentence, bySection: number): Verdict {
    const labels: [string, string][] = [];
    const broad: string[] = [];
    const narrow: [string, string][] = [];
    const nothing: Verdict = { decided: 0, mentioned: 0, labels, broad, narrow, setAside: 0 };
    const ids = this.ids;
    let about = bySection;
    let rejected = 0;
    // An interviewer's question ("Q: …") or a bare topic word in a list raises nothing by itself, and
    // a topic left to another document or team is not discussed here.
    // A topic only put off ("Deferred.") raises nothing: the labelling guide reads it as absent.
    if (/^(q|question)\s*[:.]/.test(s.norm) || ASKED.test(s.norm) || /^(deferred|parked|postponed|later|tbd|n\/a)[.!]?$/.test(s.norm.trim()) || (s.tokens.length <= 3 && s.block.kind === 'list-item' && !NAMED_ENTRY.test(entryText(s)))) return nothing;
    // Left to another document or team, the topic is absent here; only left open ("not decided in this RFC"), it is raised.
    if (DEFERRED_RE.test(s.norm) && !OPEN_HERE.test(s.norm)) {
      let named = 0;
      this.topics.forEach(s.tokens, (bit) => (named |= bit));
      return { ...nothing, setAside: named || bySection };
    }
    // Only "X is out of scope" style prose rejects an item; "without calling Attendance" does not.
    const outOfScope = OUT_OF_SCOPE_PROSE.test(s.norm);
    const notCovered = NOT_COVERED.exec(s.norm);
    const scopedOut = SCOPED_OUT.exec(s.norm) ?? notCovered;
    const scopedClause = scopedOut ? clauseAt(s, scopedOut.index) : -1;
    let scopedTopics = 0;
    /** Topics before the scope note's clause: its subject, when a parenthesis stands between ("Security (secrets, …) was outside the remit"). */
    let before = 0;
    this.topics.forEach(s.tokens, (bit, from) => {
      if (s.clause[from] === scopedClause) scopedTopics |= bit;
      else if (!s.negated[from]) about |= bit;
      else if (outOfScope) rejected |= bit;
      if (scopedOut && s.clause[from] !== scopedClause && s.tokens[from].end <= scopedOut.index && !CONTRAST.test(s.norm.slice(s.tokens[from].end, scopedOut.index))) before |= bit;
    });
    if (scopedOut && !scopedTopics) scopedTopics = before;
    if (scopedOut) rejected |= scopedTopics || bySection;
    for (const [bit, re] of this.topicsNotWith) if (about & bit & ~bySection && re.test(s.norm)) about &= ~bit;
    about &= ~rejected;
    if (s.context) this.topics.forEach(s.context, (bit) => (about |= bit));
    let decided = 0;
    let mentioned = about;
    // A table whose header says what the cells are ("Service | Owns") makes each row a decision.
    if (s.context && s.tokens.length >= 2 && !s.hedged) {
      const context = s.context;
      this.concepts.forEach(context, (ref, from, to) => {
        // A header that names its column generically ("Topic | Decision") says nothing about the row.
        if (to - from === 1 && TABLE_META_WORDS.has(context[from].word)) return;
        if (!ref.concept.context || about & ref.bit) {
          decided |= ref.bit;
          broad.push(ref.item.id);
        }
      });
    }
    // Concept matches per item first: whether they decide depends on the whole sentence.
    const matches = new Map<number, { ref: ConceptRef; from: number; to: number }[]>();
    this.concepts.forEach(s.tokens, (ref, from, to) => {
      if (isNegated(s, from, to)) return;
      if (ref.concept.context && !(about & ref.bit)) return;
      if (ref.concept.notWith && this.notWith(ref.concept).test(s.norm)) return;
      mentioned |= ref.bit;
      const list = matches.get(ref.bit);
      if (list) list.push({ ref, from, to });
      else matches.set(ref.bit, [{ ref, from, to }]);
    });
    if (matches.size && !s.hedged) {
      const chooses = CHOICE_RE.test(s.norm);
      // "Kong: rejected", "Eureka we do not want": an option turned down, nothing chosen in its place.
      const rejectsOnly = (!chooses && (REJECTION_RE.test(s.norm) || PAST_RE.test(s.norm))) || (!!s.column && NOT_THE_DESIGN_COLUMN.test(s.column));
      const listsOptions = !chooses && OPTIONS_RE.test(s.norm);
      // A purpose widens a narrow concept only in its own clause: "checks the JWT, and limits the page because bots…" gives the limit its reason, not the login.
      // A clause that opens with its purpose (", because the wave builder…") gives it to the clause before.
      const purposes = PURPOSE_RE.test(s.norm) ? new Set([...s.norm.matchAll(PURPOSE_ALL)].flatMap((m) => purposeClauses(s, m.index))) : undefined;
      const namesOnly = NAME_LIST.test(s.norm);
      for (const [bit, found] of matches) {
        if (rejectsOnly || listsOptions || namesOnly || (!chooses && offersAlternatives(s, found))) continue;
        decided |= bit;
        for (const { ref, from } of found) {
          labels.push([ref.item.id, ref.concept.label]);
          if (!ref.concept.narrow || purposes?.has(s.clause[from])) broad.push(ref.item.id);
          else narrow.push([ref.item.id, ref.concept.part ?? ref.concept.id]);
        }
      }
    }
    const decidedByConcepts = decided;
    if (!s.hedged && bySection && DECISION.test(s.norm) && REASON.test(s.norm)) decided |= bySection;
    if (!s.hedged && bySection & this.namedEntryBits && s.block.kind === 'list-item' && NAMED_ENTRY.test(entryText(s))) decided |= bySection & this.namedEntryBits;
    // A decision without a named concept (a reasoned statement in the item's section, a table row) decides the whole question.
    for (let i = 0; i < ids.length; i++) if (decided & ~decidedByConcepts & (1 << i)) broad.push(ids[i]);
    // "Service boundaries are out of scope here; each README says what it owns" decides nothing.
    decided &= ~rejected;
    mentioned &= ~decided & ~rejected;
    if (mentioned && fullyNegated(s)) mentioned = 0;
    return { decided, mentioned, labels, broad, narrow, setAside: scopedOut && scopedOut !== notCovered ? scopedTopics || (s.tokens.length <= SHORT_SCOPE_NOTE ? bySection : 0) : 0 };
  }

  /**
   * Service catalogues anywhere in the document: a run of list entries `name — what it owns`, after a lead-in
   * such as "**Services.**" or with entries that say they are services. They decide the items that take named
   * entries (service boundaries), wherever the section heading points.
   */
  private catalogues(sentences: readonly Sentence[]): { item: string; sentence: Sentence }[] {
    const item = this.items.find((i) => i.namedEntries)?.id;
    if (!item) return [];
    const found: { item: string; sentence: Sentence }[] = [];
    let run: Sentence[] = [];
    let last: Block | undefined;
    /** The last sentence before the run's first block (the lead-in a catalogue may have). */
    let runBefore: Sentence | undefined;
    const close = (): void => {
      if (run.length >= CATALOGUE_MIN) {
        const first = run[0].block;
        const candidate = runBefore;
        const lead = candidate && candidate.block.section === first.section && candidate.block.line < first.line ? candidate : undefined;
        const near = !!lead && lead.block.line >= first.line - 3;
        // A lead-in that names the parts ("**Services**", "Four services:", "We split by what the business
        // does:"), or a section that starts with the list under a heading that does ("## The pieces").
        // Any sentence of the lead-in paragraph may name them: "We divide the system in these services. I know we are
        // a small team, so I kept the number down."
        const namers = (lead ? leadSentences : []).filter(
          (l) => CATALOGUE_LABEL_RE.test(l.norm.replace(/^[^a-z]+/, '')) || (/:\s*$/.test(l.norm) && DECOMPOSES_RE.test(l.norm)) || LEAD_IN_NAMES_PARTS.test(l.norm),
        );
        const labelled =
          (near && namers.length > 0) ||
          (!!first.section && (!lead || lead.block.line < first.section.line) && DECOMPOSES_RE.test(normalize(first.section.heading)));
        // Without a lead-in, the entries' names must say they are services ("Orders service —", "`billing-svc`:").
        const serviceLike = run.filter((x) => this.serviceNamed(x)).length * 2 >= run.length;
        const table = first.kind === 'table-row';
        // "Probably we will cut the system in the following services:" proposes a split, it does not decide one.
        const hedgedLead = near && (lead.hedged || namers.some((l) => l.hedged));
        // Entries that only say what each named part does are the parts only under a lead-in that says so
        // ("Five components handle a checked bag:"); a list of calls between services is not.
        const doingOnly = run.every((x) => this.entryFacts(x).doing);
        if ((labelled || (serviceLike && !doingOnly) || table) && !hedgedLead) found.push({ item, sentence: run[0] }, { item, sentence: run[1] });
      }
      run = [];
    };
    // Adds the i-th sentence, the first of its block, to the run: the sentence before it ends the block before.
    let leadSentences: Sentence[] = [];
    const start = (i: number): void => {
      if (!run.length) {
        runBefore = sentences[i - 1];
        leadSentences = [];
        for (let k = i - 1; k >= 0 && k >= i - 8 && sentences[k].block === runBefore?.block; k--) leadSentences.push(sentences[k]);
      }
      run.push(sentences[i]);
    };
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s.block === last) continue;
      last = s.block;
      const prev = run[run.length - 1]?.block;
      // A table whose first column names the parts ("| Service | Owns |", "| Part | Looks after |") is a catalogue.
      const facts = this.entryFacts(s);
      if (facts.partsTable) {
        if (prev?.kind === 'table-row' && prev.header === s.block.header) start(i);
        else {
          close();
          start(i);
        }
        continue;
      }
      const entry = facts.entry;
      if (entry && prev && prev.section === s.block.section && s.block.line <= prev.endLine + 2) start(i);
      else {
        close();
        if (entry) start(i);
      }
    }
    close();
    return found;
  }

  private entries = new WeakMap<Sentence, { entry: boolean; partsTable: boolean; doing?: boolean; serviceName?: boolean }>();
  /** The entry's name says it is a service ("Orders service —", "`billing-svc`:"), kept by the sentence. */
  private serviceNamed(s: Sentence): boolean {
    const facts = this.entryFacts(s);
    return (facts.serviceName ??= SERVICE_NAME_RE.test(entryName(normalize(entryText(s)))));
  }

  /** What a sentence is as a catalogue's entry, kept by the sentence: a re-check asks again for each one. */
  private entryFacts(s: Sentence): { entry: boolean; partsTable: boolean; doing?: boolean; serviceName?: boolean } {
    let facts = this.entries.get(s);
    if (!facts) {
      const header = s.block.header;
      const item = s.block.kind === 'list-item' && !s.hedged;
      const named = item && NAMED_ENTRY.test(entryText(s));
      const doing = item && !named && DOING_ENTRY.test(s.text);
      facts = {
        // A list entry `name — what it owns`, or `name` and what it does.
        entry: named || doing,
        doing,
        // A row of a table whose first column names the parts ("| Service | Owns |", "| Part | Looks after |").
        partsTable: s.block.kind === 'table-row' && !!header && header.length >= 2 && PART_COLUMN_RE.test(normalize(header[0]).trim()),
      };
      this.entries.set(s, facts);
    }
    return facts;
  }

  private readonly notWithRes = new Map<Concept, RegExp>();
  /** The phrases that put a concept in another role, compiled once per concept. */
  private notWith(concept: Concept): RegExp {
    let re = this.notWithRes.get(concept);
    if (!re) this.notWithRes.set(concept, (re = anyOf((concept.notWith ?? []).map(escapeRegExp))));
    return re;
  }

  private triggers(word: string): readonly AntiPatternId[] {
    let ids = this.wordTriggers.get(word);
    if (!ids) {
      ids = [...new Set(this.keywordParts.filter((k) => word.includes(k.part)).map((k) => k.id))];
      if (this.wordTriggers.size < 50_000) this.wordTriggers.set(word, ids);
    }
    return ids;
  }

  private maskOf(ids: readonly string[]): number {
    let mask = 0;
    for (const id of ids) mask |= this.bits.get(id) ?? 0;
    return mask;
  }

  private sentenceFacts = new WeakMap<readonly Token[], SentenceFacts>();
  /** What the anti-pattern search needs to know of a sentence's text, kept by its text (see `verdictOf`). */
  private factsOf(s: Sentence): SentenceFacts {
    let facts = this.sentenceFacts.get(s.tokens);
    if (!facts) {
      const triggers = new Set<AntiPatternId>();
      for (const t of s.tokens) for (const id of this.triggers(t.word)) triggers.add(id);
      if (s.norm.includes(' -> ')) triggers.add('synchronous-chains');
      facts = {
        legacy: LEGACY.test(s.norm),
        triggers,
        notTheDesign: triggers.size > 0 && NOT_THE_DESIGN_SENTENCE.test(s.norm),
        present: triggers.size > 0 && PRESENT_STATE_SENTENCE.test(s.norm),
        firm: /\b(will|must|always)\b/.test(s.norm) || hedgedOnlyByMay(s.norm),
      };
      this.sentenceFacts.set(s.tokens, facts);
    }
    return facts;
  }

  private placed = new WeakMap<Sentence, { turnedDown: boolean; presentLabel: boolean }>();
  /**
   * What the sentence's place says of it, kept by the sentence: its label turns it down ("Rejected: …") or tells the
   * present ("Today: …"), or it is a list entry turned down.
   */
  private placeFacts(s: Sentence): { turnedDown: boolean; presentLabel: boolean } {
    let facts = this.placed.get(s);
    if (!facts) {
      const label = s.label;
      facts = {
        turnedDown: (!!label && NOT_THE_DESIGN_SENTENCE.test(label)) || (s.block.kind === 'list-item' && TURNED_DOWN.test(s.norm)),
        presentLabel: !!label && PRESENT_STATE_SENTENCE.test(label),
      };
      this.placed.set(s, facts);
    }
    return facts;
  }

  private shown = new WeakMap<readonly Token[], Map<AntiPatternId, readonly CompiledPattern[]>>();
  /** The anti-pattern's patterns that the sentence's text shows, not negated or hypothetical, kept by its text. */
  private shownBy(s: Sentence, id: AntiPatternId, patterns: readonly CompiledPattern[]): readonly CompiledPattern[] {
    let byId = this.shown.get(s.tokens);
    if (!byId) this.shown.set(s.tokens, (byId = new Map()));
    let found = byId.get(id);
    if (!found) {
      found = patterns.filter((p) => statesPractice(s, p));
      byId.set(id, found);
    }
    return found;
  }

  private stated = new WeakMap<readonly Token[], Map<CompiledPattern, boolean>>();
  /** Whether the sentence's text states the pattern (see `states`), kept by its text: a re-check asks again for every sentence. */
  private states(s: Sentence, p: CompiledPattern): boolean {
    let byPattern = this.stated.get(s.tokens);
    if (!byPattern) this.stated.set(s.tokens, (byPattern = new Map()));
    let stated = byPattern.get(p);
    if (stated === undefined) byPattern.set(p, (stated = states(s, p)));
    return stated;
  }

  private findAntiPatterns(sentences: readonly Sentence[], doc: DesignDocument): AntiPatternFinding[] {
    const candidates = new Map<AntiPatternId, Sentence[]>(this.antiPatterns.map((a) => [a.id, []]));
    const notDesign = new Map<Section | undefined, boolean>();
    // A review of the system as it runs (no target anywhere) describes the system itself under "Today".
    const seen = new Set<Section | undefined>();
    let hasTarget = false;
    for (const s of sentences) {
      if (seen.has(s.section)) continue;
      seen.add(s.section);
      if (headingPath(s.section).some((h) => headingIs(h, TARGET_HEADING))) {
        hasTarget = true;
        break;
      }
    }
    // Only a review of the running system (its title says so, and it sets out no target) describes the system in
    // the present tense ("Today the three apps share one schema"); elsewhere the present is what the design replaces.
    const title = doc.sections.find((x) => x.level === 1)?.heading ?? '';
    const presentIsTheSystem = !hasTarget && REVIEW_TITLE.test(normalize(title));
    // The title names the whole document ("Resale: where we are and where we're going"), not a part of it that is
    // not the design: only the headings below it say which part a sentence stands in.
    const titles = doc.sections.filter((x) => x.level === 1);
    const below = (section: Section | undefined): string[] => headingPath(section).slice(titles.length === 1 && section && headingPath(section)[0] === titles[0].heading ? 1 : 0);
    // A paragraph that describes the system being replaced describes it in every sentence.
    // So does an option in a list whose verdict follows it: "1. One XA transaction across intake and results. Rejected: …".
    const legacyBlocks = new Set<Block>();
    const factsList: SentenceFacts[] = new Array(sentences.length);
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const facts = (factsList[i] = this.factsOf(s));
      // Only a labelled sentence or a list entry can be turned down by its place.
      const place = s.label !== undefined || s.block.kind === 'list-item' ? this.placeFacts(s) : undefined;
      if (facts.legacy || (place && (place.turnedDown || (!presentIsTheSystem && place.presentLabel)))) legacyBlocks.add(s.block);
    }
    previousInBlock = sentences;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const facts = factsList[i];
      const ids = facts.triggers;
      if (!ids.size || legacyBlocks.has(s.block)) continue;
      let skipSection = notDesign.get(s.section);
      if (skipSection === undefined) {
        skipSection = below(s.section).some((h) => headingIs(h, NOT_THE_DESIGN_HEADING) || (hasTarget && headingIs(h, CURRENT_STATE_HEADING)));
        notDesign.set(s.section, skipSection);
      }
      if (skipSection || facts.notTheDesign || (facts.present && !presentIsTheSystem) || (s.column && NOT_THE_DESIGN_COLUMN.test(s.column))) continue;
      for (const id of ids) candidates.get(id)?.push(s);
    }
    const findings: AntiPatternFinding[] = [];
    for (const a of this.antiPatterns) {
      const inCodePatterns = this.inCode.get(a.id);
      const inCode = inCodePatterns ? configurationEvidence(doc, inCodePatterns, (section) => below(section).some((h) => headingIs(h, NOT_THE_DESIGN_HEADING))) : [];
      const instances = this.detectAgain(a, candidates.get(a.id) ?? [], inCode);
      if (instances.length) {
        const [first] = instances;
        findings.push({ id: a.id, title: a.title, line: first.line, evidence: first.text, instances, problem: a.problem, advice: a.advice, docs: a.docs });
      }
    }
    return findings.sort((x, y) => x.line - y.line);
  }

  private nearMemo = new WeakMap<Sentence, Map<CompiledPattern, boolean>>();
  /** `nearOk`, kept by the sentence (its text, section and paragraph are fixed): a re-check asks again for each one. */
  private nearOk(s: Sentence, p: CompiledPattern): boolean {
    if (!p.near) return true;
    let byPattern = this.nearMemo.get(s);
    if (!byPattern) this.nearMemo.set(s, (byPattern = new Map()));
    let ok = byPattern.get(p);
    if (ok === undefined) byPattern.set(p, (ok = nearOk(s, p)));
    return ok;
  }

  private lastDetected = new Map<AntiPatternId, { sentences: readonly Sentence[]; inCode: readonly Evidence[]; found: Evidence[] }>();
  /**
   * `detect`, or its last answer when it is asked again about the same sentences (the same objects: a re-check keeps
   * every block an edit did not touch) and the same configuration evidence: what it finds depends on nothing else.
   */
  private detectAgain(a: AntiPattern, sentences: readonly Sentence[], inCode: readonly Evidence[]): Evidence[] {
    const last = this.lastDetected.get(a.id);
    if (last && sameItems(last.sentences, sentences) && sameEvidence(last.inCode, inCode)) return last.found;
    const found = this.detect(a, sentences, inCode);
    this.lastDetected.set(a.id, { sentences, inCode, found });
    return found;
  }

  /** The places that show the anti-pattern, in document order; empty when none does. */
  private detect(a: AntiPattern, sentences: readonly Sentence[], inCode: readonly Evidence[] = []): Evidence[] {
    const d = a.detector;
    if (d.kind === 'call-chain') {
      const chain = findCallChains(sentences, d.minHops);
      return chain ? [{ line: chain.line + 1, text: `${chain.text} (${chain.path.join(' → ')})` }] : [];
    }
    if (d.kind === 'granularity') {
      const g = findGranularity(sentences, d.servicesPerEngineer, d.minServices);
      if (g) return [{ line: g.line + 1, text: g.text }];
    }
    const patterns = this.patterns.get(a.id) ?? [];
    const legitimate = this.legitimate.get(a.id) ?? [];
    const alongside = this.alongside.get(a.id);
    if (alongside && !sentences.some((s) => alongside.some((p) => this.states(s, p) && this.nearOk(s, p)))) return [];
    // Paragraphs (or, for a document-wide variant, the document) that state the legitimate variant: only strict patterns count in them.
    const legitimateSentences = legitimate.length ? sentences.filter((s) => legitimate.some((p) => this.states(s, p) && this.nearOk(s, p))) : [];
    // Document-wide, a legitimate statement excuses what it is about: a general rule ("every migration is
    // expand/contract") everything, one that names its tables or services ("`statements-svc` changes follow expand
    // and contract") only the paragraphs that name one of them.
    const documentWide = d.kind === 'phrases' && d.legitimateScope === 'document';
    // In its paragraph, a legitimate statement excuses what it is about: a general one every sentence, one that
    // names its services, topics or tables the sentences that name one of them ("notifications treats
    // `ticket.issued` as at-least-once" does not excuse the seat-release workers' reliance on exactly-once).
    const excused = new Set<unknown>();
    const legitNames = legitimateSentences.map((l) => ({ l, names: namedThings(l) }));
    const excusedInBlock = (s: Sentence): boolean => {
      const own = legitNames.filter((x) => x.l.block === s.block);
      if (!own.length) return false;
      const mine = namedThings(s);
      return own.some((x) => x.l === s || x.names.size === 0 || [...x.names].some((n) => mine.has(n)));
    };
    if (documentWide && legitimateSentences.length) {
      const named = legitimateSentences.map(namedThings);
      const general = named.some((n) => n.size === 0);
      const blockNames = new Map<unknown, Set<string>>();
      for (const s of sentences) {
        const names = blockNames.get(s.block) ?? new Set<string>();
        for (const n of namedThings(s)) names.add(n);
        blockNames.set(s.block, names);
      }
      for (const s of sentences) if (general || named.some((n) => [...n].some((x) => blockNames.get(s.block)!.has(x)))) excused.add(s.block);
    }
    const found: Evidence[] = [];
    for (const s of sentences) {
      if (found.length >= MAX_INSTANCES) break;
      // One instance a line: two sentences of one line are one place to look at.
      if (found.length && found[found.length - 1].line === s.line + 1) continue;
      if (s.hedged && !this.factsOf(s).firm) continue;
      const isExcused = excused.has(s.block) || excusedInBlock(s);
      const shows = this.shownBy(s, a.id, patterns).some((p) => (p.strict || !isExcused) && this.nearOk(s, p));
      if (shows) found.push({ line: s.line + 1, text: s.text });
    }
    // Who writes what, sentence by sentence: one table with two writers, unless a general legitimate rule covers the document.
    if (d.kind === 'phrases' && d.sharedWrites && !found.length && !legitimateSentences.some((l) => namedThings(l).size === 0)) {
      const firm = sentences.filter((s) => !s.hedged || this.factsOf(s).firm);
      const shared = findSharedWrites(firm) ?? findSharedWriterRows(firm);
      if (shared) found.push({ line: shared.line + 1, text: shared.text });
    }
    if (d.kind === 'phrases' && d.sharedStores && !found.length && !legitimateSentences.some((l) => namedThings(l).size === 0)) {
      const shared = findSharedStoreRows(sentences);
      if (shared) found.push({ line: shared.line + 1, text: shared.text });
    }
    // Configuration counts as the design's own, unless a general legitimate rule covers the document.
    if (!legitimateSentences.some((l) => namedThings(l).size === 0)) {
      for (const c of inCode) if (found.length <= MAX_INSTANCES && !found.some((f) => f.line === c.line)) found.push(c);
    }
    // A decision in two parts (a destructive migration, and the quick rollback promised over it) shows in both.
    if (found.length && alongside) {
      for (const s of sentences) {
        if (found.length >= MAX_INSTANCES + 1) break;
        if (found.some((f) => f.line === s.line + 1)) continue;
        if (alongside.some((p) => this.states(s, p) && this.nearOk(s, p))) found.push({ line: s.line + 1, text: s.text });
      }
    }
    return found;
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameEvidence(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  return a.length === b.length && a.every((e, i) => e.line === b[i].line && e.text === b[i].text);
}

/**
 * Lines of fenced code that show a pattern: the line matches `re`, and its body (the line and the lines indented
 * under it, at most six) matches `near`, with no negation before it and no `unless`.
 */
function configurationEvidence(doc: DesignDocument, patterns: readonly CompiledPattern[], setAside: (section: Section | undefined) => boolean): Evidence[] {
  const found: Evidence[] = [];
  const indent = (line: string): number => line.length - line.trimStart().length;
  for (const block of doc.codeBlocks) {
    if (setAside(block.section)) continue;
    const lines = block.content.toLowerCase().split('\n');
    for (let i = 0; i < lines.length; i++) {
      const body = [lines[i]];
      for (let j = i + 1; j < lines.length && j <= i + 6 && lines[j].trim() && indent(lines[j]) > indent(lines[i]); j++) body.push(lines[j]);
      const text = body.join(' ');
      const shows = patterns.some((p) => {
        if (!p.re.test(lines[i])) return false;
        const m = p.near ? p.near.exec(text) : null;
        if (p.near && (!m || /\b(not|no|never|without|nor)\b[^.;#]{0,30}$/.test(text.slice(0, m.index)))) return false;
        return !(p.unless && new RegExp(p.unless.source).test(text));
      });
      if (shows) found.push({ line: block.contentLine + i + 1, text: lines[i].trim() });
    }
  }
  return found;
}

/** What a sentence names in code or as identifiers: `orders.amount`, statement_line, statements-svc. */
function namedThings(s: Sentence): Set<string> {
  const names = new Set<string>();
  for (const m of s.text.matchAll(/`([^`]+)`/g)) for (const part of m[1].toLowerCase().split(/[^a-z0-9_-]+/)) if (part.length > 2) names.add(part);
  // snake_case identifiers, dotted event or field names (`ticket.issued`), and hyphenated names of things that
  // run or hold data (not "at-least-once").
  for (const m of s.text.toLowerCase().matchAll(/\b[a-z0-9]+(?:_[a-z0-9]+)+\b|\b[a-z0-9]+(?:-[a-z0-9]+)*-(service|svc|api|db|worker|workers|queue|topic|consumer|consumers)\b|\b[a-z][a-z0-9]*(?:\.[a-z][a-z0-9_]*)+\b(?=[^a-z0-9]|$)/g)) names.add(m[0]);
  return names;
}

/** The sentence states the pattern: it matches, not negated or (for an absence) hypothetical. */
function states(s: Sentence, p: CompiledPattern): boolean {
  return matchesOf(s, p).some((m) => statedAt(s, p, m));
}

/** Whether the match states the pattern: not negated, not put aside. */
function statedAt(s: Sentence, p: CompiledPattern, m: RegExpExecArray): boolean {
  // For an absence, a negation before is usually the list it stands in ("no cut-off and no fallback"); before
  // "without", it is a double negative ("we found no remote call without a timeout").
  if ((negatedBefore(s, m.index) && (!p.absence || /^(without|not|never)\b/.test(m[0]))) || PUT_ASIDE.test(s.norm.slice(Math.max(0, m.index - 30), m.index))) return false;
  if (p.unless && statesAnywhere(s, p.unless)) return false;
  return !(p.absence ? HYPOTHETICAL.test(s.norm) : negatedInside(s, m.index, m.index + m[0].length));
}

const globalRes = new WeakMap<RegExp, RegExp>();
/**
 * The pattern's first few matches, each from the character after the last one started: in "if the broker returns an
 * error, the error is sent back to the front" the first match starts inside the condition, the second in the main clause.
 */
function matchesOf(s: Sentence, p: CompiledPattern): RegExpExecArray[] {
  let re = globalRes.get(p.re);
  if (!re) globalRes.set(p.re, (re = new RegExp(p.re.source, p.re.flags.includes('g') ? p.re.flags : `${p.re.flags}g`)));
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s.norm); m && found.length < 4; m = re.exec(s.norm)) {
    found.push(m);
    re.lastIndex = m.index + 1;
  }
  return found;
}

const TURNED_DOWN = /^(rejected|turned down|not chosen|discarded|ruled out)\b/;
const LEADING_CONDITION = /^(if|suppose|imagine)\b[^,;:]{0,160},/;
const INSIDE_CONDITION = /\b(if|suppose|imagine)\b[^.;:,()]{0,40}$/;
const CONSEQUENCE_AFTER = /^[^.;,]{0,12}\b(means|would mean|leads to|would lead to|causes|would cause|results in|would result in)\b/;

/**
 * The sentence states the practice as the design's own: besides `states`, not inside a leading condition ("If
 * readiness checks Postgres, every pod goes unready"; the main clause after the comma still decides: "if the charge
 * fails, we retry until it succeeds"), and not as the subject of what it leads to ("Two-phase commit across two
 * databases means locks held…").
 */
function statesPractice(s: Sentence, p: CompiledPattern): boolean {
  const condition = LEADING_CONDITION.exec(s.norm);
  return matchesOf(s, p).some((m) => {
    if (!statedAt(s, p, m)) return false;
    if (condition && m.index < condition[0].length) return false;
    // Inside a condition with no comma to close it: "We decided no: if two modules write the same table we are back to…".
    if (INSIDE_CONDITION.test(s.norm.slice(Math.max(0, m.index - 50), m.index))) return false;
    return !CONSEQUENCE_AFTER.test(s.norm.slice(m.index + m[0].length, m.index + m[0].length + 40));
  });
}

/** Some match of a global expression in the sentence is not negated: "with an idempotency key", not "without one". */
function statesAnywhere(s: Sentence, re: RegExp): boolean {
  for (const m of s.norm.matchAll(re)) if (!negatedBefore(s, m.index) && !negatedInside(s, m.index, m.index + m[0].length)) return true;
  return false;
}

/** The pattern's `near` expression, if any, matches the sentence or its section's headings. */
function nearOk(s: Sentence, p: CompiledPattern): boolean {
  if (!p.near || p.near.test(s.norm) || headingPath(s.section).some((h) => p.near!.test(h.toLowerCase()))) return true;
  const before = p.nearBefore ? sentenceBefore(s) : undefined;
  return before !== undefined && p.near.test(before.norm);
}

/**
 * The current run's sentences, for patterns whose context may be the sentence before in the paragraph: indexed
 * only when such a pattern asks (a map of every run's sentences cost more to fill than the re-check's other work).
 */
let previousInBlock: readonly Sentence[] = [];
let beforeIndex: Map<Sentence, Sentence> | undefined;
let indexedFor: readonly Sentence[] | undefined;

/** The sentence before `s` in its paragraph, from the current run's sentences (indexed on first use). */
function sentenceBefore(s: Sentence): Sentence | undefined {
  if (indexedFor !== previousInBlock || !beforeIndex) {
    const list = previousInBlock;
    beforeIndex = new Map();
    for (let i = 1; i < list.length; i++) if (list[i].block === list[i - 1].block) beforeIndex.set(list[i], list[i - 1]);
    indexedFor = list;
  }
  return beforeIndex.get(s);
}

/** Per heading, what it has been found to be (one regular expression at a time): headings repeat from run to run. */
const headingKinds = new Map<RegExp, Map<string, boolean>>();
function headingIs(heading: string, re: RegExp): boolean {
  let known = headingKinds.get(re);
  if (!known) headingKinds.set(re, (known = new Map()));
  let is = known.get(heading);
  if (is === undefined) {
    is = re.test(heading.toLowerCase());
    if (known.size >= 10_000) known.clear();
    known.set(heading, is);
  }
  return is;
}

 /** The section or one that holds it is advice or work still to do ("Recommendations", "Next steps"). */
function adviceSection(section: Section | undefined): boolean {
  return headingPath(section).some((h) => headingIs(h, ADVICE_HEADING));
}

/** The name of a `name — what it does` entry: what stands before the separator. */
/** A list entry as written: a bold name read as the paragraph's label ("**Catalog** — frames…") is its name. */
function entryText(s: Sentence): string {
  return s.label !== undefined ? `${s.label.trim()}: ${s.text}` : s.text;
}

function entryName(norm: string): string {
  const m = /\s(—|–|:|-|\()\s|[:(]/.exec(norm);
  return m ? norm.slice(0, m.index) : norm;
}

/** Two or more matches of one item joined by "or" with no choice made: options listed, not decided. */
function offersAlternatives(s: Sentence, found: readonly { from: number; to: number }[]): boolean {
  if (found.length < 2) return false;
  const first = Math.min(...found.map((f) => f.to));
  const last = Math.max(...found.map((f) => f.from));
  for (let i = first; i < last; i++) if (s.tokens[i].word === 'or') return true;
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The clause of the token at or after a place in the sentence's text. */
/** The clause a purpose at `offset` stands in and, when the purpose opens it, the clause before. */
function purposeClauses(s: Sentence, offset: number): number[] {
  const i = s.tokens.findIndex((t) => t.end > offset);
  if (i < 0) return [];
  return i > 0 && s.clause[i - 1] !== s.clause[i] ? [s.clause[i], s.clause[i - 1]] : [s.clause[i]];
}

function clauseAt(s: Sentence, offset: number): number {
  for (let i = 0; i < s.tokens.length; i++) if (s.tokens[i].end > offset) return s.clause[i];
  return s.clause[s.clause.length - 1] ?? 0;
}

function isNegated(s: Sentence, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.negated[i]) return true;
  return false;
}

/** Every word of the sentence stands under negation ("Security is out of scope."). */
function fullyNegated(s: Sentence): boolean {
  let content = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.tokens[i].word.length <= 3) continue;
    if (!s.negated[i]) return false;
    content++;
  }
  return content > 0;
}

const INSIDE_NEGATION = /^(not|no|never|without|nobody|don't|doesn't|won't|isn't|aren't|independently|separately)$/;

function negatedInside(s: Sentence, start: number, end: number): boolean {
  return s.tokens.some((t) => t.start > start && t.end <= end && INSIDE_NEGATION.test(t.word));
}

function evidence(sentences: readonly Sentence[]): Evidence[] {
  return sentences.slice(0, MAX_EVIDENCE).map((s) => ({ line: s.line + 1, text: s.text }));
}

function outOfScopeMarks(doc: DesignDocument): Set<string> {
  const ids = new Set<string>();
  for (const c of doc.comments) {
    const m = OUT_OF_SCOPE_MARK.exec(c.text);
    if (m) for (const id of m[1].split(/[\s,]+/)) if (id) ids.add(id.trim());
  }
  const fm = frontMatterRecord(doc)['out-of-scope'];
  for (const id of Array.isArray(fm) ? fm : typeof fm === 'string' ? fm.split(/[\s,]+/) : []) {
    if (typeof id === 'string' && id) ids.add(id);
  }
  return ids;
}

/** Which items a section is about, from its heading or, failing that, its parent's. */
class SectionItems {
  private readonly cache = new Map<Section, string[]>();
  constructor(private readonly headings: PhraseIndex<string>) {}

  of(section: Section | undefined): string[] {
    if (!section) return [];
    let ids = this.cache.get(section);
    if (!ids) {
      ids = this.own(section);
      if (!ids.length) ids = this.of(section.parent);
      this.cache.set(section, ids);
    }
    return ids;
  }

  private levelOneCount: number | undefined;
  private titleOnly(): boolean {
    return this.levelOneCount === 1;
  }

  private firstHeading: Map<string, number> | undefined;
  private readonly owned = new Map<Section, string[]>();

  /** Learns the document's shape before any section is mapped. */
  prepare(doc: DesignDocument): this {
    this.levelOneCount = doc.sections.filter((s) => s.level === 1).length;
    return this;
  }

  /** 0-based line of the first section whose own heading is about the item. */
  headingFor(doc: DesignDocument, id: string): number | undefined {
    if (!this.firstHeading) {
      this.firstHeading = new Map();
      for (const s of doc.sections) for (const own of this.own(s)) if (!this.firstHeading.has(own)) this.firstHeading.set(own, s.line);
    }
    return this.firstHeading.get(id);
  }

  private own(section: Section): string[] {
    let ids = this.owned.get(section);
    if (!ids) {
      ids = this.computeOwn(section);
      this.owned.set(section, ids);
    }
    return ids;
  }

  private computeOwn(section: Section): string[] {
    // The document's title is not a section about one item: a level-1 heading that is the only one.
    if (section.level === 1 && this.titleOnly()) return [];
    const matches = [...this.headings.matches(tokenizeHeading(section.heading))];
    // A longer heading phrase wins over one inside it: "Service discovery" is not "Services".
    const kept = matches.filter(
      (m) => !matches.some((o) => o !== m && o.value !== m.value && o.from <= m.from && o.to >= m.to && o.to - o.from > m.to - m.from),
    );
    return [...new Set(kept.map((m) => m.value))];
  }
}

const headingTokens = new Map<string, ReturnType<typeof tokenize>>();
function tokenizeHeading(heading: string): ReturnType<typeof tokenize> {
  let t = headingTokens.get(heading);
  if (!t) {
    t = tokenize(normalize(heading));
    if (headingTokens.size < 10_000) headingTokens.set(heading, t);
  }
  return t;
}

let shared: ChecklistEngine | undefined;
/** The engine with the built-in items, built once. */
export function defaultEngine(): ChecklistEngine {
  return (shared ??= new ChecklistEngine());
}
