// Follow-up questions for the 'latency-incident-observability' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const latencyIncidentObservabilityFollowUps: readonly FollowUpInput[] = [
  {
    id: 'green-dashboards',
    criterion: 'metrics',
    trigger: 'weak',
    title: 'Green dashboards',
    question: 'Why did the dashboards stay green while customers waited, and what would you measure instead?',
    concepts: ['histograms', 'red', 'dependencies'],
  },
  {
    id: 'which-hop',
    criterion: 'tracing',
    trigger: 'weak',
    title: 'Which hop is slow',
    question: 'How would you find out which hop adds the two seconds on a slow order?',
    concepts: ['distributed-tracing', 'propagation', 'ids-in-logs'],
  },
  {
    id: 'still-slow-after-rollback',
    criterion: 'find-cause',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'Rollback did not help',
    question: "You rolled back Tuesday's release and p99 is still 2.5 seconds tonight. What next?",
    concepts: ['narrow-down', 'saturation', 'percentiles'],
  },
  {
    id: 'page-at-night',
    criterion: 'logs-slos-alerts',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'Who gets paged',
    question: 'Next time this starts at 7 pm, who is paged, by which alert, and how do they know where to look?',
    concepts: ['slo', 'burn-rate-alerts', 'runbooks'],
  },
];
