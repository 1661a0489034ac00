import { docsUrl, type ChecklistItem } from '../schema';

export const faultTolerance: ChecklistItem = {
  id: 'fault-tolerance',
  title: 'Fault tolerance',
  question: 'What happens when a dependency is slow or down: timeouts, retries with backoff, circuit breakers, bulkheads, fallbacks?',
  strongAnswer: [
    'A timeout on every remote call, shorter than the caller\'s own deadline.',
    'Retries with exponential backoff and jitter, only for idempotent operations, with a budget, and at one layer only: three attempts at each of three layers are 27 calls on the deepest service, just when it is struggling.',
    'Backpressure: bounded queues and pools that reject or shed work when full instead of growing, and a queue in front of bursty work (queue-based load levelling) so consumers take it at the rate they can sustain.',
    'Circuit breakers (Resilience4j, Polly, a mesh policy) that fail fast and recover through a half-open state.',
    'Bulkheads and fallbacks so one failing dependency cannot exhaust every thread or take the whole request path down; dead-letter queues for poison messages.',
  ],
  headings: ['fault tolerance', 'resilience', 'reliability', 'failure handling', 'failures', 'failure modes', 'availability', 'high availability', 'staying up', 'when things fail', 'error handling', 'degradation'],
  topics: ['fault tolerance', 'fault-tolerant', 'resilience', 'resilient', 'failure', 'failures', 'goes down', 'is down', 'are down', 'outage', 'reliability', 'high availability', 'highly available'],
  concepts: [
    { id: 'circuit-breaker', label: 'circuit breakers', terms: ['circuit breaker', 'circuit breakers', 'circuit-breaker', 'circuit breaking', 'hystrix', 'resilience4j', 'polly', 'half-open', 'half open', 'outlier detection', 'breaker trips', 'trips the breaker', 'stops calling', 'stop calling', 'fails fast', 'fail fast'],
      // A rollout's guard (ECS rolls a failing deployment back) protects a release, not a call.
      notWith: ['heartbeat', 'heartbeats', 'deployment circuit breaker', 'deployment circuit-breaker', 'deployment circuit breakers'] },
    { id: 'retry', label: 'retries with backoff', terms: ['retry', 'retries', 'retried', 'retried up to', 'exponential backoff', 'backoff', 'back-off', 'jitter', 'retry budget', 'tries again', 'try again', 'tries once more', 'tried again', 'after a short pause', 'gives up after', 'give up after'],
      // Retries that are not a call's protection: a batch scheduler's, or the user's own.
      notWith: ['try again next week', 'try again next release', 'try again next sprint', 'try again next monday', 'try again next thursday', 'try again next friday', 'dag', 'airflow', 'cron', 'batch job', 'the job retries', 'task three times', 'who retries', 'user retries', 'users retry', 'customer retries', 'retries later', 'click again', 'try again later'] },
    { id: 'timeout', label: 'timeouts', terms: ['timeout', 'timeouts', 'time out', 'times out', 'time out after', 'times out after', 'waits at most', 'wait at most', 'waits no longer than', 'does not answer in time', 'doesn\'t answer in time', 'deadline propagation', 'grpc deadline', 'grpc deadlines'],
      // Timeouts of another kind: a health check's, a hold or a session expiring.
      notWith: ['visibility timeout', 'visibility timeouts', 'health check', 'healthcheck', 'unhealthy after', 'hold timed out', 'hold times out', 'hold expires', 'session timeout', 'idle timeout', 'seats released', 'reservation expires'] },
    { id: 'bulkhead', label: 'bulkheads and isolation', terms: ['bulkhead', 'bulkheads', 'isolated thread pool', 'separate thread pool', 'connection pool limit', 'blast radius', 'isolate failures', 'failure isolation', 'load shedding', 'shed load', 'backpressure', 'back-pressure'] },
    { id: 'fallback', label: 'fallbacks and graceful degradation', terms: ['fallback', 'fall back', 'falls back', 'graceful degradation', 'degrade gracefully', 'degrades gracefully', 'degraded mode', 'cached response', 'serve stale', 'default response', 'cached earlier', 'cached copy', 'last known', 'shows the cached', 'serves the cached'] },
    { id: 'idempotency', label: 'idempotency and poison messages', terms: ['idempotency key', 'dead letter queue', 'dead-letter queue', 'dead letter', 'dlq', 'poison message'], narrow: true, part: 'duplicates' },
    { id: 'redundancy', label: 'redundancy and failover', terms: ['failover', 'fail over', 'multi-az', 'multiple availability zones', 'across availability zones', 'multi-region', 'active-active', 'active-passive', 'redundant', 'redundancy', 'no single point of failure', 'chaos engineering', 'rate limiting', 'deadline', 'deadlines', 'idempotent', 'idempotency'], context: true },
  ],
  advice: 'Give every remote call a timeout, retry idempotent calls with exponential backoff and jitter, and wrap critical dependencies in a circuit breaker (Resilience4j, Polly or a mesh policy) with a fallback.',
  docs: docsUrl('fault-tolerance'),
};
