// Generated design documents of a given size, for the bench.
const SECTIONS = [
  ['Service boundaries', 'The {n} service owns {x} and nothing else; it is the source of truth for {x}. We split by business capability so each team ships alone.'],
  ['Communication', 'Queries are synchronous gRPC calls with a deadline; state changes are events on Kafka such as `{x}.updated`, consumed at least once by idempotent handlers.'],
  ['Data management', 'Each service has its own PostgreSQL database. The {x} flow is an orchestrated saga with compensations, and events leave through a transactional outbox.'],
  ['Service discovery', 'Services find each other through Kubernetes Services; cluster DNS resolves `{n}` to a ClusterIP and kube-proxy picks a ready pod.'],
  ['API gateway', 'Kong is the single entry point: it terminates TLS, validates tokens and rate-limits each client before routing to {n}.'],
  ['Load balancing', 'An application load balancer spreads traffic with least outstanding requests; the autoscaler adds {n} pods on CPU.'],
  ['Fault tolerance', 'Every call to {n} has a 300 ms timeout, retries with exponential backoff and jitter, and a Resilience4j circuit breaker.'],
  ['Deployment', 'Each service has its own pipeline and rolls out as a canary at 5%, 25% and 100%, rolling back when the error rate rises.'],
  ['Monitoring', 'We might add dashboards for {n} later; tracing is an open question.'],
  ['Security', 'TODO: how is {x} protected?'],
];
const NAMES = ['order', 'payment', 'inventory', 'cart', 'shipping', 'pricing', 'catalog', 'user', 'review', 'search'];

/** A realistic design document of about `bytes` bytes: sections, lists, tables and code. */
export function generate(bytes: number): string {
  const out: string[] = ['---', 'design-workbench: true', '---', '# Generated design', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const [title, body] = SECTIONS[i % SECTIONS.length];
    const n = NAMES[i % NAMES.length];
    const x = NAMES[(i * 7 + 3) % NAMES.length] + 's';
    const text = body.replaceAll('{n}', n).replaceAll('{x}', x);
    const chunk = [
      `## ${title} (${i})`,
      '',
      text,
      '',
      `- ${n} keeps ${x} in its own schema.`,
      `- <!-- prompt: say more about ${x} --> The ${n} team reviews changes weekly.`,
      '',
      '| Service | Owns |',
      '|---|---|',
      `| ${n} | ${x} |`,
      '',
      i % 5 === 0 ? '```yaml\nname: example\nsteps: []\n```\n' : '',
    ].join('\n');
    out.push(chunk);
    size += chunk.length;
  }
  return out.join('\n');
}
