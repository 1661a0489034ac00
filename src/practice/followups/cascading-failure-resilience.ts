// Follow-up questions for the 'cascading-failure-resilience' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const cascadingFailureResilienceFollowUps: readonly FollowUpInput[] = [
  {
    id: 'retry-storm',
    criterion: 'timeouts-retries',
    trigger: 'weak',
    title: 'The retry storm',
    question: 'With three immediate retries at every hop, how much load can one slow call create, and what would you change?',
    concepts: ['bounded-retries', 'one-layer', 'short-timeouts'],
  },
  {
    id: 'page-composition',
    criterion: 'sync-async',
    trigger: 'weak',
    title: 'What the page really needs',
    question: 'Which of the six calls must the product page wait for, and how do the others reach it?',
    concepts: ['sync-only-essentials', 'parallel-composition', 'stock-by-events'],
  },
  {
    id: 'reviews-slow',
    criterion: 'breakers-bulkheads',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'Reviews slow to ten seconds',
    question: 'Right now the Reviews service starts answering in ten seconds at peak. Walk me through the next minute in your design.',
    concepts: ['circuit-breaker', 'bulkhead', 'breaker-settings'],
  },
  {
    id: 'traffic-doubles',
    criterion: 'degradation-gateway',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'Traffic doubles',
    question: 'Marketing announces a flash sale that doubles peak traffic to 5,000 page views per second. What protects checkout?',
    concepts: ['protect-checkout', 'fallbacks', 'gateway-defences'],
  },
];
