// The discovery and latency rubrics read what an answer decides, not the names it drops: a registry praised over
// Kubernetes Services, a liveness probe that checks the database, averages defended over percentiles.
import * as assert from 'node:assert/strict';
import { builtinRubrics, scoreAnswer, type ScoreResult } from '../../../src/scoring';

const rubric = (id: string) => builtinRubrics().find((r) => r.id === id)!;
const discovery = (text: string): ScoreResult => scoreAnswer(`${text}\n`, rubric('choose-service-discovery'));
const latency = (text: string): ScoreResult => scoreAnswer(`${text}\n`, rubric('latency-incident-observability'));
const pitfalls = (r: ScoreResult, criterion: string): string[] => r.criteria.find((c) => c.id === criterion)!.pitfalls.map((p) => p.id);
const concepts = (r: ScoreResult, criterion: string): string[] => r.criteria.find((c) => c.id === criterion)!.evidence.map((e) => e.concept);

describe('rubric: choose-service-discovery', () => {
  it('gives no credit to what a comparison puts second', () => {
    const r = discovery('A single registry for all workloads is simpler than Kubernetes Services and cluster DNS.');
    assert.deepEqual(concepts(r, 'in-cluster').filter((c) => /Kubernetes Services/.test(c)), []);
  });

  it('still credits Kubernetes Services when they are the choice', () => {
    const r = discovery('We use Kubernetes Services rather than a registry, because every language can resolve DNS.');
    assert.ok(concepts(r, 'in-cluster').some((c) => /Kubernetes Services/.test(c)), concepts(r, 'in-cluster').join(', '));
  });

  it('reads a fact about the VMs as a fact, not as turning down cluster DNS', () => {
    const r = discovery('The VMs cannot resolve cluster DNS, so they reach the cluster through an internal load balancer.');
    assert.deepEqual(pitfalls(r, 'in-cluster'), []);
  });

  it('counts a refusal of Kubernetes discovery and of readiness probes as mistakes', () => {
    const r = discovery('I would not rely on Kubernetes Services or CoreDNS for calls between services.\n\nWe will not add readiness probes.');
    assert.ok(pitfalls(r, 'in-cluster').includes('rejects-platform-discovery'), pitfalls(r, 'in-cluster').join(', '));
    assert.ok(pitfalls(r, 'health-and-balancing').includes('no-readiness'), pitfalls(r, 'health-and-balancing').join(', '));
  });

  it('counts a liveness probe that checks the database as deep liveness, with no shallow-liveness credit', () => {
    const r = discovery('The liveness probe should check the database and every downstream service, so a broken pod restarts.');
    assert.ok(pitfalls(r, 'health-and-balancing').includes('deep-liveness'), pitfalls(r, 'health-and-balancing').join(', '));
    assert.deepEqual(concepts(r, 'health-and-balancing').filter((c) => /shallow/.test(c)), []);
  });

  it('counts keeping the address file for the VMs, an hour-long TTL and a dismissed registry failure', () => {
    const r = discovery(
      '- Keep the config file for the VMs and mount it as a ConfigMap.\n- Set the DNS TTL to 1 hour to cut lookups.\n- Registry failure is not a realistic concern on a managed control plane.',
    );
    assert.ok(pitfalls(r, 'legacy-bridge').includes('keeps-ip-file'), pitfalls(r, 'legacy-bridge').join(', '));
    assert.ok(pitfalls(r, 'health-and-balancing').includes('dns-caching-long-ttl'), pitfalls(r, 'health-and-balancing').join(', '));
    assert.ok(pitfalls(r, 'eureka-and-mesh').includes('registry-failure-dismissed'), pitfalls(r, 'eureka-and-mesh').join(', '));
  });

  it('counts a five-minute TTL "so DNS is not queried too often" as a mistake; a 30-second TTL is right', () => {
    const wrong = discovery('We give the VM records a DNS TTL of 300 seconds so DNS is not queried too often.\n');
    assert.ok(pitfalls(wrong, 'health-and-balancing').includes('dns-caching-long-ttl'), pitfalls(wrong, 'health-and-balancing').join(', '));
    const right = discovery('We give the VM records a DNS TTL of 30 seconds, because their addresses change when a VM is rebuilt.\n');
    assert.deepEqual(pitfalls(right, 'health-and-balancing'), []);
  });

  it('counts "the registry does not go down, so no fallback paths" as a dismissed registry failure', () => {
    const r = discovery('In practice the registry does not go down, so I would not spend effort on fallback paths.\n');
    assert.ok(pitfalls(r, 'eureka-and-mesh').includes('registry-failure-dismissed'), pitfalls(r, 'eureka-and-mesh').join(', '));
  });

  it('scores a survey of the field below the same points decided', () => {
    const survey = discovery(
      'Kubernetes has readiness probes and a built-in DNS. Health checking is another important area. There are lots of debates online about kube-proxy modes.',
    );
    const decided = discovery('We call every service by its Kubernetes Service DNS name. Readiness probes take pods out of rotation while they cannot serve.');
    assert.ok(survey.total < decided.total, `survey ${survey.total}, decided ${decided.total}`);
  });
});

describe('rubric: latency-incident-observability', () => {
  it('counts defending averages as trusting them, and gives no percentile credit', () => {
    const r = latency('Averages are the right primary signal, because they do not jump around the way percentiles do.');
    assert.ok(pitfalls(r, 'find-cause').includes('trust-averages'), pitfalls(r, 'find-cause').join(', '));
    assert.deepEqual(concepts(r, 'metrics').filter((c) => /percentiles/.test(c)), []);
  });

  it('does not credit percentiles for naming the p99 the fix should lower', () => {
    const r = latency('Add more pods for Orders during the dinner peak, because more capacity should bring p99 down.');
    assert.deepEqual(concepts(r, 'find-cause').filter((c) => /percentiles/.test(c)), []);
    assert.ok(pitfalls(r, 'find-cause').includes('capacity-fix'), pitfalls(r, 'find-cause').join(', '));
  });

  it('counts 1% head sampling, logs kept on the pods and a seconds-long SLO as mistakes', () => {
    const r = latency('- Head sampling at 1% keeps cost low.\n- Keep logs on each pod like now, with longer retention.\n- SLO: 99% of orders under 5 seconds.');
    assert.ok(pitfalls(r, 'tracing').includes('head-sampling'), pitfalls(r, 'tracing').join(', '));
    assert.ok(pitfalls(r, 'logs-slos-alerts').includes('logs-on-pods'), pitfalls(r, 'logs-slos-alerts').join(', '));
    assert.ok(pitfalls(r, 'logs-slos-alerts').includes('slo-loose-target'), pitfalls(r, 'logs-slos-alerts').join(', '));
  });

  it('credits a tight percentile SLO and tail sampling without a pitfall', () => {
    const r = latency('- SLO: 99% of POST /orders under 800 ms over 28 days.\n- Tail-based sampling keeps every slow or failed trace rather than random head sampling.');
    assert.deepEqual(pitfalls(r, 'logs-slos-alerts'), []);
    assert.deepEqual(pitfalls(r, 'tracing'), []);
    assert.ok(concepts(r, 'tracing').some((c) => /Sampling/.test(c)));
  });

  it('reads an argument against tracing as a rejection, not as adopting it', () => {
    const r = latency('Distributed tracing with OpenTelemetry sounds attractive, but every span adds latency to every request.');
    assert.equal(r.criteria.find((c) => c.id === 'tracing')!.evidence.filter((e) => e.strength === 'full').length, 0);
  });

  it('reads a dismissal ("also unnecessary", "overkill") as rejecting the practice, and alerts on the average as a mistake', () => {
    const r = latency(
      'Correlation ids are also unnecessary, since the timestamps line up well enough.\n\nDistributed tracing is overkill for six services.\n\nWe will alert when average latency exceeds 1 second.',
    );
    const tracing = r.criteria.find((c) => c.id === 'tracing')!;
    assert.equal(tracing.evidence.filter((e) => e.strength === 'full').length, 0, tracing.evidence.map((e) => e.text).join(' | '));
    assert.ok(pitfalls(r, 'logs-slos-alerts').includes('average-slo'), pitfalls(r, 'logs-slos-alerts').join(', '));
  });
});

describe('scorer: a value set a few words after its setting', () => {
  it('reads "set the DNS TTL for these records to 1 hour" as an hour-long TTL', () => {
    const r = discovery('Set the DNS TTL for these records to 1 hour so the VMs are not constantly querying Consul.');
    assert.ok(pitfalls(r, 'health-and-balancing').includes('dns-caching-long-ttl'), pitfalls(r, 'health-and-balancing').join(', '));
    const ok = discovery('Set the DNS TTL for these records to 30 seconds, so a moved VM is picked up quickly.');
    assert.deepEqual(pitfalls(ok, 'health-and-balancing'), []);
  });
});
