import * as assert from 'node:assert/strict';
import { builtinRubrics, scoreAnswer, type ScoreResult } from '../../../src/scoring';

const rubrics = builtinRubrics();
const score = (challenge: string, text: string): ScoreResult => scoreAnswer(text, rubrics.find((r) => r.id === challenge)!);
const criterion = (r: ScoreResult, id: string) => r.criteria.find((c) => c.id === id)!;
const concepts = (r: ScoreResult, id: string): string[] => criterion(r, id).evidence.map((e) => e.concept);
const pitfallIds = (r: ScoreResult): string[] => r.criteria.flatMap((c) => c.pitfalls.map((p) => p.id));
/** The answer is charged with the pitfall, or not; a failure lists the pitfalls found. */
const hasPitfall = (r: ScoreResult, id: string): void => assert.ok(pitfallIds(r).includes(id), pitfallIds(r).join(', '));
const lacksPitfall = (r: ScoreResult, id: string): void => assert.ok(!pitfallIds(r).includes(id), pitfallIds(r).join(', '));
/** The answer is not charged with rejecting a good practice. */
const rejectsNothing = (r: ScoreResult): void => assert.ok(!pitfallIds(r).some((id) => id.startsWith('rejects-')), pitfallIds(r).join(', '));

describe('scorer: credit only for what the answer adopts', () => {
  it('gives no breaker credit for "I would not add circuit breakers", and counts the rejection as a pitfall', () => {
    const adopt = score('cascading-failure-resilience', 'I would add a circuit breaker around the Inventory call.\n');
    const reject = score('cascading-failure-resilience', 'I would not add circuit breakers.\n');
    assert.ok(concepts(adopt, 'breakers-bulkheads').some((c) => /circuit breaker/i.test(c)));
    assert.deepEqual(concepts(reject, 'breakers-bulkheads'), []);
    hasPitfall(reject, 'rejects-circuit-breaker');
  });

  it('treats rejecting a good practice as a pitfall on other challenges too', () => {
    const travel = score('travel-booking-saga', 'We will not use idempotency keys on the partner calls.\n');
    const gateway = score('api-gateway-security', 'We will issue access tokens that stay valid for 30 days.\n');
    assert.ok(criterion(gateway, 'identity').pitfalls.some((p) => p.id === 'tokens-long-lived'), pitfallIds(gateway).join(', '));
    assert.deepEqual(concepts(travel, 'retries-duplicates'), []);
    hasPitfall(travel, 'rejects-idempotency');
    const release = score('risky-release-deployment', 'We do not need a canary for this release.\n');
    hasPitfall(release, 'rejects-canary');
  });

  it('does not mistake a double negative or a description of the incident for a rejection', () => {
    const never = score('cascading-failure-resilience', 'Never retry without exponential backoff and jitter.\n');
    assert.ok(concepts(never, 'timeouts-retries').length > 0);
    const narrated = score('cascading-failure-resilience', 'On Saturday there were no circuit breakers anywhere.\n');
    assert.deepEqual(pitfallIds(narrated), []);
  });

  it('gives nothing for the scenario told back in prose, and credits the same facts used as reasons', () => {
    const told = score('travel-booking-saga', 'Some customers got two hotel rooms because the app retried. Support spent a week refunding by hand.\n');
    assert.equal(told.total, 0);
    assert.deepEqual(told.criteria.flatMap((c) => c.evidence), []);
    const used = score('travel-booking-saga', 'Every reserve call carries an idempotency key, so a retry from the app never books a second hotel room.\n');
    assert.ok(concepts(used, 'retries-duplicates').length > 0);
    // The scenario's words given as a reason still argue: "it also lets the ML team work in Python".
    const reason = score('ecommerce-migration', 'I would extract the recommendation engine first. It also lets the ML team work in Python.\n');
    assert.ok(concepts(reason, 'extract-first').some((c) => /ML team/.test(c)), concepts(reason, 'extract-first').join(', '));
  });

  it('reads "not just X" as more than X, a refusal "while we run three services" as a deferral, and avoided debt as hygiene', () => {
    const probe = score('choose-service-discovery', 'The readiness probe should check the pod can really serve, for example that its tables are loaded, not just that the process is alive.\n');
    rejectsNothing(probe);
    const mesh = score('ecommerce-migration', 'No service mesh while we run two or three services; we revisit when mTLS or traffic policy needs justify it.\n');
    rejectsNothing(mesh);
    const flags = score('risky-release-deployment', 'The flag is removed in January along with the contract step, so we don\'t carry flag debt.\n');
    assert.deepEqual(pitfallIds(flags), []);
    assert.ok(concepts(flags, 'flags-compatibility').length > 0);
  });

  it('takes a one-hour client-credentials token and seven days of trace retention for what they are', () => {
    const token = score('api-gateway-security', 'Partners move to OAuth2 client credentials, scoped per partner, with tokens valid 1 hour.\n');
    lacksPitfall(token, 'long-tokens');
    const traces = score('latency-incident-observability', '| Backend | Tempo or Jaeger, with 7 days of retention |\n');
    lacksPitfall(traces, 'logs-on-pods');
    const pods = score('latency-incident-observability', 'Logs stay on the pods with one day of retention; that is enough.\n');
    hasPitfall(pods, 'logs-on-pods');
  });

  it("reads a transcript's interviewer lines as questions, and last month's problem as the story", () => {
    const transcript = [
      '**Interviewer:** The VP will say it is cheaper to split now than later. Would you split into 12 services?',
      '',
      '**Pablo:** No. Make it a modular monolith, because eight engineers cannot run twelve services.',
      '',
    ].join('\n');
    assert.deepEqual(pitfallIds(score('stay-modular-monolith', transcript)), []);
    const story = score('stay-modular-monolith', 'The real problem last month: reporting code reads invoice tables directly, no test.\n');
    assert.deepEqual(pitfallIds(story), []);
    // The cause told as where the breakage came from is what was missing, not a refusal of tests.
    const cause = score('stay-modular-monolith', 'The reporting breakage came from an unowned dependency on a table with no test.\n');
    assert.deepEqual(pitfallIds(cause), []);
    assert.ok(pitfallIds(score('stay-modular-monolith', 'We will not write tests for the reports; we split now.\n')).length > 0);
  });

  it('reads a "What to do instead" section as the plan, and a Problem column as the reason for its fix', () => {
    const section = score('stay-modular-monolith', '## What to do instead\n\nMake it a modular monolith: Django apps per domain with import-linter rules in CI.\n');
    assert.ok(concepts(section, 'instead').length > 0, concepts(section, 'instead').join(', '));
    const table = (header: string): ScoreResult =>
      score('stay-modular-monolith', `## Instead\n\n| ${header} | Fix |\n|---|---|\n| Reports read invoice tables directly | Contract tests for the reporting interface, run in CI on every PR |\n`);
    const strength = (r: ScoreResult): string[] => criterion(r, 'instead').evidence.map((e) => e.strength);
    assert.ok(strength(table('Problem')).includes('full'), strength(table('Problem')).join(', '));
    assert.ok(!strength(table('Owner')).includes('full'), strength(table('Owner')).join(', '));
  });

  it('reads "the ticket fee" as a fee, not as a ticket issued before the holds', () => {
    const r = score('travel-booking-saga', 'The ordering matters because of the 150 euro ticket fee and the 30-minute seat hold.\n');
    assert.deepEqual(pitfallIds(r), []);
  });

  it('gives no timeout credit for "raise the timeout to 60 seconds", and takes points off', () => {
    const right = score('cascading-failure-resilience', 'Set a 300 ms timeout on each call from the gateway.\n');
    const wrong = score('cascading-failure-resilience', 'Raise the gateway timeout to 60 seconds so slow calls can finish.\n');
    assert.ok(concepts(right, 'timeouts-retries').some((c) => /timeout/i.test(c)));
    assert.deepEqual(concepts(wrong, 'timeouts-retries'), []);
    assert.ok(criterion(wrong, 'timeouts-retries').pitfalls.length > 0);
  });

  it('reads the value being replaced apart from the value being set', () => {
    const r = score('cascading-failure-resilience', 'Replace the 30-second default with a 250 ms timeout per dependency.\n');
    assert.ok(concepts(r, 'timeouts-retries').some((c) => /timeout/i.test(c)));
    assert.deepEqual(criterion(r, 'timeouts-retries').pitfalls, []);
  });

  it('costs points for many immediate retries', () => {
    const r = score('cascading-failure-resilience', 'We will keep five immediate retries on every call.\n');
    assert.ok(criterion(r, 'timeouts-retries').pitfalls.length > 0);
  });

  it('never earns idempotency credit for "exactly once", and counts the claim as a pitfall', () => {
    for (const [challenge, id] of [
      ['travel-booking-saga', 'retries-duplicates'],
      ['money-transfer-2pc-vs-saga', 'failures-duplicates'],
    ]) {
      const r = score(challenge, 'Kafka delivers every message exactly once, so duplicates cannot happen.\n');
      assert.ok(!concepts(r, id).some((c) => /idempoten/i.test(c)), `${challenge}: ${concepts(r, id).join(', ')}`);
      assert.ok(pitfallIds(r).includes('exactly-once'), `${challenge}: ${pitfallIds(r).join(', ')}`);
    }
  });

  it('reads the order of steps: charging before the holds is a pitfall, holding first is not', () => {
    const wrong = score('travel-booking-saga', 'The orchestrator charges the card, then reserves the flight, the hotel and the car.\n');
    const right = score('travel-booking-saga', 'The orchestrator reserves the flight, the hotel and the car, then charges the card.\n');
    const after = score('travel-booking-saga', 'The orchestrator charges the card only after the flight, hotel and car are reserved.\n');
    assert.ok(pitfallIds(wrong).includes('charge-before-hold'));
    assert.ok(!pitfallIds(right).includes('charge-before-hold'));
    assert.ok(!pitfallIds(after).includes('charge-before-hold'));
    const money = score('money-transfer-2pc-vs-saga', 'We credit the recipient first and debit the sender afterwards.\n');
    hasPitfall(money, 'credit-before-debit');
  });

  it('scores a fluent answer that argues against every good practice below a plain mediocre one', () => {
    const fluentWrong = [
      '# Plan',
      '',
      'Timeouts should be raised to 45 seconds so every request completes, and we keep three immediate retries at every hop because more attempts mean more successes.',
      'I would not add circuit breakers, since they fail requests that might have worked, and bulkheads are not needed: one large shared pool uses capacity better.',
      'All six calls should stay synchronous so the page is always exact; an event-fed read model would show stale stock.',
      'There is no need for a degraded page. The real fix is capacity, so we add more gateway instances.',
      '',
    ].join('\n');
    const plainMediocre = [
      '# Plan',
      '',
      'Use shorter timeouts on the calls, around one second.',
      'Add a circuit breaker for Inventory.',
      'Show the page without reviews when Reviews is down.',
      '',
    ].join('\n');
    const wrong = score('cascading-failure-resilience', fluentWrong);
    const mediocre = score('cascading-failure-resilience', plainMediocre);
    assert.ok(wrong.total < mediocre.total, `${wrong.total} < ${mediocre.total}`);
    assert.ok(wrong.total <= 10, `fluent wrong answer scored ${wrong.total}`);
  });

  it('reads a decimal setting whole: a 1.5 s timeout at checkout is not a 5-second one', () => {
    const r = score('cascading-failure-resilience', 'Reserving stock at checkout is a synchronous call with its own 1.5 s timeout.\n');
    assert.deepEqual(pitfallIds(r), []);
    const slow = score('cascading-failure-resilience', 'Reserving stock at checkout is a synchronous call with its own 5.5 s timeout.\n');
    assert.ok(criterion(slow, 'timeouts-retries').pitfalls.length > 0, pitfallIds(slow).join(', '));
  });

  it('gives no credit to a practice that a later clause condemns through a pronoun', () => {
    const r = score('cascading-failure-resilience', 'Circuit breakers are often suggested for this, but I think they would have made Saturday worse.\n');
    assert.deepEqual(concepts(r, 'breakers-bulkheads'), []);
    const gateway = score('api-gateway-security', 'Network policies are similar, they are hard to maintain with 18 services.\n');
    assert.deepEqual(concepts(gateway, 'service-to-service'), []);
  });

  it('does not call a deferral, a refusal of the manner or a described behaviour a rejected practice', () => {
    const deferred = score('ecommerce-migration', 'We will not install a service mesh for the first three services.\n');
    rejectsNothing(deferred);
    const manner = score('ecommerce-migration', 'We cannot split the whole database in one day.\n');
    rejectsNothing(manner);
    const behaviour = score('ecommerce-migration', 'If the breaker is open, the trending shelf is shown, and checkout never waits on personalisation again.\n');
    rejectsNothing(behaviour);
  });

  it('does not take a value the answer calls the cause, or the incident it narrates, for its plan', () => {
    const cause = score('cascading-failure-resilience', 'The 30-second default is the root problem: any call allowed to wait 30 seconds will hold a gateway connection far longer than the user will wait.\n');
    assert.deepEqual(pitfallIds(cause), []);
    const narrated = score('cascading-failure-resilience', 'With Inventory stuck, each call held a connection up to 30 s, and three immediate retries made it up to 120 s.\n');
    assert.deepEqual(pitfallIds(narrated), []);
    const reason = score('cascading-failure-resilience', 'Retries use exponential backoff with jitter, because immediate retries multiply load.\n');
    assert.deepEqual(pitfallIds(reason), []);
  });

  it('reads a refusal limited by a condition ("never compensate on a timeout") as a rule, not a rejected practice', () => {
    const rule = score('money-transfer-2pc-vs-saga', 'We never compensate on a timeout; the credit is retried forward with the same transfer id.\n');
    rejectsNothing(rule);
    assert.ok(concepts(rule, 'failures-duplicates').some((c) => /retried forward/i.test(c)), concepts(rule, 'failures-duplicates').join(', '));
    rejectsNothing(score('cascading-failure-resilience', 'We do not retry while the circuit breaker is open.\n'));
    // A flat refusal still counts, and "exactly once" is a count, not a condition.
    hasPitfall(score('money-transfer-2pc-vs-saga', 'We will not use compensating entries.\n'), 'rejects-compensating-entries');
    hasPitfall(score('cascading-failure-resilience', 'I would not add circuit breakers, since Kafka delivers exactly once.\n'), 'rejects-circuit-breaker');
  });

  it('reads a "does NOT" column as what the design leaves out, and a long first cell as a statement', () => {
    const table = [
      '| The gateway does | The gateway does NOT |',
      '|---|---|',
      '| Be the only public entry point: the 18 public load balancers go, and services get private addresses only | Act as the only security layer, because every service still verifies the token |',
      '',
    ].join('\n');
    const r = score('api-gateway-security', table);
    lacksPitfall(r, 'only-security-layer');
    rejectsNothing(r);
    assert.ok(concepts(r, 'gateway-role').some((c) => /one entry point/i.test(c)), concepts(r, 'gateway-role').join(', '));
    // A short first cell still labels its row, and the same claim outside such a column is still a pitfall.
    const labelled = score('api-gateway-security', '| Layer | Decision |\n|---|---|\n| Edge | The gateway is the only security layer we need |\n');
    hasPitfall(labelled, 'only-security-layer');
  });

  it('credits a survey of the field as little as a hedge', () => {
    const decided = score('choose-service-discovery', 'Inside the cluster we use Kubernetes Services and cluster DNS for discovery.\n');
    const survey = score('choose-service-discovery', 'There are several kinds of discovery, and Kubernetes Services with cluster DNS are often recommended for this.\n');
    assert.ok(criterion(survey, 'in-cluster').score < criterion(decided, 'in-cluster').score / 2, `${criterion(survey, 'in-cluster').score} vs ${criterion(decided, 'in-cluster').score}`);
  });

  it('keeps only half of a criterion\'s credit when the answer also argues for its anti-pattern there', () => {
    const good = 'Set a 300 ms timeout on each call from the gateway, because the page has a one-second budget.\n';
    const plain = score('cascading-failure-resilience', good);
    const mixed = score('cascading-failure-resilience', `${good}\nWe will keep five immediate retries on every call.\n`);
    const penalty = criterion(mixed, 'timeouts-retries').pitfalls.reduce((sum, p) => sum + p.penalty, 0);
    assert.ok(criterion(mixed, 'timeouts-retries').score <= Math.max(0, Math.round(criterion(plain, 'timeouts-retries').score / 2 - penalty) + 1));
  });

  it('caps a criterion argued without the scenario\'s facts, as the grading guide\'s bands do', () => {
    const generic = score(
      'cascading-failure-resilience',
      'Each call gets a short timeout, because a slow dependency must not hold threads. Retries use exponential backoff with jitter, because retries with no pause multiply load, and happen only for idempotent reads at one layer.\n',
    );
    const c = criterion(generic, 'timeouts-retries');
    assert.ok(c.evidence.length > 0 && c.evidence.every((e) => !e.fact));
    assert.ok(c.score <= Math.round(c.max * 0.64), `${c.score}/${c.max}`);
  });

  it('reads a step put first even when a failure path refunds it later', () => {
    const r = score('ecommerce-migration', 'The order service charges the card first and after it reserves the inventory, and if inventory fails we refund the card.\n');
    hasPitfall(r, 'charge-before-reserve');
    const undo = score('ecommerce-migration', 'If the stock cannot be reserved, refund the charge and then release the hold.\n');
    lacksPitfall(undo, 'charge-before-reserve');
  });

  it('reads the phase of a two-phase commit as no gradual migration: refusing 2PC is not refusing the strangler fig', () => {
    const refused = score('ecommerce-migration', 'We extract payments first.\n\nNo two-phase commit.\n');
    lacksPitfall(refused, 'rejects-strangler');
    const adopted = score('ecommerce-migration', 'We use two-phase commit across the new services.\n');
    hasPitfall(adopted, 'two-phase-commit');
    assert.equal(adopted.criteria.find((c) => c.id === 'extract-first')!.score, 0);
    const phases = score('ecommerce-migration', 'We move traffic to the recommendation service in phases behind a facade.\n');
    assert.ok(phases.criteria.find((c) => c.id === 'extract-first')!.score > 0);
  });

  it('costs points for a 30-second timeout and three immediate retries on the recommendation call', () => {
    const r = score('ecommerce-migration', 'The monolith calls the recommendation service with a timeout of 30 seconds, and if it fails we retry three times immediately.\n');
    const ids = pitfallIds(r);
    assert.ok(ids.some((id) => id.endsWith('too-long')) && ids.includes('eager-retries'), ids.join(', '));
  });

  it('scores a 1,000-word answer as you type: under 200 ms even on a loaded machine (about 2 ms idle; `npm run bench` measures it)', () => {
    const paragraph =
      'Each call from the gateway gets a 300 ms timeout inside a one-second page budget, because the warehouse slowed to 8 seconds. I would not add more retries; one retry with exponential backoff and jitter is enough. ';
    const text = `# Answer\n\n${paragraph.repeat(25)}\n`;
    assert.ok(text.split(/\s+/).length > 900);
    const rubric = rubrics.find((r) => r.id === 'cascading-failure-resilience')!;
    for (let i = 0; i < 10; i++) scoreAnswer(text, rubric);
    // The best of five batches: a busy machine may slow one batch, never the scorer itself.
    let ms = Infinity;
    for (let batch = 0; batch < 5; batch++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < 5; i++) scoreAnswer(text, rubric);
      ms = Math.min(ms, Number(process.hrtime.bigint() - start) / 5e6);
    }
    assert.ok(ms < 200, `${ms.toFixed(2)} ms per answer`);
  });
});

describe('scorer: the story of the incident, and arguments for a refusal', () => {
  it('reads "no test noticed" as what happened, not as refusing tests', () => {
    const r = score('stay-modular-monolith', '- **The incident was a coupling problem.** Reports read invoice tables directly and no test noticed.\n');
    lacksPitfall(r, 'split-now');
    lacksPitfall(r, 'skip-groundwork');
  });

  it('reads "bigger pools are not the fix" as dismissing bigger pools', () => {
    lacksPitfall(score('cascading-failure-resilience', '- Bigger pools are NOT the fix: they just let more requests wait on the slow thing.\n'), 'shared-pool');
    hasPitfall(score('cascading-failure-resilience', '- The fix is bigger pools, so more requests can wait on the slow thing.\n'), 'shared-pool');
  });

  it('does not take the settings told under "What actually happened" for the plan', () => {
    const story = '## What actually happened\n\n- Each page waits on Inventory up to 30 s, with 3 immediate retries.\n';
    lacksPitfall(score('cascading-failure-resilience', story), 'immediate-retries');
    hasPitfall(score('cascading-failure-resilience', '## Plan\n\n- Each page retries Inventory 3 times, immediate retries, no backoff.\n'), 'immediate-retries');
  });

  it('gives no credit to the terms of a paragraph that argues for refusing circuit breakers', () => {
    const refusal = score(
      'cascading-failure-resilience',
      'I would not add circuit breakers. A breaker per dependency that opens after five failures only fails requests that might have succeeded. Libraries like Resilience4j add thresholds nobody remembers.\n',
    );
    assert.deepEqual(concepts(refusal, 'breakers-bulkheads'), []);
    hasPitfall(refusal, 'rejects-circuit-breaker');
  });
});

describe('scorer: warnings, causes, wrong settings and manner words', () => {
  it('reads the items under a warning lead-in ("can hurt if:") as dangers named, not as the plan', () => {
    const warned = score('cascading-failure-resilience', '- The load balancer can hurt if:\n  - it retries on timeout, adding one more retry layer.\n  - its health check is deep.\n');
    const planned = score('cascading-failure-resilience', '- The load balancer retries on timeout, adding one more retry layer.\n');
    lacksPitfall(warned, 'more-waiting');
    hasPitfall(planned, 'more-waiting');
    assert.ok(warned.total > planned.total);
  });

  it('reads "was caused by … with no contract and no test" as the cause told, not a refusal of tests', () => {
    const cause = score('stay-modular-monolith', "The breakage was caused by reporting reading another module's tables with no contract and no test.\n");
    const plan = score('stay-modular-monolith', "Reporting reads another module's tables with no contract and no test.\n");
    lacksPitfall(cause, 'skip-groundwork');
    hasPitfall(plan, 'skip-groundwork');
  });

  it('a timeout set wrongly earns nothing for any criterion, not only the one that names the setting', () => {
    const wrong = score('ecommerce-migration', 'I would give the recommendation call a 10-second timeout with three retries.\n');
    const right = score('ecommerce-migration', 'I would give the recommendation call a 300 ms timeout and fall back to bestsellers.\n');
    hasPitfall(wrong, 'fallback-too-long');
    assert.deepEqual(concepts(wrong, 'infrastructure'), []);
    assert.ok(concepts(right, 'infrastructure').some((c) => /timeouts/i.test(c)));
  });

  it('"applied thoughtfully, with backoff in mind" decides less than the same practice stated plainly', () => {
    const vague = score('cascading-failure-resilience', 'Retries should be applied thoughtfully, with exponential backoff and jitter in mind, so that the system avoids retry storms.\n');
    const plain = score('cascading-failure-resilience', 'Retries should be applied with exponential backoff and jitter, so that the system avoids retry storms.\n');
    assert.ok(criterion(vague, 'timeouts-retries').score < criterion(plain, 'timeouts-retries').score);
  });
});

describe('scorer: steps read in the order the answer puts them (issue 14)', () => {
  it('a numbered plan that charges and tickets before the holds is the wrong order, and earns nothing for its steps', () => {
    const wrong = '## Steps\n\n1. **Charge the card** for the full package.\n2. **Issue the airline ticket** straight away.\n3. **Book the hotel.**\n4. **Book the car.**\n';
    const right = '## Steps\n\n1. Hold the seat with the airline (valid 30 minutes).\n2. Book the hotel on free cancellation.\n3. Book the car.\n4. Authorise the card.\n5. Issue the ticket and capture the payment.\n';
    hasPitfall(score('travel-booking-saga', wrong), 'charge-before-hold');
    lacksPitfall(score('travel-booking-saga', right), 'charge-before-hold');
    // A list of compensations runs in reverse by design.
    lacksPitfall(score('travel-booking-saga', '## Undo\n\n1. Refund the charge.\n2. Cancel the car.\n3. Release the seat hold.\n'), 'charge-before-hold');
  });

  it('a step in a condition, a fact told, or locks held put nothing in the wrong order', () => {
    lacksPitfall(score('travel-booking-saga', 'A hold is free for 30 minutes, but once the ticket is issued, refunding costs 150 euros.\n'), 'charge-before-hold');
    lacksPitfall(score('travel-booking-saga', 'Capture the payment and confirm the hotel if the partner distinguishes hold and confirm.\n'), 'charge-before-hold');
    lacksPitfall(score('travel-booking-saga', 'In short: the seat hold and the free cancellations first, charge and issue the ticket last.\n'), 'charge-before-hold');
    lacksPitfall(score('money-transfer-2pc-vs-saga', 'Payroll accounts fan out thousands of credits; holding locks on those hot rows across a WAN serialises the peak.\n'), 'credit-before-debit');
    // The wrong order said outright still counts.
    hasPitfall(score('travel-booking-saga', 'Charge the card first, then hold the seat.\n'), 'charge-before-hold');
  });

  it('an XA coordinator over the partners is a distributed transaction; retries counted from a budget are not too many', () => {
    hasPitfall(score('travel-booking-saga', 'The Booking service acts as an XA coordinator over the GDS, the hotel partner and the car partner.\n'), 'one-transaction');
    const budget = score('money-transfer-2pc-vs-saga', 'Retries use exponential backoff with jitter and a 2 s per-call timeout, so about five attempts fit in the 10 s window.\n');
    lacksPitfall(budget, 'retries-too-many');
    hasPitfall(score('money-transfer-2pc-vs-saga', 'Retry each failed step 10 times with backoff.\n'), 'retries-too-many');
  });
});

describe('scorer: the story of what went wrong, and a weakness named, are not the plan (issue 14)', () => {
  it('the incident told with a bold lead-in, "it was …", or "is what multiplied" refuses nothing and advocates nothing', () => {
    const monolith = '**Recommendation:** keep one deployable and make it a modular monolith.\n\n**The actual incident** was reporting code reading invoice tables directly, with no test for it.\n';
    lacksPitfall(score('stay-modular-monolith', monolith), 'split-now');
    lacksPitfall(score('stay-modular-monolith', 'Keep the monolith. It was one module reaching into another\'s tables with no test to catch the break.\n'), 'split-now');
    lacksPitfall(score('cascading-failure-resilience', '- Retrying at every hop is what multiplied the load on the warehouse; I\'d retry only at the gateway.\n'), 'immediate-retries');
    lacksPitfall(score('api-gateway-security', 'The incidents describe the problem: a partner key that never expired and an admin endpoint facing the internet.\n'), 'static-keys');
    // The same mistakes proposed still count.
    hasPitfall(score('stay-modular-monolith', 'We should split into 12 services now, as the VP asks.\n'), 'split-now');
    hasPitfall(score('cascading-failure-resilience', '- Keep three retries at every hop.\n'), 'immediate-retries');
  });

  it('an error page kept for the core alone is not all or nothing; an error page for any failure is', () => {
    lacksPitfall(score('cascading-failure-resilience', '- Reviews failing: hide them. Only a Catalog or Pricing failure justifies an error page.\n'), 'all-or-nothing-page');
    hasPitfall(score('cascading-failure-resilience', '- If any of the six calls fails, we show an error page.\n'), 'all-or-nothing-page');
  });

  it('"would be a single point of failure" and "are not enough" argue against what they name; "alone are not enough" does not', () => {
    const against = score('travel-booking-saga', 'An orchestrator would be a single point of failure sitting in the middle of 40 bookings per second.\n');
    assert.ok(!concepts(against, 'coordination').some((c) => /orchestrator/i.test(c)), concepts(against, 'coordination').join(', '));
    const enough = (text: string): string[] => concepts(score('choose-service-discovery', text), 'in-cluster');
    assert.deepEqual(enough('Kubernetes Services and cluster DNS are not enough for us.\n'), []);
    assert.ok(enough('Kubernetes Services and cluster DNS alone are not enough, so we also add a headless Service for gRPC.\n').length > 0);
    hasPitfall(score('travel-booking-saga', "For payment plus flight I'd add XA two-phase commit between our payment store and the GDS booking.\n"), 'one-transaction');
  });
});

describe('scorer: the incident told in the past tense, and a setting judged, are not the plan (issue 14)', () => {
  it('"multiplied the load", "the real killer was" and "makes no sense" neither advocate nor refuse', () => {
    lacksPitfall(score('cascading-failure-resilience', '- Three immediate retries on every hop multiplied the load on the warehouse exactly when it was struggling.\n'), 'immediate-retries');
    lacksPitfall(score('cascading-failure-resilience', '- The real killer was that requests waiting on Inventory used up the gateway\'s shared connection pool.\n'), 'shared-pool');
    const judged = score('cascading-failure-resilience', '- A 30-second timeout inside a page load makes no sense; no user waits that long.\n');
    lacksPitfall(judged, 'short-timeouts-too-long');
    rejectsNothing(judged);
  });
});
