// The shape of checklist content: items and anti-patterns are data, validated here.
import * as z from 'zod/mini';
import { regexSource } from '../shared/zod';

import { ANTIPATTERN_IDS, ITEM_IDS } from './ids';
export { ANTIPATTERN_IDS, ITEM_IDS, LESSON_ANTIPATTERN_IDS, SMELL_IDS, type AntiPatternId, type ItemId, type SmellId } from './ids';

// Trimmed before the length is checked: "  " is empty, not a valid advice that the engine then rejects.
const text = z.string().check(z.trim(), z.minLength(1));
const phrases = z.array(text).check(z.minLength(1));

/** Lower-case words joined by hyphens: the form of every item and concept id. */
export const kebabId = z.string().check(z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "event-schema-registry"'));

export const conceptSchema = z.strictObject({
  id: text,
  /** How the concept is named in feedback. */
  label: text,
  /** Phrases that show it (matched on word stems, so "deploys" meets "deployed"). */
  terms: phrases,
  /** Counts only in a sentence or section that is about the item ("DNS" alone is too broad). */
  context: z.optional(z.boolean()),
  /**
   * Decides only a part of the item's question (a protocol's name for communication, the end-user login for
   * security): alone it makes the item weak; with another concept of the item decided too, it counts.
   */
  narrow: z.optional(z.boolean()),
  /**
   * Narrow concepts of one part of the question share a part name, and count once together: the login and TLS
   * at the edge are both the edge, so the item still needs a second part (between services, the data).
   */
  part: z.optional(kebabId),
  /** Phrases that put the concept in another role: with one of them in the sentence it does not count (a mesh used only for mTLS). */
  notWith: z.optional(phrases),
});
export type Concept = z.infer<typeof conceptSchema>;


export const checklistItemSchema = z.strictObject({
  /** One of ITEM_IDS for the built-in items; a pack may add items with ids of its own. */
  id: kebabId,
  title: text,
  /** What a reviewer asks when the item is missing. */
  question: text,
  /** What a strong answer contains, point by point. */
  strongAnswer: phrases,
  /** Heading phrases that make a section about this item. */
  headings: phrases,
  /** Phrases that show the topic is raised, decided or not. */
  topics: phrases,
  /** Phrases that put the topic's words in another role: with one of them in the sentence, its topic words do not raise the item (a payment gateway, a network policy's ingress rules). */
  topicsNotWith: z.optional(phrases),
  /** Mechanisms and techniques whose choice is a decision. */
  concepts: z.array(conceptSchema).check(z.minLength(1)),
  advice: text,
  /** In the item's own section, a list of `name — what it does` entries is a decision (a service catalogue). */
  namedEntries: z.optional(z.boolean()),
  /** A Markdown table of the main options and their trade-offs, where the item has one. */
  tradeoffs: z.optional(text),
  docs: z.url(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const regex = regexSource();

export const patternSchema = z.object({
  /** A regular expression over the sentence's lower-cased, typography-folded text. */
  re: regex,
  /** The pattern itself states an absence ("no versioning"): a negation inside it is the point. */
  absence: z.optional(z.boolean()),
  /** A second expression that the sentence or its section heading must also match. */
  near: z.optional(regex),
  /** `near` may also match the sentence before, in the same paragraph ("The probes call /health. The handler runs SELECT 1…"). */
  nearBefore: z.optional(z.boolean()),
  /** Counts even in a paragraph that states the detector's legitimate variant (reading another service's tables is wrong whatever the schemas). */
  strict: z.optional(z.boolean()),
  /**
   * The safe version in the same sentence: where the sentence also states it, not negated, the pattern does not
   * count ("retried straight away" is a tight loop; "retried straight away once, then with backoff" is not).
   */
  unless: z.optional(regex),
});
export type Pattern = z.infer<typeof patternSchema>;

export const detectorSchema = z.discriminatedUnion('kind', [
  /** Any of the patterns in a sentence that describes the design. */
  z.object({
    kind: z.literal('phrases'),
    patterns: z.array(patternSchema).check(z.minLength(1)),
    /**
     * Statements of a legitimate variant (a private schema per service on one shared instance): in their paragraph
     * only the `strict` patterns count.
     */
    legitimate: z.optional(z.array(patternSchema)),
    /**
     * Where a legitimate statement excuses the patterns: its paragraph (the default), or the whole document (one
     * "schema changes are expand/contract" covers every migration the document describes).
     */
    legitimateScope: z.optional(z.enum(['paragraph', 'document'])),
    /**
     * A second decision the design must state somewhere too, for the patterns to count: a destructive migration
     * is dangerous beside a promise of an instant rollback. Read in the design's own sentences, hedged or not
     * ("if it goes wrong, we switch back" is the promise).
     */
    alongside: z.optional(z.array(patternSchema).check(z.minLength(1))),
    /**
     * Configuration that shows it, in fenced code: a line matching `re` whose own body (the line and the lines
     * indented under it) matches `near`, not negated there and without `unless` ("readinessProbe:" with a comment
     * "503 unless Redis and payments-service answer").
     */
    inCode: z.optional(z.array(patternSchema).check(z.minLength(1))),
    /**
     * Also read who writes what, sentence by sentence: one table that two services write (`scan-ingest` updates
     * `kegs.status`; `distributor-portal` also updates `kegs.status`) shows it, where no sentence says "both".
     */
    sharedWrites: z.optional(z.boolean()),
    /**
     * Also read tables that give parts their store: two rows naming the same named store ("Classifier | `intake`
     * PostgreSQL", "Extractor | `intake` PostgreSQL") show it.
     */
    sharedStores: z.optional(z.boolean()),
  }),
  /** A chain of synchronous calls with at least `minHops` hops. */
  z.object({ kind: z.literal('call-chain'), minHops: z.number().check(z.int(), z.minimum(2)) }),
  /** Many more services than the team can own, or a service per table or function. */
  z.object({
    kind: z.literal('granularity'),
    servicesPerEngineer: z.number().check(z.positive()),
    minServices: z.number().check(z.int(), z.positive()),
    patterns: z.array(patternSchema),
  }),
]);
export type Detector = z.infer<typeof detectorSchema>;

export const antiPatternSchema = z.object({
  id: z.enum(ANTIPATTERN_IDS),
  title: text,
  problem: text,
  advice: text,
  /** The item on which the anti-pattern is a decision, if a poor one ("we deploy by hand" decides deployment). */
  decides: z.optional(z.enum(ITEM_IDS)),
  /**
   * The part of that item's question the anti-pattern answers, when it answers only one (a chain of calls says the
   * calls are synchronous, not what goes asynchronously): it then counts as that narrow part, not the whole item.
   */
  decidesPart: z.optional(kebabId),
  /** Words or word parts (lower case) of which a sentence must hold one before the detector looks at it. */
  keywords: phrases,
  docs: z.url(),
  detector: detectorSchema,
});
export type AntiPattern = z.infer<typeof antiPatternSchema>;

export const DOCS_BASE = 'https://github.com/design-workbench/design-workbench/blob/main/docs/checklist.md';
export const docsUrl = (id: string): string => `${DOCS_BASE}#${id}`;
