// The phrases that make a sentence hedged: it considers, postpones or asks, and decides nothing. Each list is
// data; src/shared/text.ts compiles them once (anyOf). A phrase may use a small regex group for its forms.

/** The "may" of doubt (text.ts also reads the sentences hedged by nothing else). */
export const MAY = '(?<!\\bonly [a-z-]+ )may(?! only\\b)';

/** Words of doubt: the sentence guesses rather than decides. */
export const DOUBT = [
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'likely',
  'might',
  'could',
  // "may" of permission is a rule, not a doubt: "only Rendering may call Subscriptions", "services may only read".
  MAY,
  'something like',
  'somehow',
  'some (sort|form|kind) of',
  'need(s)? (some|a) (kind|sort) of',
  'some way (of|to)',
  'presumably',
  'something sensible',
];

/** Wishes and importance: wanting something is not choosing it. */
export const WISHES = [
  // Leaving it to the default: "whatever the platform does by default", "already provided by S3".
  'by default',
  'whatever the (platform|cloud|provider|framework)',
  'already provided by',
  'would like to',
  // "We will want proper metrics and alerts on the order funnel".
  "(will|'ll|would|'d) want\\b",
  // "Oleg would rather keep a static list": a preference voiced, not a choice made.
  // "We would rather not carry the configuration" is the team's own choice, said softly.
  '(?<!\\b(we|i) )would rather',
  'would prefer',
  'we\'?d like',
  'would like',
  'would (likely|probably|make sense|help)',
  'would work (out of the box|fine|as well)',
  // An option's promise, not a choice: "Consul would give us one catalogue"; a default taken as it came.
  'would give (us|you|them)',
  "(is|are|'s) up to (you|them|each team|the teams?|whoever)",
  '(that|which) (came|comes) with (the|our)',
  'we want',
  "(we|i)('d| would) want",
  'nice to have',
  'would be nice',
  '(is|are|will be) (important|essential|crucial|critical|key)',
  'would be (good|great|useful|helpful|better)',
  '(is|would be) (the )?(simplest|easiest)',
  "(we|you)( will|'ll| would|'d)?( obviously| probably| certainly| definitely| also| still| eventually)? need (one|a|an|some) ",
  '\\bneeds? (one|an?) (entry point|front door|gateway|edge|layer)',
  // Not a need that is only the condition of a step: "If a hotfix is needed during the freeze, Kai builds the jar…".
  '(?<!\\b(if|when|whenever|unless|where)\\b[^,.;]{0,30})(is|are) (required|needed|expected)(?! (to|by|for|on|at|before|within))',
  'some (edge |api |kind of |sort of )?(layer|mechanism|solution|tool|component)',
  '(we|they) (know|agree) (that )?we need',
  // A wish or a feeling, not a choice: "we wish to move to some CI/CD pipeline", "ideally each service…",
  // "a gateway is felt to be necessary".
  '(we|they|i) wish(ed)? to',
  '^ideally\\b',
  // Advice to a reader, not the design: "if you find yourself wanting to read another service's tables, …".
  'if you find yourself',
  'wanting to',
  'left to (the )?([a-z-]+ )?defaults?',
  // The platform's default, unexamined: "left to whatever Kubernetes configures", "whatever they do by default is fine".
  'left to whatever',
  'whatever [^.;]{0,60} (by default|out of the box)',
  '(is|are|was|were) felt to be',
];

/** An open question: compared, discussed, investigated, not chosen. */
export const UNDECIDED = [
  // Inconsistent, so not a decision: "Some services use Resilience4j for timeouts, some don't".
  "\\bsome (services|teams|of them|apps|clients|callers)\\b[^.;]{0,80}\\bsome (don't|do not|doesn't|dont|use|have|are)\\b",
  'think about',
  'thinking about',
  '(are|were|is) comparing',
  'action (on|item)',
  'decision is expected',
  '\\bvs\\b',
  'versus',
  '(talked|talking|spoke|speaking) about',
  '(we )?discussed',
  'discussing',
  'look into',
  'looking into',
  // "We will look at Linkerd" weighs an option; "so I can look at the chain in Jaeger" uses a tool.
  '(?<!\\b(can|could) )look at',
  'whether (we|to|or not|it|this|that)',
  '(being |still )?(investigated|evaluated|explored)',
  'under (investigation|evaluation|discussion)',
  'still open',
  '(question|point|topic|decision|issue)s? (is|are|remains?) open',
  '(has|have) come up',
  'came up',
  '(was|were|been) (discussed|raised|mentioned)',
  '(have not|haven\'t|has not|hasn\'t) (yet |actually |really )?(chosen|picked|decided|settled|worked out|agreed|proposed)',
  'no decision',
  // "We have looked at tenacity and at pybreaker, but nothing has been picked yet".
  'nothing (has been |was |is )?(yet )?(picked|chosen|decided|settled|agreed)',
  // "…; no tool picked yet", "no vendor chosen".
  'no (tool|vendor|product|provider|option|choice|stack|library) (has been |was |is )?(yet )?(picked|chosen|decided|selected|settled)',
  // A decision owed, not made: "we never made a decision on it", "discovery deserved a real decision", "auth needs sorting".
  'never (made|took|reached|got to) (a|any|the) (decision|choice)',
  'never (decided|chose|picked|settled|agreed)',
  'deserved? (a |an )?(real |proper |clear |actual )?(decision|answer|choice)',
  'needs? (sorting|sorting out|settling|deciding|an owner)\\b',
  // Options set side by side: "Prometheus with Grafana is also possible", "it compares Prometheus with Zabbix".
  '(is|are|would be) also (possible|an option|on the table)',
  'compares [^.;]{1,60} (with|against|to) ',
  'not (yet )?(chosen|picked|settled|agreed)',
  'need to (decide|figure|pick|choose|agree)',
  'needs? more thought',
  'candidates( are| were| include|:)',
  // "It lists Traefik, Kong and an nginx tier as candidates and does not pick one yet".
  'as (the )?candidates',
  '(does|do|did) not (pick|choose|select) (one|any|between them)',
  'status:? (proposed|open|draft)',
  '(we|they|you) will decide\\b',
  // A need stated for a named practice, nothing set: "Between order-service and slot-service we need timeouts and retries."
  '(we|you) (will )?need (service-to-service )?(timeouts|retries|a retry policy|circuit breakers|breakers|monitoring|tracing|alerts|dashboards|authentication|mtls|encryption)( and (a |an )?[a-z]+( [a-z]+)?)?( before [^.]*)?[.]?$',
  // Planned for later: "Timeouts, retries and a fallback for the check-in path are on the roadmap".
  '(is|are) on the roadmap',
  // "Either of the two would do", "either way": a choice left open; not "…when either of them fails".
  'either (of (us|you|the two|these|those|the options|the approaches)|way)',
  'keep talking about',
  'lean(ing)? (towards? )?',
  'on the table',
  'settle the question',
  'the question of',
  'asked (what|whether|how|for|about)',
  'tbd which',
  '(should|could|might|may|will) consider',
  'consider(ing)? (using|adding|introducing|whether)',
  'should (probably|consider|think|look|investigate|evaluate|decide|figure)',
  'not (yet )?(sure|decided|clear|settled)',
  'undecided',
  'open question',
  'to be (decided|determined|discussed|defined|confirmed|agreed)',
  'figure (it |this |that )?out',
  'nothing (is |was |has been )?(agreed|decided|settled|chosen)',
  'not (yet )?(designed|specified|worked out)',
  '(two|several|a few|different) camps',
  '^ideas?:',
  '^proposals? (for|to)',
  'worth a (proper |closer |second )?look',
  // A need or a stake named, with nothing chosen: "we need some policy for timeouts", "retries will matter".
  '(we|you) need (some|a) (policy|plan|strategy|approach|way|story)',
  'will matter',
  'or something (similar|like (it|that))',
  // Options side by side, a spike, a draft, a question someone is still checking.
  ', or (doing|using|keeping|relying on|going with|building|running|putting|moving|switching|adopting|staying)',
  '(are|is) (both )?being considered',
  '^the options are',
  'yet to (decide|choose|pick|agree|be decided)',
  'preferred by (some|others|a few|several)',
  '(are|is) (both )?pending',
  'will (definitely |probably )?be needing',
  '^if [^,;]* end up',
  // Not known yet: "until we know the services", "we were not able to establish what each one does".
  'until we know',
  '(not|were not|was not|weren\'t|wasn\'t) able to (establish|determine|find out|confirm)',
  'could not (establish|determine|find out|confirm)',
  '(is|was) one option',
  '(another|an|the other|a further|a third) option (is|was|would be)',
  'nobody (is|was) sure',
  'but whether',
  '(talked|talking|spoke|spoken)( [a-z]+){1,2} about',
  '(conversations|discussions|debates?) (about|on|around)',
  '(still )?being (checked|assessed|reviewed|looked at|costed)',
  '\\bspike\\b',
  '^draft\\b',
  'bring (a|their|the) proposal',
  // An action item that says what is still to decide: "Decide timeout and retry."
  '^(decide|choose|pick|agree) (on |about |which |whether |the |a |an )?',
  // Tools on offer, none picked: "Azure DevOps and Jenkins both are available".
  '(both|all) (are|is) available',
  'are (both|all) available',
  // A lead-in to what was floated, a question asked the other way round, a tool only in the running.
  '^(options|ideas|suggestions|possibilities)( [a-z]+){0,4}:',
  'mentioned in passing',
  '^should (we|the|they|it|this|that|each|every|all)\\b',
  'or something else',
  '(obvious|likely|leading|natural|front-?running|main) candidate',
  'whatever we (pick|choose|go with|end up)',
  // How things go elsewhere, told as a warning: "how a split usually goes wrong for teams our size: …".
  '(usually|typically|often|tends? to|can) (go|goes|went) wrong',
  'how (a|an|the) [a-z-]+ (usually|typically|often|tends? to)',
  // Nobody has examined it: "nobody has looked at how requests are spread", "we have not looked into it further".
  '(nobody|no one|no-one) (has |have )?(yet |really |actually )?(looked|checked|examined|thought)( (at|into|about))?',
  '(have|has) not (yet |really |actually )?(looked|checked) (at|into)',
  // Work owed, not done: an open task box, a status in brackets, a ticket to agree it, a proposal still to come
  // ("[ ] Timeouts for pet-profile (unassigned)", "ADR-009 (Proposed): timeouts and retries", "Lea: retry and timeout proposal.").
  '^\\[ \\]',
  '\\((proposed|draft|open|pending|deferred|unassigned|not started|in discussion)\\)',
  // A figure only put forward: "Put timeouts on every outbound call (300 ms suggested)".
  '\\([^()]{0,30}\\b(suggested|proposed|to be confirmed|tbc)\\)',
  // The question is being talked over somewhere else: "there is a larger conversation happening about one front door".
  'there is (a|an) ([a-z]+ )?(conversation|discussion|debate) (happening|going on|under way|underway|ongoing)',
  'a (ticket|story|task|card|jira)( \\([^)]*\\)| [a-z]*-?[0-9]+)? (to|for) (agree|decide|pick|choose|settle|define|work out|look at)',
  '\\b(timeout|timeouts|retry|retries|breaker|monitoring|alerting|alerts|tracing|security|auth|gateway|discovery|deployment|rollout|balancing|resilience|observability) proposals?( for\\b|[.]?$)',
  // An action item to find something out: "Check Adyen SDK timeout/retry defaults and write them up".
  '^(check|look into|investigate|find out|research|explore|evaluate|review) [^.;]{0,60}\\b(defaults?|options?|whether|if|how|what)\\b',
  // An action item: someone owes a write-up ("Priya: write-up on service-to-service authentication, for 4 June").
  '^[a-z]+( [a-z]+)?: (a )?(write-?up|writeup|proposal|recommendation|options paper|short list|shortlist) (on|for|of|about)\\b',
  // A reviewer's note that a topic is absent: "service-to-service authentication isn't described".
  "(isn't|is not|aren't|are not|wasn't|was not|weren't|were not|haven't been|have not been|hasn't been|has not been) (yet )?(described|covered|addressed|documented|defined|specified|mentioned|discussed|walked through|talked through|gone through|worked out|thought through|agreed|decided|settled|chosen|picked)",
  // A leaning, not a decision: "My gut says show a retry message".
  '\\b(my|our) (gut|instinct|hunch) (says|is|tells)',
  // A need noted as a label: "Need: timeouts and retries for the barrier camera calls".
  '^(need|needs|needed|still needed|missing|open|to decide|tbd)\\s*:',
];

/** Put off to later. */
export const DEFERRED = [
  "(will|'ll|would) need",
  'needs? (more )?(working (through|out)|numbers|sizing)',
  'still to be (chosen|decided|agreed|picked)',
  'to be chosen',
  '(we|they) will agree',
  '^(status:? )?(proposed|deferred|open)(?=[ :,]|$)',
  ': open(?=[ ,.;]|$)',
  '^whether',
  '^(the )?plan is',
  'no choice',
  'not decide',
  'to trial',
  'out of time',
  '(would|will) (add|mean|require|have to)',
  'at some point',
  'some day',
  'one day',
  'in the future',
  'later on',
  '(add|decide|revisit|figure|look at|think about|pick|choose|sort)( [a-z]+){0,3} later',
  '(do|handle) (it|this|that) later',
  'we\'?ll see',
  'if (it is |it\'s )?needed',
  'if necessary',
  'tbd later',
  'eventually (we|add|introduce|move)',
  'before committing',
  // Options still weighed, a need acknowledged: "we are choosing between Polly and a sidecar", "Kong and AWS API
  // Gateway are both candidates", "we agree it needs an answer", "everyone agreed we need alerts".
  '(are|is|were|was) (still )?(choosing|deciding|picking) between',
  '(are|is) (both |all )?(candidates|contenders|in the running|on the table)',
  'needs an answer',
  '(agree|agreed|know|knows) (that )?([a-z\']+ ){0,4}(needs?|needed|will need) ',
  '(we|you) (still |also |really )?need (proper|better|more|good|real) ',
  '(that|this|it) (still )?needs (a |an )?(proper|better|real|clear) ',
  '(we|you) (still |also )?need (dashboards|alerts|alerting|retries|timeouts|monitoring|tracing|metrics|logging)\\b',
  'will bring (proposed|a proposal|options|a plan)',
  // An inadequacy foreseen, nothing set in its place: "we know the default CloudWatch metrics will not be enough".
  "(will not|won't|will no longer) be (enough|sufficient|adequate)",
];

/** Someone else's view, reported: not the team's decision. */
export const HEARSAY = [
  // "We prefer to wait" is the team's own: only someone else's preference is reported.
  '(?<!\\b(we|i|we still|we all) )(prefers|prefer)',
  'of the opinion',
  '(we|they) talk about',
  'to discuss( with)?',
  'would want',
  'seems (obvious|like|to be)',
  '(colleague|someone|somebody|people) (likes?|says?|prefers?|thinks?)',
  // "Some people will say: … so stay with a modular monolith": a view reported to be answered.
  '(some |many |other )?(people|others|critics|colleagues|purists) (will |would |might |may |could |often )?(say|argue|object|claim|tell you)',
  '(the other|one camp|one side|(app |other )?teams?|others) wants? (to|an?|the)',
  '(have|has) (both )?been (suggested|proposed|floated)',
  '(someone|somebody|people|they) floated',
  // A named colleague's view: "Renee thinks the duty data justifies mTLS, Jonas thinks NetworkPolicies are enough".
  '[a-z]+ thinks',
  'looked at (purely|only|briefly)',
  'someone should',
  '(someone|somebody|one person)( [a-z]+){0,3} (mentioned|suggested|proposed|raised)',
  'someone suggested',
  '(was|were) suggested',
  '(was|were) proposed',
  'to propose',
  'nobody (has )?(proposed|decided|suggested|picked)',
  // A named person's remark: "Jonas mentioned circuit breakers", "Mei pointed out that…".
  '(?!(?:as|already|was|were|is|are|been|also|we|i|above|earlier|previously|just)\\b)[a-z]+ (mentioned|wondered|floated)(?! (above|earlier|before))',
  'pointed out',
  // Offered or wanted by someone, not taken up: "Marek wants Consul", "the data centre team offered it to us".
  '^[a-z]+ wants (?!to\\b)',
  '(offered|offers) (it|them|this|that) to us',
];
