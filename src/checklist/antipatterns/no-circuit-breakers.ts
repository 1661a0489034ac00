import { docsUrl, type AntiPattern } from '../schema';

const GUARD = '(circuit[- ]?breakers?|circuit breaking|timeouts?|time-?outs?|deadlines?|time limits?|cut-?offs?|retry limits?|fallbacks?|bulkheads?)';

/** An HTTP or RPC client, by its general or its library's name. */
const CLIENT = '(http ?clients?|rest ?clients?|resttemplate|webclient|feign( client)?|ktor client|axios|okhttp|grpc clients?|sdk|clients?)';
/** The sentence sets a bound or a guard after all: a duration, a breaker, a fallback. */
const BOUNDED = '\\b(\\d+ ?(ms|s|sec|secs|seconds?|milliseconds?)|circuit[- ]?breakers?|fallbacks?|bulkheads?|resilience4j|polly|deadlines? of)\\b';

/** What waits in a queue or a state ("offers wait until RabbitMQ comes back", "the booking waits in `held`"), not a caller. */
const QUEUED = '\\b(queues?|queued|rabbitmq|kafka|broker|messages?|events?|held|pending|outbox|email|sms)\\b';

export const noCircuitBreakers: AntiPattern = {
  id: 'no-circuit-breakers',
  title: 'No circuit breakers or timeouts',
  problem: 'Remote calls on a critical path have no timeout or breaker, so one slow dependency ties up every caller\'s threads and the outage spreads.',
  advice: 'Put a timeout on every remote call and a circuit breaker (Resilience4j, Polly, a mesh policy) around critical dependencies, with a fallback.',
  decides: 'fault-tolerance',
  keywords: ['breaker', 'circuit', 'timeout', 'time-out', 'time out', 'deadline', 'retr', 'fallback', 'fall back', 'bulkhead', 'indefinite', 'forever', 'until', 'as long as', 'propagat', 'bubble', 'passed', 'handed', 'catches', 'however', 'cap', 'default', 'back', 'surfac', 'thrown', 'given'],
  docs: docsUrl('no-circuit-breakers'),
  detector: {
    kind: 'phrases',
    patterns: [
      // The failure simply travels back to the caller: "the error propagates back to the customer, who retries".
      { re: '\\b(errors?|failures?|exceptions?|timeouts?)\\b[^.;]{0,20}\\b(propagates?|propagated|bubbles? up|goes back|flows? back)\\b[^.;]{0,40}\\b(user|users|customer|customers|caller|callers|client|clients|app)\\b' },
      // "the error comes back to the tablet as a 502", "the exception goes up to Hangfire", "is given back to the frontend":
      // whoever receives it, the failure is handed on, unless the sentence bounds or contains it.
      { re: '\\b(the|that|this|any|whatever) (errors?|exceptions?|failures?|5xx|500)\\b( just| simply| then)? (comes? back|goes? (back|up)|is (given|sent|thrown|handed|passed) (back|up|on)|surfaces)\\b( up)? (to|through|in|at|as) ', unless: BOUNDED },
      // "We use the Ktor client with its default settings", "the HTTP client in Manifest is the framework default":
      // a remote call left at its client's defaults has no deadline chosen for it.
      { re: `\\b${CLIENT}\\b[^.;]{0,60}\\b(default settings|default configuration|(framework|library|platform|sdk|vendor)('s)? defaults?|(its|their|the) defaults|default behaviou?r)\\b`, unless: BOUNDED },
      { re: `\\b(default|standard|stock|out-of-the-box) ${CLIENT}( settings| configuration| defaults)?\\b[^.;]{0,80}\\b(no|without|never)\\b`, unless: BOUNDED },
      { re: '\\bnothing\\b[^.;]{0,40}\\b(catches|stops|contains|handles) (it|the (error|failure))\\b' },
      // "whatever error either one returns is passed straight back to the app".
      { re: '\\b(errors?|failures?|exceptions?)\\b[^.;]{0,40}\\b(is|are|gets?) (passed|handed|returned|sent) (straight |directly |right )?(back|through|up|on to|to the)\\b' },
      // "neither call has a timeout", "none of these callers sets a timeout, a retry limit or a breaker".
      { re: `\\b(neither|none of (these|the|them|our))\\b[^.;]{0,40}\\b(has|have|sets?|uses?|configures?|gets?)\\b (a |any )?([a-z]+ )?${GUARD}`, absence: true },
      // "no client timeout", "no request deadline": one word may name whose guard it is.
      { re: `\\bno ((client|request|call|read|connect|connection|http|grpc|network|socket|upstream|downstream|explicit|configured) )?${GUARD}\\b`, absence: true },
      { re: `\\bwithout (a |any )?${GUARD}\\b`, absence: true },
      { re: `\\b(don't|do not|won't|will not|doesn't|does not|did not|didn't) (need|use|add|implement|have|configure|set) (any )?${GUARD}\\b`, absence: true },
      // Non-native negation: "we not put any timeout".
      { re: `\\b(we|they|it) not (put|set|use|add|configure|have) (any )?${GUARD}\\b`, absence: true },
      { re: `\\b${GUARD} (are|is) (not needed|unnecessary|overkill|not required|not configured|not set)\\b`, absence: true },
      { re: '\\b(wait|waits|waiting|block|blocks|blocking|hang|hangs)\\b[^.;]{0,40}\\b(indefinitely|forever|as long as it takes|until (it|the [a-z]+( service)?) (responds|answers|returns|comes back))\\b', unless: QUEUED },
      // "Confirming an order waits however long oven-planning takes"; "there is no cap on the wait".
      { re: '\\b(wait|waits|waiting)\\b[^.;]{0,60}\\bhowever long\\b' },
      // "These calls wait as long as they take": the wait has no end but the answer.
      { re: '\\b(wait|waits|waiting|block|blocks|hang|hangs)\\b[^.;]{0,40}\\bas long as (it|they|that|the [a-z]+( [a-z]+)?|[a-z-]+) (takes?|lasts?|needs?)\\b', unless: QUEUED },
      // "we are not putting timeouts or retries on them", "we never set a deadline".
      { re: `\\b(not|never|[a-z]+n't)\\b (yet )?(putting|setting|adding|using|configuring|giving|put|set|add|use|configure|give) (it |them |the call |the calls |that call )?(any |a )?([a-z]+ )?${GUARD}`, absence: true },
      { re: '\\b(wait|waits|waiting|hang|hangs|hanging|block|blocks)\\b[^.;]{0,20}\\buntil (the )?[a-z-]+( service)? (responds|answers|replies|returns|comes back)\\b', unless: QUEUED },
      { re: '\\bno (upper )?(cap|limit|upper bound|ceiling|cut-?off) on (the |that |this |these |those |how long )?(wait|waiting|call|calls|request|requests|response time)\\b', absence: true },
      { re: '\\b(retry|retries|retried|retrying)\\b[^.;]{0,30}\\b(forever|indefinitely|infinitely|without (a )?(limit|backoff|cap)|in a (tight )?loop)\\b' },
    ],
  },
};
