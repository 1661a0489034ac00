// The scorer's word lists, as data: each list is one idea, compiled once with `anyOf` into a whole-word
// expression. Phrases are written as they read in a normalised (lower-case) sentence.
import { anyOf } from '../shared/words';

/** Conjunctions that give a cause: "because the warehouse is slow". */
const CAUSES = ['because', 'since', 'so that', 'given (that|the|our|how|its)', 'due to', 'thanks to', 'in order to', 'therefore', 'hence', 'thus'];

/** "so" followed by the subject of a consequence ("so each team…"), not "so far" or "so-called". */
const SO_CONSEQUENCE = ['so (we|it|they|that|the|each|teams?|payments?|nothing|one|no|a|an|only)', 'so it'];

/** Verbs of a stated effect after "which", "this" or "that": "which means", "this keeps". */
const EFFECT_VERBS = 'means|lets|keeps|removes|cuts|reduces|limits|gives|allows|isolates|contains|avoids|stops|protects|makes';
const EFFECTS = [`which (${EFFECT_VERBS}|would)`, `this (${EFFECT_VERBS}|way|is why)`, 'that (means|lets|is why)', 'that way', 'as a result'];

/** "to" and a purpose: "to avoid", "to roll back". */
const PURPOSES = [
  'to (avoid|prevent|reduce|limit|contain|isolate|protect|stop|decouple|unblock|cut|shorten|lower|keep|let|allow|give|make sure|ensure|catch|detect|see|find|spot|roll back|undo|recover)',
];

/** Words that weigh one option against another: an argument, not a slogan. */
const TRADE_OFFS = [
  'otherwise',
  'rather than',
  'trade-?offs?',
  'at the cost',
  'the (risk|downside|upside|benefit|cost)',
  'the reason',
  'the goal',
  'the point',
  'blast radius',
  'lets (us|the|them|teams?|each)',
  'allows? (us|the|them|teams?|each)',
];

/** Verbs that say what a decision protects against: "reduces", "isolates". */
const PROTECTIVE_VERBS = ['reduces?', 'protects?', 'isolates?', 'contains?', 'decouples?', 'unblocks?'];

/** A failure the decision plans for: "if it fails", "if the warehouse is down". */
const FAILURE_CONDITIONS = ['if (it|one|the|a|that|this) (fails|breaks|goes down|crashes|is down)'];

/** Words that give a reason or a consequence: the difference between naming a pattern and arguing for it. */
export const REASON = anyOf(CAUSES, SO_CONSEQUENCE, EFFECTS, PURPOSES, TRADE_OFFS, PROTECTIVE_VERBS, FAILURE_CONDITIONS);
/** An arrow ("slow query -> pool exhausted") states a consequence too; it is no word, so it is matched apart. */
export const ARROW = ' -> ';

/**
 * Reasons that argue, as opposed to marketing ("this enables agility"): they stop a sentence counting as a
 * list of terms.
 */
export const CAUSAL = anyOf(
  ['because', 'since', 'so that', 'so (we|each|it|they|teams?|the|nothing|no)', 'instead of', 'rather than', 'given that', 'due to'],
  ['which means', 'otherwise', 'to avoid', 'to prevent'],
  FAILURE_CONDITIONS,
);

/** The answer describes today's system, not what it proposes. */
const DESCRIBES_TODAY = ['today', 'currently', 'right now', 'at the moment', 'at present', 'used to', 'last week', 'in the past', 'legacy', 'as-is'];

/** The answer warns against something: its pitfall phrases are named to be avoided. */
const WARNS = [
  'anti-?patterns?',
  'must not',
  "mustn't",
  'should not',
  "shouldn't",
  'mistake',
  'pitfall',
  'red flag',
  'trap',
  'bad idea',
  '(is|are|was) (wrong|dangerous|risky|a problem)',
];

/** A sentence that describes or warns rather than proposes. */
export const NOT_A_PROPOSAL_WORDS = anyOf(DESCRIBES_TODAY, WARNS);
/** "would" with no proposer before it ("that would take the site down") describes a consequence, not a plan. */
export const IMPERSONAL_WOULD = /(?<!\b(i|we|i'd|we'd|you|they) )\bwould\b/;

/** What joins the items of a list of terms: "Kafka, sagas and CQRS", "Prometheus/Grafana", "k8s + Helm". */
export const LIST_SEPARATOR = /[,/;+&]|\b(and|or|plus)\b/;
export const LIST_SEPARATORS = new RegExp(LIST_SEPARATOR.source, 'g');
/** Words that may stand between two listed terms without making them prose. */
export const JOINING_WORDS = new Set(['and', 'or', 'plus', 'with', 'the', 'a', 'an', 'its', 'our', 'their', 'full', 'pattern', 'patterns']);

/** A table column that gives reasons ("Why", "Rationale"): its cells argue for the row's decision. */
export const WHY_HEADER = /^\s*(why|reasons?|rationale|because|justification|motivation)\b/i;
