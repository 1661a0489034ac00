import { docsUrl, type AntiPattern } from '../schema';

/** Words that make the delivery promise the reason for something: "…exactly once, so consumers just apply it". */
const RELIANCE = '\\b(so|therefore|thus|hence|means|guarantees?|guaranteed|ensures?|promises?|rely|relies|relying|trust|trusts|no need|need not|needn\'t|without|because|since|switched on|turned on|enabled?|enabling|built on|builds on|based on|depends? on|counts? on|gives (us )?)\\b';
/** A consumer that deduplicates, or a delivery that is said to repeat: the safe version. */
const DEDUPLICATES =
  '\\b(at[- ]least[- ]once|redeliver\\w*|(is|are|stays?|be|made) idempotent|dedup\\w*|de-dup\\w*|idempotent consumers?|consumers? (are|is|stay|stays|remain|must be|must stay) idempotent|inbox|processed[ _-]?(event|message)s?[ _-]?ids?|(skips?|ignores?|drops?|discards?) (repeated|duplicate|already[- ]seen|seen)|(more than|at least) once|still (deduplicate|check))';

export const exactlyOnceAssumption: AntiPattern = {
  id: 'exactly-once-assumption',
  title: 'Relying on exactly-once delivery',
  problem:
    'The design counts on the broker delivering each message exactly once, so its consumers apply every message without checking for repeats. No broker can promise that end to end: a producer retry, a consumer that crashes before it commits its offset, a rebalance or a redelivery after a timeout all hand the same message over again. Kafka\'s exactly-once mode covers reading from and writing to Kafka inside one transaction; the moment a consumer changes a database, charges a card or calls another service, the side effect can still happen twice. A duplicate then double-counts, double-charges or flips a state back.',
  advice:
    'Treat delivery as at-least-once and make every consumer idempotent: give each message a unique id, record the ids already processed in the same transaction as the effect (an inbox or processed-ids table), and skip a repeat; or make the effect naturally idempotent (set a value, upsert by key) instead of incrementing.',
  keywords: ['exactly', 'once', 'because', 'therefore', 'thanks', 'hence', 'thus', 'result'],
  docs: docsUrl('exactly-once-assumption'),
  detector: {
    kind: 'phrases',
    patterns: [
      // "Kafka's exactly-once mode is switched on, so each ride reaches Loyalty exactly once".
      // The reliance in the next sentence: "…which gives us exactly-once delivery. Because of that, the consumer adds each event…".
      { re: '^(because of (that|this|it)|thanks to (that|this)|so|therefore|thus|hence|as a result)\\b', near: '\\bexactly[- ]once\\b', nearBefore: true, unless: DEDUPLICATES },
      { re: '\\bexactly[- ]once\\b', near: RELIANCE, unless: DEDUPLICATES },
      // "The broker guarantees each quote event arrives once, so the consumer just applies it."
      {
        re: '\\b(arrives?|arriving|delivered|delivers?|reaches?|reaching|processed|consumed|received|handled|applied|seen) (only |just )?once\\b(?! (the|it|they|we|a|an|all|every|that|this|its|their|our|his|her|[a-z-]+ (is|are|has|have|was|were)))',
        near: '\\b(guarantees?|guaranteed|ensures?|promises?|rely|relies|trust|so|therefore|means)\\b',
        unless: DEDUPLICATES,
      },
    ],
    // A paragraph that says consumers still deduplicate uses exactly-once inside the broker only.
    legitimate: [{ re: DEDUPLICATES }],
  },
};
