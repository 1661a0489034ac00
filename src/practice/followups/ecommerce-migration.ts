// Follow-up questions for the 'ecommerce-migration' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const ecommerceMigrationFollowUps: readonly FollowUpInput[] = [
  {
    id: 'boundaries-check',
    criterion: 'boundaries',
    trigger: 'weak',
    title: 'Checking your boundaries',
    question: 'How would you check with the business that your service boundaries are right before you cut the code?',
    concepts: ['business-capability', 'ddd', 'team-alignment'],
  },
  {
    id: 'shared-orders-table',
    criterion: 'shared-data',
    trigger: 'weak',
    title: 'The shared orders table',
    question: 'Three modules read and write the orders table today. Who owns it after the split, and how do the others get its data?',
    concepts: ['single-owner', 'api-access', 'replicate-by-events'],
  },
  {
    id: 'recommendations-down',
    criterion: 'extract-first',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'Recommendations are down',
    question: 'The new recommendation service has just gone down during a sale. Walk me through what a shopper sees and why checkout keeps working.',
    concepts: ['fallback', 'reason-isolation'],
  },
  {
    id: 'no-platform-team',
    criterion: 'infrastructure',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'Half the budget',
    question: 'The CTO halves the infrastructure budget for the first quarter. What do you keep before the first extraction, and what waits?',
    concepts: ['ci-cd', 'observability', 'resilience'],
  },
];
