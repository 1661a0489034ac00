// One skeleton section per checklist item: a heading the checklist maps to the item, and short
// guiding prompts inside an HTML comment so that the checklist never counts them as decisions.
// The microservices HLD template and the checklist's "add section" quick fix both use these.
import { ITEM_IDS, type ItemId } from '../checklist/ids';

interface SectionContent {
  readonly heading: string;
  readonly prompts: readonly string[];
}

const SECTIONS: Readonly<Record<ItemId, SectionContent>> = {
  'service-boundaries': {
    heading: 'Service boundaries',
    prompts: [
      'Which services are there, and which business capability does each one own? Cut by capability or bounded context, not by technical layer.',
      'Why does each boundary sit where it does: a separate team, a different scaling or release rhythm, failure isolation, another language?',
      'Can the team run this many services? Merge the ones that always change and deploy together.',
    ],
  },
  communication: {
    heading: 'Communication',
    prompts: [
      'Which calls need an answer straight away (queries, validation, auth) and stay synchronous: REST, or gRPC for speed and streaming?',
      'Which work can happen later and travel as events or queued commands (Kafka, RabbitMQ, SQS), and does it need guaranteed delivery?',
      'How do consumers cope with duplicate or out-of-order messages (idempotency keys, event versions)? How long can a chain of synchronous calls get?',
    ],
  },
  'data-management': {
    heading: 'Data management',
    prompts: [
      'Which database does each service own, and why that kind of store? No service reads or writes another service’s tables.',
      'How does work that spans services stay consistent without a distributed transaction: a saga with compensations, and where does the business accept eventual consistency?',
      'How does each service publish its events without a dual write? A transactional outbox (or change data capture) makes the state change and its event commit together; sagas rely on it, but it does not make several services consistent.',
      'When a service often needs another’s data: call its API, keep a local copy fed by events, share a cache (who invalidates it, and how stale may a reader’s data be?), or build a CQRS read model?',
    ],
  },
  'service-discovery': {
    heading: 'Service discovery',
    prompts: [
      'How do services find each other when instances come and go?',
      'Client-side (a registry such as Consul or Eureka, the caller picks an instance), server-side (a load balancer or a Kubernetes Service picks), DNS, or a service mesh: which one, and why?',
      'How does an instance register, and how does a dead one drop out (health checks, heartbeats, TTLs)?',
    ],
  },
  'api-gateway': {
    heading: 'API gateway',
    prompts: [
      'What is the single entry point for clients (for example Kong, AWS API Gateway, Envoy, NGINX)?',
      'What does it do (routing, authentication, rate limiting, TLS termination, response aggregation), and what does it leave to the services (business logic)?',
      'One gateway for every client, or a backend for frontend per client type? How do you stop it becoming a bottleneck or a single point of failure?',
    ],
  },
  'load-balancing': {
    heading: 'Load balancing',
    prompts: [
      'Where is traffic spread: at the edge (a cloud load balancer, HAProxy, NGINX) and between services (kube-proxy, a sidecar, a client-side balancer)?',
      'Which algorithm, and why: round robin, least connections, consistent hashing for cache affinity, weights for a canary?',
      'How are unhealthy instances taken out of rotation, and what adds instances under load (autoscaling on CPU, latency or queue depth)?',
    ],
  },
  'fault-tolerance': {
    heading: 'Fault tolerance',
    prompts: [
      'What happens when a dependency is slow or down? A timeout on every remote call; retries with exponential backoff and jitter, only for idempotent operations.',
      'Where do circuit breakers (Resilience4j, a mesh) and bulkheads stop one slow service from using up everyone’s threads and connections?',
      'What is the fallback for each critical call (cached data, a default, a request queued for later), and what does the user see meanwhile?',
    ],
  },
  deployment: {
    heading: 'Deployment',
    prompts: [
      'How does a change reach production: a CI/CD pipeline per service, building one artefact that is tested once and promoted?',
      'Which rollout strategy, and why: blue-green (a fast switch back, twice the capacity; switching back undoes neither the new version’s writes, nor the messages it consumed, nor a destructive migration), canary (a small share of traffic first, watched on error rate and latency) or rolling (a surge instance or reduced capacity while it runs, slower rollback)?',
      'How do schema changes and API versions roll out so that the old and the new version can run side by side (expand/contract: add, migrate, drop only once no running version needs the old shape)?',
    ],
  },
  monitoring: {
    heading: 'Monitoring',
    prompts: [
      'Which metrics does every service export: rate, errors and duration (RED) at p50/p95/p99, plus saturation? Which alerts fire, on which SLOs?',
      'Where do logs go: structured, collected centrally, each line carrying a correlation or trace id?',
      'How is one request traced across services (OpenTelemetry with Jaeger, Zipkin or X-Ray), including through message queues?',
      'What do the liveness and readiness checks test? Keep them about the instance itself: readiness that checks a shared database or service takes every pod out of rotation at once when that dependency blips, so deep checks belong on a diagnostic endpoint and dashboards.',
    ],
  },
  security: {
    heading: 'Security',
    prompts: [
      'How are users authenticated at the edge (OAuth 2.0 / OpenID Connect), and how does their identity reach the services behind it (a signed JWT, token exchange)?',
      'How are calls between services authenticated and encrypted (mTLS, often provided by the mesh), and who may call whom (network policies, per-service authorisation)?',
      'Where do secrets live (Vault, a cloud secrets manager), and which data is encrypted at rest?',
    ],
  },
};

const isItemId = (id: string): id is ItemId => (ITEM_IDS as readonly string[]).includes(id);

/** The heading text of the item's section ("Service discovery"), or undefined for an unknown id. */
export function sectionHeading(itemId: string): string | undefined {
  return isItemId(itemId) ? SECTIONS[itemId].heading : undefined;
}

/** The guiding prompts of the item's section, without comment markers. */
export function sectionPrompts(itemId: string): readonly string[] {
  return isItemId(itemId) ? SECTIONS[itemId].prompts : [];
}

/**
 * The item's section: a level-2 heading, a blank line, the prompts in one HTML comment, and a
 * trailing newline. Undefined for an id that is not a built-in checklist item (a custom pack's).
 */
export function sectionSkeleton(itemId: ItemId): string;
export function sectionSkeleton(itemId: string): string | undefined;
export function sectionSkeleton(itemId: string): string | undefined {
  if (!isItemId(itemId)) return undefined;
  const { heading, prompts } = SECTIONS[itemId];
  return `## ${heading}\n\n${promptComment(prompts)}\n`;
}

/** Prompts as one HTML comment, one bullet a line. */
export function promptComment(prompts: readonly string[]): string {
  return ['<!--', ...prompts.map((p) => `- ${p}`), '-->'].join('\n');
}
