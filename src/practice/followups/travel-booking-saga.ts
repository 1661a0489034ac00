// Follow-up questions for the 'travel-booking-saga' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const travelBookingSagaFollowUps: readonly FollowUpInput[] = [
  {
    id: 'double-rooms',
    criterion: 'retries-duplicates',
    trigger: 'weak',
    title: 'Two hotel rooms',
    question: 'How do you make sure a retried request never books a second hotel room?',
    concepts: ['idempotency', 'unknown-outcome'],
  },
  {
    id: 'who-coordinates',
    criterion: 'coordination',
    trigger: 'weak',
    title: 'Who coordinates',
    question: 'Who decides which step runs next, and where is that state kept if the process crashes halfway?',
    concepts: ['orchestrator', 'durable-state', 'tradeoff-reasons'],
  },
  {
    id: 'car-partner-down',
    criterion: 'steps-compensations',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'The car partner is down',
    question: 'The car-rental partner is down for 25 minutes during your peak. Walk me through the next minute for a customer who is booking a package.',
    concepts: ['compensation-per-step', 'hold-then-confirm', 'pivot'],
  },
  {
    id: 'refund-fails',
    criterion: 'steps-compensations',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'A refund fails',
    question: 'The payment provider rejects a refund while you compensate a failed booking. What happens then, and who finds out?',
    concepts: ['compensation-failure'],
  },
];
