// The scorer's word lists, as data: each list is one idea, compiled once with `anyOf` into a whole-word
// expression. Phrases are written as they read in a normalised (lower-case) sentence.
import { anyOf, DISMISSES_RISK } from '../shared/words';

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

/** The answer tells what happened in the incident: its settings and mistakes are the past, not the plan. */
const DESCRIBES_INCIDENT = [
  'piled up',
  'ran (out|dry)',
  'fell over',
  'went down',
  'took (the site|everything|it|them|us) down',
  'made it (up to|worse)',
  '(was|were) exhausted',
  'held (a|the|their|its|every) (connection|thread|lock)s?',
];

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
  'traps?',
  'bad idea',
  '(is|are|was) (wrong|dangerous|risky|a problem)',
  // A value called the cause: "the 30-second default is the root problem".
  '(is|was) the (root |real |main |actual )?(problem|cause|culprit)',
  'too (long|high|large|many|aggressive)',
  'hurts',
];

/** A sentence that describes or warns rather than proposes. */
/** A concession inside an argument against an option: "At best we get XA across our own shards, and FX stays outside". */
const CONCEDES = ['^at best\\b', '\\bat best (we|you|it) (would |could )?(get|have|gain)\\b', '^even then\\b', '\\bthe (most|best) (we|you) (could|would|can) (get|hope for)\\b'];
export const NOT_A_PROPOSAL_WORDS = anyOf(DESCRIBES_TODAY, DESCRIBES_INCIDENT, WARNS, CONCEDES);
/** "would" with no proposer before it ("that would take the site down") describes a consequence, not a plan. */
export const IMPERSONAL_WOULD = /(?<!\b(i|we|i'd|we'd|you|they) )\bwould\b/;

/** What joins the items of a list of terms: "Kafka, sagas and CQRS", "Prometheus/Grafana", "k8s + Helm". */
export const LIST_SEPARATOR = /[,/;+&]|\b(and|or|plus)\b/;
export const LIST_SEPARATORS = new RegExp(LIST_SEPARATOR.source, 'g');
/** Words that may stand between two listed terms without making them prose. */
export const JOINING_WORDS = new Set(['and', 'or', 'plus', 'with', 'the', 'a', 'an', 'its', 'our', 'their', 'full', 'pattern', 'patterns']);

/** A table column that gives reasons ("Why", "Rationale"): its cells argue for the row's decision. */
/**
 * A table column that gives the reason for its row: "Why", "Rationale", and the problem a fix answers ("Problem |
 * Fix", "Fact | What it tells me", "Risk | Mitigation").
 */
export const WHY_HEADER = /^\s*(why|reasons?|rationale|because|justification|motivation|problems?|facts?|risks?|symptoms?|what it tells me|what it means|impact|consequences?)\b/i;

// ---------------------------------------------------------------------------------------------
// Stance: whether a sentence adopts what it names.

/**
 * Clauses that argue against what they name ("backoff only adds latency", "async makes debugging harder"):
 * the concept is rejected, as if negated.
 */
export const ARGUES_AGAINST = anyOf([
  '(only|just|merely) (adds?|slows?|complicates?|hides?|delays?|moves?|shifts?)',
  // Costs that condemn: "adds CPU and latency for no gain", "creates support load and outages".
  'for (no|little|zero) (real |actual )?(gain|benefit|value|reason)',
  'creates? (support load|toil|outages|more problems)',
  '(would|will) (have )?(made|make) ([a-z]+ ){0,2}worse',
  '(has|have) (a|the) (similar|same) problem',
  '(is|are) (a )?(fashion|fad|half[- ]measure|distraction|premature optimi[sz]ation)',
  '(is|are) (too )?(hard|difficult|painful|expensive) to (maintain|operate|run|keep up)',
  '(is|are) overstated',
  'wastes?',
  'wasted',
  "(would not|will not|wouldn't|won't) (help|fix|work)",
  '(sounds|looks) (attractive|tempting|appealing)',
  '(adds?|costs?) (latency|overhead) (to|on) (every|each|the very|all)',
  'throw(n)? away',
  'hurts',
  '(must|should|will) (be|stay) (off|disabled|switched off|turned off)',
  '(is|are) (a )?(solution|answer) (looking for|in search of) a problem',
  'solves? a problem (we|you|they) (do not|don\'t|won\'t|will not) have',
  'adds? (nothing|little|only)',
  'complicates?',
  'makes? (debugging|everything|things|it|the code|operations) (much |far |a lot )?(harder|worse|slower|more complex)',
  '(is|are) (a myth|overrated|a waste|pointless|useless|harmful|counterproductive|not worth it|more trouble)',
  '(is|are) (worse|more dangerous) than',
  '(is|are) (just )?(hype|theory|academic)',
  '(is|are) (impossible|not possible|not achievable|unachievable)',
  'for little gain',
  "(do not|don't|doesn't|does not) (help|work|matter|buy us anything)",
  'no (real )?(benefit|value|point)',
  // Dismissals: "correlation ids are also unnecessary", "centralising them is expensive", "percentiles are noisy".
  '(is|are) (also |simply |just |too |very )?(unnecessary|not necessary|overkill|expensive|noisy)\\b',
  'without telling (us|you|anyone) anything',
  'multiply the number of',
  'overhead on every',
  // A consequence that condemns: "a read model would show wrong stock".
  'would (only )?(show (stale|wrong|old|incomplete)|confuse|hurt|break|mislead|miss|drop|lose|slow (us|everything|it) down)',
  '(is|are) eventually consistent and',
  // Dismissals by what it fails to do: "bigger pools are not the fix", "XA … cannot work end to end".
  '(is|are|was|were) not (the|a) (fix|answer|solution|cure|remedy)',
  "(cannot|can't|can not|will never|would never) work",
  "(do|does|did|would|will) not (solve|fix|cure)",
  // A weakness that condemns: "An orchestrator would be a single point of failure sitting in the middle of 40 bookings".
  '(would be|will be|becomes|become) (a |the )?(single point of failure|bottleneck)',
  // Not enough, unless only alone ("Kubernetes Services alone are not enough; we add…" keeps them).
  "(?<!\\b(alone|itself|themselves|own|by default),? )((is|are|was|were) (not|never) (enough|sufficient)|(isn't|aren't|wasn't|weren't) (enough|sufficient)|(is|are) insufficient)",
]);

/**
 * Cues that the writer rejects a practice for this design (as opposed to a neutral "no" inside a description):
 * a rejected good practice is a pitfall.
 */
export const REJECTS = anyOf([
  "(i|we|you) (would|will|should|do|did|must)( not|n't)",
  "(i|we|you)('d|'ll) not",
  "(i|we|you) (wouldn't|won't|shouldn't|don't|mustn't)",
  "(i|we) (don't|do not) (see|think|believe|want|need)",
  '(not|never) (add|use|introduce|adopt|bother|design|build|need|needed|necessary|required|worth)',
  'no need',
  'leave (it|them|the [a-z]+( [a-z]+)?) (alone|as is|as it is)',
  'none',
  'not needed',
  'unnecessary',
  'overkill',
  'skip',
  'there is no reason',
  'is not the answer',
  DISMISSES_RISK,
  'are not the answer',
]);

/**
 * A refusal limited in time or scope is a deferral, not a rejection of the practice: "no service mesh for the
 * first three services", "not yet", "not at this stage".
 */
export const DEFERS = anyOf([
  'for now',
  'yet',
  'for the first',
  'at first',
  'at this stage',
  'until',
  'initially',
  'to start with',
  'this quarter',
  '(in|for) (the )?(first|early) (phase|step|stage|quarter|months?)',
  'later',
  // "No service mesh while we run two or three services; we revisit when mTLS needs justify it".
  'while we (run|have|are)',
  'revisit (it |this )?(when|once|if|after)',
  '(when|once) (we|the team) (grow|grows|reach|reaches|have|outgrow)',
  // A refusal of the manner, not the practice: "we cannot split the whole database in one day".
  'in one (day|go|step|weekend|night|release)',
  '(all )?at once',
  'overnight',
  'in a single (step|release|weekend|cutover)',
]);

/** A table cell that only says no ("None", "No", "Not needed"): the row's practice is rejected. */
export const NO_CELL = /^\s*(none|no|nope|not needed|not required|n\/a|never|skip(ped)?|not planned|avoid)\s*(?:[.!]\s*)?$/;

/** Past narration ("there were no breakers", "we had no timeouts"): describes the incident, rejects nothing. */
/**
 * A sentence about the field rather than this design: what exists, who popularised it, what people usually
 * recommend ("There is client-side discovery, which Netflix popularised…", "It is generally recommended to…").
 * It shows the writer knows the term, not that the design uses it, so it earns what a hedged sentence earns.
 */
export const SURVEYS = anyOf([
  '^there (is|are) (also )?(broadly |basically )?(several|many|various|a few) (families|kinds|types|options|ways|approaches|flavours|flavors)',
  '(^|and |then )there (is|are) (the |also )?[a-z-]+( [a-z-]+)?, (where|which)',
  // What a tool offers, said of the tool: "Kubernetes has liveness, readiness and startup probes".
  '^(kubernetes|k8s|istio|linkerd|consul|eureka|envoy|kafka|rabbitmq|opentelemetry|jaeger|prometheus|nginx|kong|spring cloud) (also |already )?(has|have|offers|provides|supports|ships|comes with|includes|is known)\\b',
  'popularised',
  'popularized',
  // Praise of a practice in general, which decides nothing for this scenario: "feature flags are a powerful lever",
  // "blue-green, canary and rolling each bring their own trade-offs", "backfills need to be considered".
  '(is|are) (essentially |simply |really |absolutely )?(table stakes|paramount|the backbone|the foundation|the cornerstone|a powerful (lever|tool|technique)|non-negotiable|the guiding principles?)',
  'gives? (us|the team|teams|you) (a |the )?(rich |whole |wide |full )?(toolkit|range|arsenal|menu)',
  'each (bring|brings|have|has|come with|comes with) (their|its) own (trade-?offs|pros and cons|strengths|costs)',
  '(need|needs) to be (considered|taken into account|thought through|weighed|kept in mind)',
  'the right (combination|choice|mix|approach|answer) depends on',
  '(help|helps) turn',
  '(work|works) hand in hand',
  '(form|forms) a (layered|holistic|comprehensive|robust)',
  '(approached|looked at|handled) holistically',
  'in the context of',
  '(further )?strengthens? confidence',
  '(situational awareness|repeatable, reversible|from an art into a science)',
  '(is|are) (often|commonly|usually|generally|widely|typically) (suggested|recommended|used|cited|proposed)',
  '(it is|it\'s) (generally|usually|often|commonly) (recommended|advised|suggested|considered)',
  '(many|most|some) (teams|companies|people|organisations|organizations) (use|choose|prefer|adopt|go with)',
  'people (make|use|say|often)',
  '(is|are) (known|famous) for',
  'in the old days',
  'each (of these|option|approach) has (its )?(pros and cons|trade-offs|strengths)',
  'pros and cons',
  'no one-size-fits-all',
  'there is no (single )?(right|best) answer',
  'it (all )?depends',
  'depends (a lot |heavily |entirely )?on',
  '(could|might) be (a good idea|worth)',
  '(worth|something to) (keep|keeping) in mind',
  // A topic named as a topic, not decided: "Health checking is another important area", "worth mentioning".
  '(is|are) (also )?(another |an |a )?(very )?(important|key|crucial|big|interesting) (area|topic|thing|consideration|aspect|part|question|subject)',
  'worth mentioning',
  "(i would|i'd|we should|we would) be (careful|cautious|wary)",
  '(lots of|a lot of|many|endless) (debates?|discussions?|opinions|articles|blog posts)',
  '(is|are) (often|commonly|frequently) misunderstood',
  '(is|are) the (newest|latest|oldest|next) (chapter|trend|thing|step)',
  '(has|have) a reputation',
  '(i|we) have seen',
  'which is interesting',
  '(is|are) (also )?(deep|big|complex|huge) (topics?|areas?|subjects?)',
  'range from',
  'double[- ]edged sword',
  // A list of practices praised together decides none of them: "double-entry bookkeeping, immutable ledgers and the
  // outbox all play a role in…", "reconciliation, audit trails and observability all contribute to a culture of…".
  '(all|each|together|both) (play|plays|contribute|contributes|matter|underpin|underpins|form|forms|belong|belongs|have their place|has its place)\\b',
  // The vocabulary of talk about practices, not of a plan: "a whole spectrum of options", "is really a question of
  // progressive delivery", "part of the same picture", "the principles that should shape every choice".
  'a (whole |wide |broad |full |rich )?spectrum of',
  'belongs? in the (conversation|discussion|toolbox|picture)',
  '(is|are) (really |ultimately |fundamentally |at heart )?a (question|matter) of',
  'part of (the same|a wider|a broader|the wider|the bigger|a larger|a bigger) (picture|strategy|story|conversation|approach|discipline)',
  '(principles|ideas|values) that (should )?(shape|guide|inform)',
  'adds? (another|a further|an extra) (dimension|layer) of',
  'play (a|an) (key |important |central |crucial |vital |big |major )?(role|part) in',
  'contribute to (a|the) (culture|story|picture|sense)',
  'at (its|their) (very )?heart',
  'in a world (of|where)',
]);

export const NARRATES = anyOf([
  'there (was|were) no',
  // What it was, told back: "It was one module reaching into another's tables with no test to catch the break."
  '^(it|that|this) (was|were) ',
  // The incidents summed up: "The incidents describe the problem: … a partner key that never expired".
  '\\b(incidents?|outages?|breach(es)?|leaks?|postmortems?) (describe|describes|show|shows|tell|tells|reveal|reveals|point to|points to)\\b',
  // The cause, named as what did it: "Retrying at every hop is what multiplied the load on the warehouse".
  '\\b(is|was) what (caused|multiplied|broke|made|took|brought|triggered|killed|amplified|turned)\\b',
  '(we|they|it|the [a-z]+) (had|did|was|were)( not|n\'t| no)',
  "(wasn't|weren't|hadn't|didn't)",
  'nobody had',
  'during the (outage|incident)',
  'on saturday',
  // The cause, told: "the incident was a hidden dependency plus no test".
  '(the )?((real|main|actual|root|first|second|other|biggest) )?(incident|outage|break|breakage|root cause|cause|killer|culprit|trigger) (was|were)',
  // The setting judged, not set: "A 30-second timeout inside a page load makes no sense".
  '\\b(makes?|made) no sense\\b',
  // A consequence told in the past: "Three immediate retries on every hop multiplied the load on the warehouse".
  '\\b(multiplied|amplified|overloaded|exhausted|used up|took down|brought down|knocked over|starved) (the|our|its|their)\\b',
  // The cause, told in the passive: "it was caused by reporting reading another module's tables with no test".
  '(was|were|is) (caused|triggered|brought on) by',
  '(was|were) (due|down) to',
  // "The reporting breakage came from an unowned dependency on a table with no test".
  '(break|breakage|incident|outage|failure|bug|problem|issue|regression)s? (came|comes|stemmed|stems|resulted|results|arose) from',
  // "The real problem last month: reporting code reads invoice tables directly, no test."
  '(problem|incident|outage|failure|bug) (last|this) (month|week|quarter|year)',
  // An absence told as what happened ("no test noticed", "no alert fired", "no one caught it"): the subject of a
  // past verb, not a refusal.
  "\\bno (one|[a-z]+) (noticed|caught|covered|fired|flagged|detected|saw|spotted|existed|warned|alerted|broke|failed)\\b",
]);

/**
 * Words that replace or remove what follows ("replace the 30-second default", "drop the immediate retries"):
 * what they reach is being given up, so it is neither advocated nor a wrong setting.
 */
export const REPLACES = anyOf([
  'replace',
  'replaces',
  'replacing',
  'drop',
  'drops',
  'dropping',
  'remove',
  'removes',
  'removing',
  'get rid of',
  'eliminate',
  'eliminates',
  'retire',
  'skips',
  'skipping',
  'bypass',
  'bypasses',
  'bypassing',
  'no longer',
  'stop',
  'stops',
  'stopping',
  'rather than',
  'instead of',
  'down from',
  'cut',
  'cuts',
  'cutting',
  'reduce',
  'reduces',
  'reducing',
  'lower',
  'lowers',
  'lowering',
  'shorten',
  'shortens',
  'shortening',
  'from',
  'unlike',
  'than',
]);

/** Words that end a replacement's reach: "replace X with Y" adopts Y. */
export const REPLACEMENT_ENDS = new Set(['with', 'by', 'to', 'into', 'for', 'and', 'but', 'then']);

/** A proposal in the writer's voice: a wrong setting stated this way costs points, not only credit. */
const IN_PERSON = ["(i|we)('d|'ll| would| will| should| can| must| need to| want to| recommend| propose| suggest| keep| leave| stick)", 'should', 'must', 'the plan', 'my plan', 'our plan'];
const PLAN_VERBS = '(set|raise|increase|keep|leave|make|use|give|bump|extend|double|triple|configure|allow|add|start|put|run|move|charge|issue|capture|book|call|retry|reserve|hold|ship|roll out|scale|show|return|stay|stays)';
export const PROPOSES = anyOf(IN_PERSON, [PLAN_VERBS, 'will']);
/**
 * Stricter: the writer, a modal or an order at the start makes the sentence a plan. A plan verb elsewhere does not
 * ("Bulkheads take their inspiration from ship design" proposes nothing).
 */
/**
 * Manner words that stand in for a setting: "retries should be applied thoughtfully, with backoff in mind", "a
 * mature architecture strikes the right balance". With no number and no scenario fact beside them, the sentence
 * names a practice without deciding how it is used.
 */
export const VAGUE = anyOf([
  'thoughtful(ly)?',
  'careful(ly)?',
  'holistic(ally)?',
  'in mind',
  'strikes? (the|a) (right )?balance',
  'the right balance',
  'where (it|immediacy|they|that) matters?',
  'first-class',
  'pivotal',
  'mature',
  'well-considered',
  'well-known',
  'best practices?',
  'appropriate(ly)?',
  'as (needed|appropriate|required)',
  'fundamentally',
  'ecosystem',
  'posture',
  'toolkit',
  'paradigm',
  'the essence of',
  'defen[cs]e in depth',
  'culture of',
]);

export const STATES_A_PLAN = anyOf(IN_PERSON, [`^${PLAN_VERBS}`, '(i|we|our team|the team) [a-z]+', 'will']);

/**
 * What still makes a sentence that restates the scenario's own setting a plan: the writer as subject, keeping it, an order
 * ("Keep the 30-second timeout"), or an endorsement ("three immediate retries are fine").
 */
export const KEEPS_SCENARIO = anyOf(IN_PERSON, [
  'i',
  'we',
  "(i|we)('d|'ll|'m|'re)",
  '(keep|keeps|keeping|kept|stay|stays|staying|remain|remains|leave|leaving)',
  '(is|are) (the )?(fine|enough|ok|okay|good|right|correct|sensible|reasonable|best)',
  '(works|worked) (fine|well)',
]);
export const ORDER_AT_START = new RegExp(`^\\W*${PLAN_VERBS}\\b`);
