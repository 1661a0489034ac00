import * as assert from 'node:assert/strict';
import { builtinRubrics, scoreAnswer, type ScoreResult } from '../../../src/scoring';

// The gateway and money-transfer rubrics: phrases that say the concept, not a word near it, and the
// wrong-but-fluent positions an interviewer would fail, each a pitfall that costs points.
const rubrics = builtinRubrics();
const score = (challenge: string, text: string): ScoreResult => scoreAnswer(text, rubrics.find((r) => r.id === challenge)!);
const criterion = (r: ScoreResult, id: string) => r.criteria.find((c) => c.id === id)!;
const concepts = (r: ScoreResult, id: string): string[] => criterion(r, id).evidence.map((e) => e.concept);
const pitfallIds = (r: ScoreResult, id: string): string[] => criterion(r, id).pitfalls.map((p) => p.id);
const gateway = (text: string): ScoreResult => score('api-gateway-security', `${text}\n`);
const transfer = (text: string): ScoreResult => score('money-transfer-2pc-vs-saga', `${text}\n`);

describe('rubric: api-gateway-security', () => {
  it('counts services trusting a bare identity header as a pitfall', () => {
    const r = gateway('The services can trust that header completely, because the gateway sets it.');
    assert.ok(pitfallIds(r, 'identity').includes('trust-client-header'), pitfallIds(r, 'identity').join(', '));
  });

  it('counts the gateway as the only security layer, and a trusted cluster network, as pitfalls', () => {
    const only = gateway('The gateway is the only security layer, so services do not need to check tokens.');
    assert.ok(pitfallIds(only, 'gateway-role').includes('only-security-layer'), pitfallIds(only, 'gateway-role').join(', '));
    const flat = gateway('Inside, I would leave service to service traffic on plain HTTP, since the cluster is a trusted network.');
    assert.ok(pitfallIds(flat, 'service-to-service').includes('trusted-network'), pitfallIds(flat, 'service-to-service').join(', '));
    assert.deepEqual(concepts(flat, 'service-to-service'), []);
  });

  it('counts resource-level authorization and retries at the gateway as pitfalls', () => {
    const authz = gateway('The gateway also does authorization down to the resource level for every order.');
    assert.ok(pitfallIds(authz, 'gateway-role').includes('logic-in-gateway'), pitfallIds(authz, 'gateway-role').join(', '));
    const retries = gateway('Three retries per request at the gateway hide transient failures from users.');
    assert.ok(pitfallIds(retries, 'gateway-role').includes('gateway-retries-timeouts'), pitfallIds(retries, 'gateway-role').join(', '));
  });

  it('counts a shared HS256 secret, permanent or yearly-rotated keys and day-long tokens as pitfalls', () => {
    const hs = gateway('I would sign tokens with a single HS256 shared secret distributed to every service.');
    assert.ok(pitfallIds(hs, 'identity').includes('shared-signing-secret'), pitfallIds(hs, 'identity').join(', '));
    const yearly = gateway('Partners keep API keys, but we rotate them every 2 years.');
    assert.ok(pitfallIds(yearly, 'identity').includes('static-keys'), pitfallIds(yearly, 'identity').join(', '));
    assert.ok(!concepts(yearly, 'identity').some((c) => /partner credentials/i.test(c)));
    const day = gateway('Users log in and get a JWT valid for 24 hours.');
    assert.ok(pitfallIds(day, 'identity').includes('long-tokens'), pitfallIds(day, 'identity').join(', '));
  });

  it('counts rate limits switched off on sale days, instant client retries and a CAPTCHA alone as pitfalls', () => {
    const off = gateway('Limits cost sales, so I would switch the rate limiter off during the on-sale window.');
    assert.ok(pitfallIds(off, 'abuse').includes('no-limits'), pitfallIds(off, 'abuse').join(', '));
    const global = gateway('A global rate limit of 20,000 requests per second on the gateway, since that is the peak.');
    assert.ok(pitfallIds(global, 'abuse').includes('no-limits'), pitfallIds(global, 'abuse').join(', '));
    const retry = gateway('Clients that get 429 should retry 3 times right away.');
    assert.ok(pitfallIds(retry, 'abuse').includes('client-retries'), pitfallIds(retry, 'abuse').join(', '));
    const captcha = gateway('Where we see bots, a CAPTCHA at checkout is enough.');
    assert.ok(pitfallIds(captcha, 'abuse').includes('captcha-only'), pitfallIds(captcha, 'abuse').join(', '));
  });

  it('gives no credit for naming a term in passing', () => {
    const today = gateway('Some services validate JWTs, two compare a static API key.');
    assert.deepEqual(concepts(today, 'identity'), []);
    const admin = gateway('The admin endpoint finding is the one that worries me most, honestly.');
    assert.deepEqual(concepts(admin, 'service-to-service'), []);
    const hedgedGroup = gateway('First we form a security working group with each service team.');
    assert.deepEqual(concepts(hedgedGroup, 'service-to-service'), []);
  });

  it('still credits the right practice, stated plainly', () => {
    const strip = gateway('The gateway strips any X-User-Id header the client sends and forwards the verified token to the services.');
    assert.ok(concepts(strip, 'identity').some((c) => /identity reaches services/i.test(c)));
    assert.deepEqual(pitfallIds(strip, 'identity'), []);
    const admin = gateway('Admin endpoints move to a separate port that the gateway never routes, reachable only through the VPN.');
    assert.ok(concepts(admin, 'service-to-service').some((c) => /admin/i.test(c)));
    const prescale = gateway('Autoscaling is too slow for a 40x jump, so we pre-scale the gateway 30 minutes before the sale.');
    assert.deepEqual(pitfallIds(prescale, 'abuse'), []);
    assert.ok(concepts(prescale, 'abuse').some((c) => /capacity/i.test(c)));
  });
});

describe('rubric: money-transfer-2pc-vs-saga', () => {
  it('counts XA across the external provider as adopting 2PC', () => {
    const r = transfer('The FX service joins the transaction as an XA resource and executes the trade in the prepare phase.');
    assert.ok(pitfallIds(r, 'decision').includes('adopt-2pc'), pitfallIds(r, 'decision').join(', '));
  });

  it('credits "the provider cannot take part in XA", not a mere mention of the provider', () => {
    const says = transfer('The liquidity provider is a third-party HTTP API that cannot take part in an XA transaction.');
    assert.ok(concepts(says, 'decision').some((c) => /cannot take part/i.test(c)));
    const mentions = transfer('The FX service calls the liquidity provider over the internet, which can be slow.');
    assert.ok(!concepts(mentions, 'decision').some((c) => /cannot take part/i.test(c)));
  });

  it('gives no credit for a timeout longer than the 10-second status promise, and takes points off', () => {
    const wrong = transfer('I would set a 30-second timeout on the FX call.');
    assert.ok(!concepts(wrong, 'no-money-lost').some((c) => /10-second/i.test(c)));
    assert.ok(pitfallIds(wrong, 'no-money-lost').includes('time-bound-too-long'), pitfallIds(wrong, 'no-money-lost').join(', '));
    const right = transfer('I would set a 3-second timeout on the FX call, so the customer sees a final status within 10 seconds.');
    assert.deepEqual(pitfallIds(right, 'no-money-lost'), []);
  });

  it('counts compensating after the FX trade as a pitfall', () => {
    const r = transfer('If the credit fails, a compensating transaction refunds the source account.');
    assert.ok(pitfallIds(r, 'no-money-lost').includes('compensate-after-pivot'), pitfallIds(r, 'no-money-lost').join(', '));
  });

  it('counts compensating the debit on a credit timeout, and retrying with a new transfer id, as pitfalls with no idempotency credit', () => {
    const r = transfer('Kafka gives us exactly-once delivery, so duplicates cannot happen; on a credit timeout we compensate the debit and retry with a new transfer id.');
    for (const id of ['exactly-once', 'compensate-on-timeout', 'new-transfer-id']) assert.ok(pitfallIds(r, 'failures-duplicates').includes(id), pitfallIds(r, 'failures-duplicates').join(', '));
    assert.deepEqual(concepts(r, 'failures-duplicates'), []);
    assert.equal(criterion(r, 'failures-duplicates').score, 0);
    assert.ok(pitfallIds(transfer('If the credit times out, we refund the sender.'), 'failures-duplicates').includes('compensate-on-timeout'));
  });

  it('credits the pivot: after the debit the credit goes forward with the same transfer id', () => {
    const r = transfer('Once the debit is posted the saga only moves forward: the credit is retried with the same transfer id until it lands.');
    assert.ok(concepts(r, 'failures-duplicates').some((c) => /retried forward/i.test(c)), concepts(r, 'failures-duplicates').join(', '));
    assert.deepEqual(pitfallIds(r, 'failures-duplicates'), []);
  });

  it('teaches a deadline that releases the hold only before the debit, never a refund while the credit may land', () => {
    const rubric = rubrics.find((x) => x.id === 'money-transfer-2pc-vs-saga')!;
    const taught = rubric.criteria.flatMap((c) => [...c.modelAnswer, ...c.concepts.flatMap((k) => [k.feedback, ...(k.settings ?? []).map((v) => v.feedback)])]);
    for (const line of taught) assert.doesNotMatch(line, /compensated to a clear final state|done or compensated|retry with backoff, then compensate|then compensate;/i, line);
    assert.ok(taught.some((l) => /FX trade is the pivot/.test(l) && /same transfer id/.test(l)));
  });

  it('counts balances in a cache or behind Redlock, and books that balance by construction, as pitfalls', () => {
    const cache = transfer('We keep balances in Redis and guard each account with Redlock.');
    assert.ok(pitfallIds(cache, 'no-money-lost').includes('balances-in-cache'), pitfallIds(cache, 'no-money-lost').join(', '));
    const built = transfer('Because every transfer is atomic, the books balance by construction.');
    assert.ok(pitfallIds(built, 'verification').includes('balance-by-construction'), pitfallIds(built, 'verification').join(', '));
  });

  it('counts claims that duplicates are impossible as a pitfall', () => {
    const r = transfer('With Kafka transactions, duplicates are impossible, so the API needs no idempotency keys.');
    assert.ok(pitfallIds(r, 'failures-duplicates').includes('no-idempotency'), pitfallIds(r, 'failures-duplicates').join(', '));
  });

  it('gives no hold credit for a status column, and no reconciliation credit for keeping the nightly batch', () => {
    const status = transfer('The Transfers service keeps a status for each transfer (PENDING, DEBITED, CREDITED, FAILED).');
    assert.ok(!concepts(status, 'no-money-lost').some((c) => /reserves the funds/i.test(c)));
    const nightly = transfer('I would keep the nightly batch reconciliation and email a report to finance.');
    assert.deepEqual(concepts(nightly, 'verification'), []);
    assert.ok(pitfallIds(nightly, 'verification').includes('nightly-only'), pitfallIds(nightly, 'verification').join(', '));
  });

  it('still credits a hold, continuous reconciliation and retrying forward after the trade', () => {
    const hold = transfer('Step one places a hold on the source account, so the money is never unaccounted for.');
    assert.ok(concepts(hold, 'no-money-lost').some((c) => /reserves the funds/i.test(c)));
    const recon = transfer('Every minute, a reconciler compares the transit account with the provider statement, so a gap like the pilot’s shows in minutes.');
    assert.ok(concepts(recon, 'verification').some((c) => /reconciliation/i.test(c)));
    const forward = transfer('After the FX trade we only retry the credit forward, with the same idempotency key, until it lands.');
    assert.deepEqual(pitfallIds(forward, 'no-money-lost'), []);
  });
});

describe('rubric: money-transfer-2pc-vs-saga, an argument and a rule are not a plan', () => {
  it('a concession against 2PC does not adopt it, and an invariant orders no steps', () => {
    const concedes = transfer('At best we get XA across our own shards, and the FX leg stays outside anyway, so we use a saga.');
    assert.ok(!pitfallIds(concedes, 'decision').includes('adopt-2pc'), pitfallIds(concedes, 'decision').join(', '));
    const rule = transfer('Every in-transit credit on a source shard must pair with a debit of the same transfer id on the destination shard.');
    assert.ok(!pitfallIds(rule, 'no-money-lost').includes('credit-before-debit'), pitfallIds(rule, 'no-money-lost').join(', '));
    // Crediting first, as a plan, still costs points.
    const plan = transfer('First we credit the payee, then we debit the sender.');
    assert.ok(pitfallIds(plan, 'no-money-lost').includes('credit-before-debit'), pitfallIds(plan, 'no-money-lost').join(', '));
  });
});

describe('rubric: money-transfer-2pc-vs-saga, a cited proposal and a named step are not the plan', () => {
  it('a proposal quoted to be refuted is not adopted', () => {
    const cited = transfer('The FX provider will never be an XA resource manager, so "2PC across the shards and FX" cannot be atomic where it matters.');
    assert.ok(!pitfallIds(cited, 'decision').includes('adopt-2pc'), pitfallIds(cited, 'decision').join(', '));
    // Said as the plan, unquoted, it still is.
    const adopted = transfer('We use 2PC across the shards and FX so that every transfer is atomic.');
    assert.ok(pitfallIds(adopted, 'decision').includes('adopt-2pc'), pitfallIds(adopted, 'decision').join(', '));
  });

  it('a step named before it is done reads in the order it is done', () => {
    // "*Credit leg*" names the step; the debit of the transit account comes before the credit of the payee.
    const leg = transfer('*Credit leg*, one local transaction on B\'s shard: debit the clearing account 100 €, credit B 100 €, mark the leg done.');
    assert.ok(!pitfallIds(leg, 'no-money-lost').includes('credit-before-debit'), pitfallIds(leg, 'no-money-lost').join(', '));
    const wrong = transfer('We credit the payee, and then debit the sender once the FX trade settles.');
    assert.ok(pitfallIds(wrong, 'no-money-lost').includes('credit-before-debit'), pitfallIds(wrong, 'no-money-lost').join(', '));
  });
});
