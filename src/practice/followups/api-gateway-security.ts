// Follow-up questions for the 'api-gateway-security' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const apiGatewaySecurityFollowUps: readonly FollowUpInput[] = [
  {
    id: 'x-user-id',
    criterion: 'identity',
    trigger: 'weak',
    title: 'The X-User-Id header',
    question: 'One service trusts an X-User-Id header from the client. How does identity reach that service in your design?',
    concepts: ['propagation', 'tokens', 'oidc'],
  },
  {
    id: 'admin-endpoint',
    criterion: 'service-to-service',
    trigger: 'weak',
    title: 'The exposed admin endpoint',
    question: 'How do you make sure the Orders admin endpoint can never be reached from the internet again?',
    concepts: ['admin-isolation', 'network-policies', 'zero-trust'],
  },
  {
    id: 'key-leaked-again',
    criterion: 'identity',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'Another key leaks',
    question: 'It happens again: a partner key is posted publicly on a Friday night. What stops the damage, and how fast?',
    concepts: ['partner-credentials'],
  },
  {
    id: 'sale-spike',
    criterion: 'abuse',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'A record on-sale',
    question: 'A stadium tour goes on sale tomorrow and ten times the usual traffic is expected, much of it bots. What is in place at the edge?',
    concepts: ['rate-limits', 'bot-protection', 'waiting-room'],
  },
];
