// Follow-up questions for the 'stay-modular-monolith' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const stayModularMonolithFollowUps: readonly FollowUpInput[] = [
  {
    id: 'vp-insists',
    criterion: 'recommendation',
    trigger: 'weak',
    title: 'The VP insists',
    question: 'The VP says microservices are how large companies scale. What do you answer, in terms of this team and this product?',
    concepts: ['team-size', 'no-scale-need', 'unclear-domains'],
  },
  {
    id: 'reports-again',
    criterion: 'instead',
    trigger: 'weak',
    title: 'Stopping the next reports break',
    question: 'How do you make sure a change to the invoice model cannot silently break the reports again?',
    concepts: ['module-owns-data', 'tests', 'enforce'],
  },
  {
    id: 'team-triples',
    criterion: 'signals',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'The team triples',
    question: 'An investor round lets the company grow from eight to thirty engineers within a year. What changes in your plan, and what would you extract first?',
    concepts: ['team-growth', 'how-to-extract'],
  },
  {
    id: 'big-customer-load',
    criterion: 'signals',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'One customer with huge exports',
    question: 'A new accounting-firm customer exports a hundred times more invoices than anyone else, and PDF generation slows the whole app. What do you do?',
    concepts: ['scaling-needs', 'how-to-extract'],
  },
];
