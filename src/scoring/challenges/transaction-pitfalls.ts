// Wrong-but-fluent claims that cost points on every challenge about a distributed transaction (a transfer, a booking).
import * as z from 'zod/mini';
import type { pitfallSchema } from '../schema';

type PitfallInput = z.input<typeof pitfallSchema>;

export const EXACTLY_ONCE: PitfallInput = {
  id: 'exactly-once',
  title: 'Claims end-to-end exactly-once delivery',
  phrases: ['exactly once', 'exactly once delivery', 'exactly once semantics', 'guarantees exactly once', 'never duplicates', 'no duplicates ever'],
  penalty: 8,
  feedback:
    'No broker or network delivers exactly once end to end: a timeout leaves the sender unsure, so it must send again. Deliver at least once and make every step idempotent with a key, so a repeat has no effect.',
};

export const EAGER_RETRIES: PitfallInput = {
  id: 'eager-retries',
  title: 'Immediate or unbounded retries as reliability',
  proposed: true,
  phrases: ['retry immediately', 'immediate retries', 'more retries', 'retry forever', 'retry indefinitely', 'keep retrying', 'times immediately'],
  penalty: 6,
  feedback:
    'Retrying at once and without limit turns a slow partner into an overloaded one and repeats requests whose outcome is unknown. Retry a few times with backoff and jitter, with an idempotency key, after checking the outcome.',
};
