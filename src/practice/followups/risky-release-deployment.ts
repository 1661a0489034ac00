// Follow-up questions for the 'risky-release-deployment' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const riskyReleaseDeploymentFollowUps: readonly FollowUpInput[] = [
  {
    id: 'rollout-steps',
    criterion: 'strategy',
    trigger: 'weak',
    title: 'The rollout, step by step',
    question: 'How does the new pricing reach all 12 pods, and how much traffic is at risk at each step?',
    concepts: ['canary', 'zero-downtime'],
  },
  {
    id: 'column-change',
    criterion: 'db-migration',
    trigger: 'weak',
    title: 'The discount column',
    question: 'How do you move from euros to cents so that rolling back never needs a backup restore?',
    concepts: ['expand-contract', 'dual-write-backfill', 'contract-later'],
  },
  {
    id: 'canary-errors',
    criterion: 'watch-and-rollback',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'The canary looks worse',
    question: 'Ten minutes into the canary, checkout success drops by two percent but error rates look normal. What do you do?',
    concepts: ['business-metrics', 'baseline', 'thresholds'],
  },
  {
    id: 'old-apps',
    criterion: 'flags-compatibility',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'Old apps still send euros',
    question: 'Product now wants the new pricing on for everyone the day before Black Friday, and app 3.2 still sends euros. What is your answer?',
    concepts: ['api-compatibility', 'flag-control', 'timing'],
  },
];
