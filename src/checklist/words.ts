// The checklist engine's word lists, as data: each is compiled once (anyOf in src/shared/words.ts). A phrase may
// use a small regex group for its forms, never a whole rule.

/** A sentence that says the team chose something: it can reject one option and still decide. */
export const CHOICE = [
  'we (use|used|chose|choose|picked|pick|selected|adopt|adopted|run|went with|go with|are going with|settled on)',
  "we('ll| will) (use|run|adopt|go with)",
  'chosen',
  'decided',
  'decision:',
  'in favou?r of',
  'instead',
  'rather than',
  'replaced (by|with)',
  'goes with',
  'is handled by',
  'are handled by',
  'is done by',
];

/** A sentence that rejects or removes an option. Alone it decides nothing: the question stays open. */
export const REJECTION = [
  // "Kong: rejected (licensing)", "rejected: Eureka", "Option B was rejected": not "orders are rejected" when a check fails.
  '^rejected',
  // "Datadog - no (cost)", "Eureka: no, it is for Java": an option answered no.
  '^[a-z0-9 ./+-]{2,40} ?(-|:) no(?=[,.;( ]|$)',
  'steer (away|clear) (from|of)',
  '(also )?looked at,? but',
  'rejected(?=:)',
  'rejected(?= \\()',
  ': rejected',
  '(was|were|we|is|been) rejected',
  'ruled out',
  // The option that would do, turned down for its cost: "plain Kubernetes Services would work but pin…".
  '(would|could) (work|do|be fine|suffice),? but',
  'rule out',
  "(do|does) not want",
  "(don't|doesn't) want",
  'not wanted',
  '(we|was|were|been) (dropped|removed|ripped out)',
  '(dropped|removed) it',
  'decided against',
  '(we|they) no longer (use|run|need|want)',
  'not going to (use|run|adopt)',
  "(won't|will not) (use|run|adopt)",
  'too (heavy|expensive|complex|much)',
  'overkill',
  'not for us',
];

/** Markers of a list of options: "(a) … (b) …", "option 1", "A or B". The "or" is checked between the matches. */
export const OPTIONS = ['option [a-c1-3]', 'options?(?=:)', 'either', 'alternatives?(?=:)'];

/** Practice the team has left: "used to balance calls themselves", "we had Kong in front". */
export const PAST = [
  'used to',
  'we had',
  'until (last|recently)',
  'previously',
  'in the past',
  'historically',
  // The state of things before the design, told as a sentence's opening: "Right now the app talks straight to
  // nginx", "Today: console logs". What the design keeps it says as a decision.
  '^(today|currently|right now|at the moment|at present|as (of|on) (today|date|now)|in the present version)(?=[ ,:])',
];

/** What a lead-in before a service catalogue says ("**Services.**", "The components:"). */
export const CATALOGUE_LABELS = [
  'services',
  'the services',
  'components',
  'the components',
  'modules',
  'the modules',
  'bounded contexts',
  'domains',
  'service map',
  'the split',
  'what each service owns',
  'the parts',
  'pieces',
  'the pieces',
  'svcs',
  'building blocks',
];

/** Words in an entry's name that say it is a service ("Orders service", "`billing-svc`", "Driver API"). */
export const SERVICE_WORDS = ["service", "services", "svc", "api", "worker", "workers", "module", "lambda", "job"];

/**
 * A purpose or a reason beside a narrow concept makes it a decision on the whole question: "Orders calls
 * Payments over gRPC to check the card before confirming" decides an interaction, "All APIs are REST" does not.
 */
export const PURPOSE = [
  'to (check|verify|validate|confirm|fetch|get|read|look up|ask|reserve|charge|notify|authorise|authorize)',
  'before (taking|creating|accepting|charging|sending|confirming|booking|shipping)',
  'because',
  'so that',
  'since',
  'in order to',
];

/** "We use X because Y" inside a section about the item is a decision even with no product name. */
export const DECISION_PHRASES = [
  'we(\'ll| will| would)? (use|chose|choose|pick|picked|adopt|adopted|rely|go with|went with|run|route|keep|store|split|expose|deploy|put|place|standardi[sz]e)',
  '(is|are|will be) (handled|done|provided|managed|owned|enforced|implemented|terminated|routed|split|kept|stored)',
  'decided',
  'decision',
  'our choice',
  'we have chosen',
  'we opted',
];

/** Words that give a reason or a consequence. */
export const REASON_PHRASES = [
  'because',
  'since',
  'so that',
  'in order to',
  'to avoid',
  'to keep',
  'to prevent',
  'to limit',
  'to isolate',
  'which (lets|means|gives|keeps|avoids|allows)',
  'that way',
  'this means',
  'trade-?off',
  'at the cost of',
];

/** Headings of sections that describe what the design is not: rejected options, the legacy system, warnings. */
/**
 * Headings of sections that describe the system as it stands. In a document that also sets out a target, they
 * describe what is being left; in a review of the running system (no target in sight) they are the system.
 */
export const CURRENT_STATE_HEADINGS = [
  'starting point',
  'status quo',
  'where we are',
  'current (state|architecture|system|setup)',
  'as-is',
  'legacy',
  'existing (system|architecture)',
  'today',
  'background',
  'problem statement',
  'the problem',
  // The motivation of a migration tells what runs today: "Why we are doing this", "Motivation".
  'why we are doing this',
  'why (change|now|we are changing|move)',
  'motivation',
];

/** Headings of sections that set out a target beside the current state. */
export const TARGET_HEADINGS = [
  'target',
  'to-be',
  'new (design|architecture|platform|system|setup|backend)',
  'proposed',
  'proposal',
  'future',
  'redesign',
  'migration',
  'replacement',
  'after the (migration|move|split)',
  'where we are going',
  'the plan',
  'moving ([a-z0-9-]+ ){0,3}(from|off|to)',
  'v[2-9] (design|architecture|platform|system|stack)',
  'migrating',
  'moving (to|off|from|away)',
  'leaving',
  'replacing',
];

/** Headings of sections that warn, reject or weigh options rather than state the design. */
export const NOT_THE_DESIGN_HEADINGS = [
  'anti-?patterns?',
  'avoid',
  'avoided',
  'rejected',
  'alternatives?',
  'options considered',
  'considered options',
  'pitfalls?',
  'mistakes?',
  'what not to do',
  'don\'?ts?',
  'non-goals?',
  'lessons learned',
  'history',
  'superseded',
  // A system that no longer runs: "Part 1: incident record (v1, retired)".
  'retired',
  'decommissioned',
  // "## The old system": what the design replaces, whatever the document's other headings say.
  'the (old|previous|former) (system|platform|site|setup|application|app|stack)',
  // Why the first version is being replaced: "## Why there is a v2".
  'why (there is|we need|we built|we are building) (a )?(v2|v 2|version 2|second version|rewrite|redesign)',
  // An option argued against, pictured: "## What splitting would look like", "## When we would split".
  'what [a-z -]{0,30} would look like',
  'when we would',
  // An option turned down: "## What the consultancy proposed, and why we are not doing it".
  'why (we are|we\'re|we) not (doing|choosing|adopting|taking|going with|building)',
];

/** Sentences that warn, reject, suppose or describe the past rather than state the design. Phrases starting with ^ or a mark hold only at the start. */
export const NOT_THE_DESIGN_SENTENCES = [
  'anti-?patterns?',
  // Someone else's system recalled: "I've seen people split this sort of thing into thirty services".
  "\\b(i've|i have|we've|we have) seen (people|teams|companies|others|it|this|that|\"?[a-z]+\"? turn)",
  // Named only for context: "About LicencePro, only for context: …".
  '\\b(only |just )?for context\\b',
  // Warnings of what could go wrong, and the past: "a tempting shortcut is…", "it is very easy that Order calls…".
  'cautions?',
  'tempting',
  '(note|flag) the risk',
  'it is (very |too )?easy (that|to)',
  'end up (needing|having|with|calling)',
  'if nothing is decided',
  'last (winter|summer|spring|autumn|year|month|week|quarter)',
  'in the old (backend|system|app|platform|setup)',
  'the proposal (splits|is|says|wants|would)',
  'must not',
  'mustn\'t',
  'should not',
  'shouldn\'t',
  'never (get|end up)( in| into)? a state',
  'not allowed',
  'forbidden',
  'forbid',
  'prohibit',
  'prohibited',
  'pitfall',
  'mistake',
  'danger',
  'bad practice',
  '(is|are) (a bug|unacceptable|banned)',
  'decided against',
  'against it',
  'ruled (it|this|that) out',
  // "I would also rule out two-phase commit", "which rules out XA".
  'rul(e|es|ed|ing) out',
  // Meeting notes and ADR histories: "Lukas proposed wrapping both in XA", "the first proposal was…".
  '^(?!(we|i|this|the|our|it)\\b)[a-z]+ (proposed|suggested|argued for|said)\\b',
  '(the )?(first|original|initial|earlier|previous) (proposal|idea|plan|draft|suggestion) (was|is)\\b',
  'rejected (it|this|that)',
  // "We looked at a two-phase commit … and turned it down".
  'turn(ed|s|ing)? (it|this|that|them) down',
  // History in a review: "In 2022 the developers looked at one XA transaction…".
  '^in (19|20)[0-9]{2}\\b',
  '(developers|team|engineers|we) looked at',
  'was tempting',
  'we considered',
  // "I did consider having the Sign button call prescription, which calls pharmacy…"
  '(i|we) (did|also|briefly) consider(ed)?',
  // A first idea in a thread, not the decision: "For submitting an order I was thinking `orders` calls `proofs`…".
  '(i|we) (was|were) thinking',
  // A first idea or an outsider's proposal, not the decision: "We thought first about one big Postgres", "A consultancy proposed eleven services".
  '(i|we) (first )?thought (first )?(about|of)',
  'at first (i|we) (thought|planned|wanted|considered)',
  '^(a|an|one|another|some) ([a-z-]+ ){1,2}(proposed|suggested|argued for|recommended)\\b',
  // History: "Until January 2022 releases were made by copying files to the server".
  'until ([a-z]+ )?(19|20)[0-9]{2}\\b',
  'i considered',
  '(do not|don\'t) agree',
  '(someone|somebody|people) (argued|suggested|proposed)',
  'option [a-c1-3]\\b',
  'current habit',
  'red flag',
  '(exactly )?what we (do not|don\'t) want',
  '(early|first|earlier) (sketch|draft|version)',
  'was considered',
  // Not inside a relative clause: "the birds that the handler would fly" describes them, it supposes nothing.
  '(?<!\\b(i|we) )(?<!\\b(that|which|who) ([a-z-]+ ){1,2})would\\b',
  'until (this|last|recently|now)',
  'since then',
  'what we are replacing',
  'for context only',
  'not the target',
  // "The legacy system", not "the release drops the legacy column" or "points_legacy": old data the design itself removes.
  '(?<![_-])(?<!\\b(drop|drops|dropping|dropped|rename|renames|renaming|remove|removes|removing|delete|deletes|archive|archives|table|column) )legacy(?![_-])(?! ([a-z_]+ )?(columns?|tables?|fields?|flags?|rows|indexes|keys|data|plans?|records?|values?|ids?|codes?|entries|formats?|prices?|rates?|statuses)\\b)',
  'used to',
  // A state that is being left: "While prototyping in 2023 we ran…", "that arrangement ends with CUSTAR's retirement".
  '(while|when) (we were )?prototyping',
  '(that|this) (arrangement|setup|coupling|sharing) (ends|goes away|will end|is retired|disappears)',
  'previously',
  'historically',
  'in the past',
  'the (old|existing|current) (system|monolith|platform|setup|application|app)',
  // "as they do today in the monolith": today's way kept, which is the plan.
  '(?<!\\b(do|does|are|is|did|were|was) (today |now )?in )the monolith',
  'before the migration',
  // "The as-is architecture", not "the error is returned as-is".
  'as-is (state|architecture|system|situation|landscape|setup|platform|picture)',
  '^as-is\\b',
  '^rejected',
  // A slide's or a table's verdict after the option: "Considered XA across booking and billing: rejected".
  '^considered\\b',
  // "6.3 Alternative considered: one database that every service connects to".
  'alternatives? considered',
  '(:|—|–|\\() ?rejected\\b',
  'earlier(?=,)',
  'not permitted',
  '(the|a) temptation',
  '(we|i) would (end up|have|get|be left with)',
  '^if [^.;]*\\bwould',
  'the vendor\'?s proposal',
  'the proposal\'?s',
  'of the opinion',
];

/**
 * Sentences set in the present of a system that a target design replaces: "Currently the three apps share one
 * schema". In a review of the system as it runs (no target anywhere), the present is the system under review, and
 * they describe it.
 */
export const PRESENT_STATE_SENTENCES = [
  // Not a version: "one platform version for all (currently 2024.7)".
  'currently(?! v?[0-9])',
  // "as they do today", "same as today", "stay as they are today": today's way kept, which is the plan.
  "(?<!\\b(as (they|it|we|this|things) (do|does|are|is|work|works|run|runs) |same as |as |still [a-z]+ |returns |serves |sends |says ))today",
  'at the moment',
  'right now',
  'at present',
];

/** Titles of a review of a system as it runs, where the present tense describes the system reviewed. */
export const REVIEW_TITLES = [
  'review',
  'assessment',
  'audit',
  'as-is',
  'as it (runs|stands|is|works) (today|now)',
  'current state',
  'health check',
];

/** Table columns whose cells are not the design: options turned down, risks, what could go wrong. */
/** Table columns that list only what the design leaves out ("Gateway does NOT", "Rejected", "Non-goals"). */
export const LEFT_OUT_COLUMNS = [
  'turned down',
  'not doing',
  "(won't|will not|do not|don't) do",
  // "| Gateway does | Gateway does NOT |": what the design leaves out.
  "(does|do|will|should|must) not",
  "(doesn't|don't|won't|shouldn't|mustn't)",
  'never',
  'out of scope',
  'non-?goals?',
  'avoid(ed|ing)?',
  'dropped',
  'rejected',
  'rejected options',
  'not chosen',
  'ruled out',
  'anti-?patterns?',
  'pitfalls?',
];

/** Table columns that are not the design: what it leaves out, and the options, risks and alternatives it weighs. */
export const NOT_THE_DESIGN_COLUMNS = [
  ...LEFT_OUT_COLUMNS,
  'alternatives?',
  'alternatives considered',
  'options considered',
  // "| Topic | Options | Chosen |": the options column lists what was weighed, the chosen one says what was picked.
  'options( on the table)?',
  'candidates',
  'instead of',
  'rather than',
  'why not',
  'risks?',
  'what would happen',
  'what could go wrong',
  'considered',
  'downsides?',
];

/** The topic is left to another document or team: nothing is decided here ("see the platform team's baseline"). */
export const DEFERRED_ELSEWHERE = [
  "see (the )?[a-z'\" -]{0,60}(document|doc|wiki|page|runbook|standard|baseline|guideline|guidelines|policy)",
  "(refer to|refers to|follow|follows|per) the [a-z'\" -]{0,60}(document|doc|wiki|page|runbook|standard|baseline|guideline|guidelines|policy)",
  "(is|are) (all |both )?(covered|described|handled|specified) (by|in) [a-z'\" &-]{0,80}(document|doc|wiki|page|runbook|standard|baseline|guideline|guidelines|policy|rfc|adr)",
  // "…will be handled in a separate security RFC once this one is accepted".
  '(will be|is to be|are to be|to be) (handled|covered|described|addressed|decided|designed) (in|by) (a|the) (separate|later|future|dedicated|follow-up|another)',
  "(is|are) set (by|in) the [a-z'\" -]{0,40}(team|department|county|council|trust|policy|standard|baseline)",
  '(time )?ran out before',
  'the concept of the [a-z ]{0,30}team applies',
  // Another team's, not the team that builds the services ("each service is owned by the whole team" is no deferral).
  "(is|are) (owned|handled|covered|decided|run|set) by (another|the (?!(whole|entire|same|one|our|this|my|owning|product|feature|stream)\\b)[a-z' -]{0,30}|[a-z]+'s) team",
  // Someone else's plan: "The platform team has mTLS and service tokens on their roadmap; we'll pick them up when they land".
  '\\bon (their|its|the platform team.s|the platform|the infra team.s) roadmap',
  // "How it gets built and shipped I'd leave to your platform team".
  "leave (it |this |that |them )?to (your|the|their|our) [a-z' -]{0,30}team",
  'not assessed',
  'not reviewed',
  // "Metrics, logs, tracing and alerting for these services belong to the platform team's RFC".
  "belongs? to the [a-z'\" -]{0,40}team",
  "(in|into) (their|its) own (document|doc|rfc|review|design)",
  'writes? it separate(ly)?',
  "(does not|doesn't|do not|don't) repeat (them|it|this|that)",
  'adds nothing of its own',
  "(is|are) covered by the [a-z'\" -]{0,60}(pack|accreditation|assessment)",
  '(running|run|runs|doing) (their|its) own review',
  // "Security (…) is outside this log", "was excluded from this assessment", "are written up in the platform runbook".
  '(is|are) outside (this|the scope of this) (log|document|doc|rfc|assessment|review|note|design)',
  '(was|were|is|are) excluded from (this|the) (assessment|review|document|scope|log)',
  '(is|are) written up in',
  "(is|are) in the [a-z'\" -]{0,30}(document|doc|runbook)",
  'start a separate (thread|discussion|document|doc)',
  "see [a-z]+'s [a-z ]{0,20}(note|doc|document|page)",
  'which covers it',
  '(is|are) not (covered |described |decided |addressed )?in this (document|doc|log|rfc|summary|note|memo|assessment|thread|review|proposal)',
  // A label that leaves topics out: "Not covered in this thread: load balancing."
  '^not (covered|addressed|decided|discussed|described) (in|by) this (document|doc|log|rfc|summary|note|memo|assessment|thread|review|proposal)',
  'this (summary|document|note|doc|rfc|memo|log) does not',
  'keeps (those|these|the|its|their) decisions in',
  'commissioned a separate',
  // "On monitoring: I am writing that up separately in docs/monitoring.md; please leave it out of this thread".
  '(writing|write|writes|written|wrote) (it|that|this|them|those) up (separately|elsewhere|in (a|another|the) )',
  'leave (it|this|that|them) out of (this|the|our)',
  // Another team's or group's standard, runbook or document is where the topic is decided: "Metrics and alerting
  // follow the research computing group's observability standard", "I'd point to the platform team's standard
  // rather than design it", "Platform team write it in their document, and we follow that".
  "(follow|follows|point to|points to|start with|starts with|defer to|defers to|use|uses) (the )?(their|[a-z'\" -]{0,40}(team|group|department|unit|office)'?s?'?) [a-z'\" -]{0,40}(document|doc|standard|standards|runbook|handbook|baseline|guide|guidelines|policy|page|rfc|playbook)",
  '(write|writes|wrote|written) (it|this|that|them) (up )?in (their|its|a separate|another) ',
  "(does not|doesn't|do not|don't) (restate|repeat|cover|describe) (it|them|this|that)",
  'rather than (design|designing|decide|deciding|describe|describing) (it|them|this|that) here',
  // Handed to someone for later: "the board asked Willem to look at them separately", "Mei to bring a proposal".
  'to (look at|look into|handle|sort out|take care of) (it|them|this|that) separately',
  'to bring (a proposal|options|a plan|a recommendation)',
  'offered to (take care of|look after|handle|own)',
];

/** Words that put a service mesh in the security role: a mesh installed for mTLS alone neither routes nor balances. */
export const MESH_FOR_MTLS = ['mtls', 'mutual tls', 'mutual-tls', 'certificate', 'certificates', 'trust anchor', 'authorizationpolicy', 'authorization policy', 'authorization policies'];
