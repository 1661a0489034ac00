import { docsUrl, type AntiPattern } from '../schema';

/** A retry, however it is worded: "retried", "tries again", "sends the same call again", "resubmits". */
const RETRY =
  '\\b(retr(y|ies|ied|ying)|re-?tr(y|ies|ied)|tries again|try again|trying again|keeps? (on )?trying|keeps? retrying|resends?|resent|re-sends?|resubmits?|resubmitted|re-?issues?|[a-z]{3,} (it|them|the (same )?[a-z-]+( [a-z-]+)?) again)\\b';
/** Spacing or a safe key: exponential backoff, jitter, increasing delays, an idempotency key. */
const SAFE =
  '\\b(back-?off|back off|jitter|exponential\\w*|increasing (delays?|intervals?|waits?)|idempoten\\w*|dedup\\w*|(same|an?|its|the) (idempotency|request|dedupe?) (key|id)|looks? (it|the [a-z-]+) up (first|before))\\b';

export const unsafeRetries: AntiPattern = {
  id: 'unsafe-retries',
  title: 'Unsafe retries',
  problem:
    'The design retries an operation that is not safe to repeat, or retries with no spacing. A call that timed out has often succeeded on the other side, so retrying a charge, a booking or a transfer without an idempotency key can perform it twice. Retrying at once, in a loop or until it succeeds turns a slow dependency into a flood: every caller multiplies its load just when it is least able to cope, and retries at several layers multiply again.',
  advice:
    'Make every retried operation idempotent: send an idempotency key (the order, ride or payment id) that the receiver stores with its result and answers repeats from, or look the operation up before resending. Retry only transient failures, with capped exponential backoff and jitter, a small attempt limit and an overall retry budget, and retry at one layer only.',
  keywords: ['retr', 'again', 'trying', 'resend', 'resent', 'send', 'resubmit', 'reissue', 'issue'],
  docs: docsUrl('unsafe-retries'),
  detector: {
    kind: 'phrases',
    patterns: [
      // "On a timeout it sends the same call again immediately, up to three more times."
      {
        re: `${RETRY}[^.;]{0,60}\\b(immediately|straight away|right away|at once|instantly|without (any |a )?(delay|pause|wait|backoff)|with no (delay|pause|wait|backoff)|in a (tight |busy |hot )?loop|forever|indefinitely|endlessly|until (it|they|the [a-z-]+( [a-z-]+)?|[a-z0-9-]+) ([a-z]+ )?(succeeds?|goes through|go through|answers?|responds?|respond|works|comes? back|acknowledges?|accepts?|confirms?))\\b`,
        unless: SAFE,
      },
      // "Straight away, the controller sends it again."
      { re: `\\b(immediately|straight away|right away)\\b[^.;]{0,40}${RETRY}`, unless: SAFE },
      // A repeated operation with no key: "retried up to three times, without an idempotency key".
      { re: `${RETRY}[^.;]{0,80}\\b(without|with no|no) (an? |any )?(idempotency|dedup\\w*|request|de-dup\\w*)?[- ]?(keys?|ids?|tokens?|check)\\b`, absence: true },
    ],
  },
};
