import { docsUrl, type AntiPattern } from '../schema';

const PROBE = '(readiness|liveness|health[- ]?checks?|health endpoints?|probes?|/ready\\w*|/health\\w*|/live\\w*|/status)';
/** A shared dependency outside the instance: a database, a cache, a broker, another service. */
const DEPENDENCY =
  '(databases?|db|postgres\\w*|mysql|oracle|sql server|mongo\\w*|redis|memcached|cache cluster|rabbitmq|kafka|broker|message bus|queue|elasticsearch|downstream\\w*|dependenc(y|ies)|[a-z]+-service|another service|other services|[a-z]+ service\'s|the [a-z]+ adapter)';
const CHECKS = '(checks|calls|runs|pings|queries|opens (a )?connections? to|connects to|sends (a )?(ping|query|request)s?|tests|verifies|hits|includes|looks at|touches|depends on|waits for)';

export const deepHealthChecks: AntiPattern = {
  id: 'deep-health-checks',
  title: 'Deep health checks',
  problem:
    'The liveness or readiness probes fail when a shared dependency (the database, a broker, another service) is down. That dependency is the same for every instance, so one blip fails every probe at once: readiness takes every pod out of rotation and the service answers nothing, where it could have served what does not need the dependency or failed fast on what does; liveness restarts every pod, so recovery waits for cold starts into a dependency that is still settling.',
  advice:
    'Keep liveness to the process itself (it answers) and readiness to the instance\'s own state (warmed up, not overloaded, draining on shutdown). Report dependencies on a separate diagnostic endpoint that dashboards and alerts read and no probe uses, and handle a dependency\'s failure in the request path with timeouts, breakers and fallbacks.',
  keywords: ['readiness', 'liveness', 'health', 'probe', 'ready', 'live', 'status', 'handler', 'endpoint', 'traffic'],
  docs: docsUrl('deep-health-checks'),
  detector: {
    kind: 'phrases',
    patterns: [
      // "The readiness probe calls /ready, which runs SELECT 1 against Postgres and pings Redis."
      { re: `\\b${PROBE}\\b[^.]{0,150}\\b${CHECKS}\\b[^.;]{0,40}\\b(against |to |the |its |our |on )?[^.;]{0,30}\\b${DEPENDENCY}\\b` },
      // "…and returns 503 if the database does not answer".
      { re: `\\b${PROBE}\\b[^.]{0,150}\\b(fails?|returns? (a )?(503|500|unhealthy|down|not ready)|reports? (not ready|unhealthy|down)|marked (not ready|unhealthy))\\b[^.;]{0,20}\\b(if|when|whenever)\\b[^.;]{0,60}\\b${DEPENDENCY}\\b` },
      // "…which the liveness and readiness probes call. The handler runs SELECT 1 against the shared Postgres."
      { re: `^(the|this|that|its|each|our) (handler|endpoint|check|route|health handler)\\b[^.]{0,60}\\b${CHECKS.replace(')', '|runs [a-z0-9 ]{1,20} (against|on))')}\\b[^.;]{0,60}\\b${DEPENDENCY}\\b`, near: `\\b${PROBE}\\b`, nearBefore: true },
      // "A pod only takes traffic while both Redis and payments-service answer"; "a pod answers healthy only when it can query its MySQL".
      { re: `\\b(pods?|instances?|replicas?|containers?|tasks?)\\b[^.;]{0,40}\\bonly\\b[^.;]{0,30}\\b(when|while|if|as long as)\\b[^.;]{0,80}\\b${DEPENDENCY}\\b`, near: '\\b(healthy|ready|readiness|liveness|traffic|rotation|target group|probes?)\\b' },
      // "It checks the database and Kafka in its readiness probe."
      { re: `\\b${CHECKS}\\b[^.;]{0,40}\\b${DEPENDENCY}\\b[^.;]{0,40}\\b(in|from|as part of) (its|the|their|every|each) (readiness|liveness|health)\\b` },
    ],
    // A probe definition in a manifest or values file whose own lines name a shared dependency.
    inCode: [{ re: '\\b(readiness|liveness|startup)[ _-]?(probe)?s?\\b\\s*:', near: `\\b${DEPENDENCY}\\b`, unless: '\\b(dashboards?|diagnostics?|alerts? only|not (used )?(by|for) (the )?(probes?|readiness|liveness))\\b' }],
  },
};
