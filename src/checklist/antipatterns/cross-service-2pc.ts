import { docsUrl, type AntiPattern } from '../schema';

const TWO_PC = '(two[- ]phase commits?|2pc|xa|jta|jts|distributed transactions?|global transactions?)';

export const crossService2pc: AntiPattern = {
  id: 'cross-service-2pc',
  title: 'Two-phase commit across services',
  problem:
    'The design commits one transaction across several services\' databases with two-phase commit or XA. Every participant holds its row locks from prepare to commit, so one slow service stalls the others; a coordinator that fails after prepare leaves transactions in doubt, holding locks until someone resolves them; the services can no longer be deployed, scaled or changed apart; and many managed databases, brokers and HTTP APIs do not take part in XA at all.',
  advice:
    'Keep each transaction inside one service\'s own database. Coordinate several services with a saga: local transactions, each publishing its event through an outbox, with compensations for the steps before the pivot and retries forward after it. Where two pieces of data must always change together, ask whether they belong to one service.',
  keywords: ['two-phase', 'phase', '2pc', 'xa', 'jta', 'jts', 'distributed', 'global', 'transaction'],
  docs: docsUrl('cross-service-2pc'),
  detector: {
    kind: 'phrases',
    patterns: [
      // "The transaction manager runs two-phase commit across the three databases."
      { re: `\\b${TWO_PC}\\b[^.;]{0,80}\\b(across|between|spanning|over|around)\\b[^.;]{0,60}\\b(databases|dbs|services|schemas|resources|participants)\\b` },
      // "Our answer is one distributed transaction around the booking"; "today this is one XA transaction".
      { re: '\\b(one|a single|single|the same) (distributed|xa|jta|global|two-phase|2pc) transaction\\b' },
      { re: '\\b(distributed|xa|global) transactions? (around|spanning|across|covering|over|between)\\b' },
      // Each service enlisting its own database in the caller's transaction.
      { re: '\\benlists? (its|their) own [a-z ]{0,20}(databases?|dbs?|data ?sources?)\\b' },
      { re: '\\b(transaction|jta|jts|xa)[- ]context\\b[^.;]{0,40}\\bpropagat\\w*' },
      { re: '\\bpropagat\\w*[^.;]{0,30}\\b(transaction|jta|jts|xa)[- ]context\\b' },
      { re: '\\b(joins?|join) the caller.?s transaction\\b' },
    ],
  },
};
