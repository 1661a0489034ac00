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
  'rejected(?=:)',
  'rejected(?= \\()',
  ': rejected',
  '(was|were|we|is|been) rejected',
  'ruled out',
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
export const OPTIONS = ['\\(a\\)', '\\(b\\)', 'option [a-c1-3]', 'options?:', 'either', 'alternatives?:'];

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
