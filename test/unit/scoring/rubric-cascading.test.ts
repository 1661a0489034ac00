// The cascading-failure rubric reads the settings and shapes an interviewer would fail, not only the names.
import * as assert from 'node:assert/strict';
import { builtinRubrics, scoreAnswer, type ScoreResult } from '../../../src/scoring';

const rubric = builtinRubrics().find((r) => r.id === 'cascading-failure-resilience')!;
const score = (text: string): ScoreResult => scoreAnswer(`${text}\n`, rubric);
const pitfalls = (r: ScoreResult, criterion: string): string[] => r.criteria.find((c) => c.id === criterion)!.pitfalls.map((p) => p.id);
const concepts = (r: ScoreResult, criterion: string): string[] => r.criteria.find((c) => c.id === criterion)!.evidence.map((e) => e.concept);

describe('rubric: cascading failure', () => {
  it("restating the scenario's own settings in an analysis costs nothing; keeping or endorsing them does", () => {
    const analysis = score('With a 30-second timeout, a hung Inventory call pins a gateway connection for 30 s, and three immediate retries stretch that to 120 s.');
    assert.deepEqual(pitfalls(analysis, 'timeouts-retries'), []);
    const kept = score('The 30-second timeout and three immediate retries are fine, so we keep them.');
    assert.ok(pitfalls(kept, 'timeouts-retries').includes('immediate-retries'), pitfalls(kept, 'timeouts-retries').join(', '));
    const ordered = score('Keep the 30-second timeout and the three immediate retries per hop.');
    assert.ok(pitfalls(ordered, 'timeouts-retries').length > 0);
  });

  it('bigger pools, more gateway instances and deep health checks are the wrong fixes', () => {
    assert.ok(pitfalls(score('For bulkhead, I will make the thread pool of Inventory bigger, 500 threads instead of 200.'), 'breakers-bulkheads').includes('shared-pool'));
    assert.ok(pitfalls(score('Scale the gateway from 10 to 20 instances so there are more connections available at peak.'), 'degradation-gateway').includes('scale-out-fix'));
    assert.ok(pitfalls(score('The LB health check should hit /health/detailed so a gateway that cannot reach dependencies is removed.'), 'degradation-gateway').includes('deep-health-checks'));
  });

  it('keeping Inventory and Shipping synchronous with the rest is the all-synchronous mistake', () => {
    const r = score('Catalog, Pricing, Inventory, Recommendations and Shipping stay synchronous because the page needs them.');
    assert.ok(pitfalls(r, 'sync-async').includes('all-synchronous'), pitfalls(r, 'sync-async').join(', '));
  });

  it('"async" about reviews is not stock by events, and a "default" timeout is not a fallback', () => {
    assert.deepEqual(concepts(score('Reviews can be async, loaded later by the browser.'), 'sync-async').filter((c) => /stock/i.test(c)), []);
    assert.deepEqual(concepts(score('The 30 s default is too long.'), 'degradation-gateway').filter((c) => /fallback/i.test(c)), []);
  });

  it('a breaker\'s window and open time are not a timeout setting', () => {
    const r = score('**Circuit breakers**, one per dependency, open when 50 % of calls fail or time out in a 10 s window, stay open 15 s, then let 5 trial calls through half-open.');
    assert.deepEqual(pitfalls(r, 'timeouts-retries'), []);
  });

  it('three retries kept with a fixed wait on all hops cost points', () => {
    const r = score('Keep 3 retries but add a fixed wait of 100 ms between them, on all hops.');
    assert.ok(pitfalls(r, 'timeouts-retries').length > 0, pitfalls(r, 'timeouts-retries').join(', '));
  });
});

describe('rubric: cascading failure, numbers that set nothing', () => {
  it("a breaker's sliding window is no timeout, and working out what retries multiply to is no retry setting", () => {
    const window = score('The breaker opens when half the calls fail or exceed the slow-call threshold over a 10 s sliding window.');
    assert.ok(!pitfalls(window, 'timeouts-retries').includes('short-timeouts-too-long'), pitfalls(window, 'timeouts-retries').join(', '));
    const sum = score('Retry only idempotent reads, at one layer, never at every hop: three layers each retrying 3 times is 4³ = 64 attempts per click.');
    assert.deepEqual(pitfalls(sum, 'timeouts-retries'), []);
    // A timeout actually set too long still costs points.
    const long = score('Every call to Inventory gets a 20 second timeout.');
    assert.ok(pitfalls(long, 'timeouts-retries').includes('short-timeouts-too-long'), pitfalls(long, 'timeouts-retries').join(', '));
  });
});

describe('rubric: cascading failure, a toolkit of names', () => {
  it('scores a bulleted list of tools far below a reasoned answer, and reads "increase the pool sizes" as the bigger-pools mistake', () => {
    const list = score('**Breakers and bulkheads**\n\n- Hystrix / Resilience4j circuit breakers\n- Bulkhead pattern (thread pool isolation)\n- Envoy outlier detection\n- Increase Inventory thread pool and gateway connection pool sizes so they do not fill up again');
    const breakers = list.criteria.find((c) => c.id === 'breakers-bulkheads')!;
    assert.ok(breakers.score <= 10, `${breakers.score}`);
    assert.ok(pitfalls(list, 'degradation-gateway').concat(pitfalls(list, 'breakers-bulkheads')).includes('shared-pool'), JSON.stringify(list.criteria.map((c) => c.pitfalls.map((p) => p.id))));
  });
});

describe('rubric: cascading failure, facts are the scenario, not the topic', () => {
  it('a thread pool or a Saturday named in general ties nothing; the 8-second warehouse does', () => {
    const topic = score('Bulkheads give every dependency its own thread pool, so one slow call on a busy Saturday cannot take the rest.');
    assert.ok(topic.criteria.every((c) => c.evidence.every((e) => e.fact === undefined)), JSON.stringify(topic.criteria.flatMap((c) => c.evidence.map((e) => e.fact))));
    const scenario = score('The warehouse database went to 8 seconds a query, so every call to Inventory gets its own bulkhead of 20 connections.');
    assert.ok(scenario.criteria.some((c) => c.evidence.some((e) => e.fact === 'The warehouse database slowed to 8 seconds per query')));
  });
});
