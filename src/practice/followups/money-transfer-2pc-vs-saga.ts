// Follow-up questions for the 'money-transfer-2pc-vs-saga' challenge. Validated by the schema in ./schema.ts; concepts are the criterion's own ids.
import type { FollowUpInput } from './schema';

export const moneyTransfer2pcVsSagaFollowUps: readonly FollowUpInput[] = [
  {
    id: 'why-not-xa',
    criterion: 'decision',
    trigger: 'weak',
    title: 'Why not XA',
    question: 'The architect still wants two-phase commit. What exactly does it cost you here, and what do you do instead?',
    concepts: ['2pc-costs', 'external-cannot-join', 'saga'],
  },
  {
    id: 'lost-credit',
    criterion: 'no-money-lost',
    trigger: 'weak',
    title: 'The lost credit',
    question: 'The debit succeeded and the credit timed out. Where is the money at that moment, and how do you finish or undo the transfer?',
    concepts: ['hold-first', 'ledger', 'compensating-entries'],
  },
  {
    id: 'fx-timeout',
    criterion: 'failures-duplicates',
    trigger: 'phase',
    phase: 'deep-dive',
    title: 'The FX provider times out',
    question: 'The external FX provider times out on a salary-day transfer. Did the conversion happen or not, and what does your system do next?',
    concepts: ['unknown-outcome', 'idempotency', 'fx-quote'],
  },
  {
    id: 'auditor',
    criterion: 'verification',
    trigger: 'phase',
    phase: 'wrap-up',
    title: 'The regulator asks',
    question: 'The regulator asks you to prove that no money was created or lost last month. What do you show them?',
    concepts: ['reconciliation', 'invariants', 'audit-trail'],
  },
];
