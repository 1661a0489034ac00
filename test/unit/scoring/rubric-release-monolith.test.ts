import * as assert from 'node:assert/strict';
import { builtinRubrics, scoreAnswer, type ScoreResult } from '../../../src/scoring';

const rubrics = builtinRubrics();
const score = (challenge: string, text: string): ScoreResult => scoreAnswer(text, rubrics.find((r) => r.id === challenge)!);
const criterion = (r: ScoreResult, id: string) => r.criteria.find((c) => c.id === id)!;
const concepts = (r: ScoreResult, id: string): string[] => criterion(r, id).evidence.map((e) => e.concept);
const pitfallIds = (r: ScoreResult): string[] => r.criteria.flatMap((c) => c.pitfalls.map((p) => p.id));
const release = (text: string) => score('risky-release-deployment', text);
const monolith = (text: string) => score('stay-modular-monolith', text);

describe('rubric: risky-release-deployment', () => {
  it('counts keeping the recreate deploy with a maintenance page as a downtime pitfall', () => {
    const r = release('I would keep the recreate strategy and schedule it at 3 am behind a maintenance page.\n');
    assert.ok(pitfallIds(r).includes('downtime-deploy'), pitfallIds(r).join(', '));
  });

  it('penalises a one-shot migration that drops the old column, and gives it no contract credit', () => {
    const r = release('Run one migration in a single transaction: add discount_cents, convert the data and drop discount in the same script.\n');
    assert.ok(pitfallIds(r).includes('one-shot-migration'), pitfallIds(r).join(', '));
    assert.ok(!concepts(r, 'db-migration').some((c) => /later release/i.test(c)), concepts(r, 'db-migration').join(', '));
  });

  it('credits expand and contract without a pitfall', () => {
    const r = release('Add discount_cents as a new nullable column next to discount, and drop discount later, in a separate release after Black Friday.\n');
    assert.ok(concepts(r, 'db-migration').some((c) => /later release/i.test(c)), concepts(r, 'db-migration').join(', '));
    assert.deepEqual(criterion(r, 'db-migration').pitfalls, []);
  });

  it('treats a 5% error threshold as a wrong setting, not as a rollback signal', () => {
    const r = release('I would roll back only when the 5xx error rate stays above 5%.\n');
    assert.ok(!concepts(r, 'watch-and-rollback').some((c) => /error rate/i.test(c)), concepts(r, 'watch-and-rollback').join(', '));
    assert.ok(criterion(r, 'watch-and-rollback').pitfalls.length > 0);
  });

  it('counts fixing forward on health checks as having no rollback rules', () => {
    const r = release('We will watch the health endpoint and fix forward, because rolling back is the last resort.\n');
    assert.ok(pitfallIds(r).includes('no-rollback-criteria'), pitfallIds(r).join(', '));
  });

  it('counts asking old apps to update as breaking them, and gives no flag credit to an argument against flags', () => {
    const apps = release('Return a clear error asking them to update, and accept only cents from now on.\n');
    assert.ok(pitfallIds(apps).includes('break-old-apps'), pitfallIds(apps).join(', '));
    const flags = release('A flag around pricing logic means both code paths ship and both need testing.\n');
    assert.deepEqual(concepts(flags, 'flags-compatibility'), []);
  });

  it('teaches that old pods keep writing only the old column during the canary and after a rollback', () => {
    const r = release('Add discount_cents as a new nullable column next to discount.\n');
    const migration = criterion(r, 'db-migration');
    const taught = [migration.feedback, ...migration.modelAnswer].join('\n');
    assert.match(taught, /old pods[^.]*only [`]?(euros|discount)[`]?[^.]*(canary|rollback)/i, taught);
    assert.match(taught, /trigger|fallback read|reading `discount` when/i, taught);
    assert.match(taught, /no old pod is left/i, taught);
  });

  it('counts a down migration as the rollback plan for a dropped column as a pitfall, and not a rejected one', () => {
    const down = release('If the canary fails, we roll back instantly: redeploy the previous image and run the down migration to re-add discount.\n');
    assert.ok(pitfallIds(down).includes('down-migration-rollback'), pitfallIds(down).join(', '));
    const safe = release('Rollback never needs a down migration: the old column is still there, so we only route traffic back.\n');
    assert.ok(!pitfallIds(safe).includes('down-migration-rollback'), pitfallIds(safe).join(', '));
  });

  it('counts a single full cutover as a big-bang release', () => {
    const r = release('I would do a single full cutover and flip all traffic at once.\n');
    assert.ok(pitfallIds(r).includes('big-bang'), pitfallIds(r).join(', '));
  });
});

describe('rubric: stay-modular-monolith', () => {
  it('reads a table cell that holds a paragraph sentence by sentence, as a paragraph', () => {
    const r = monolith(
      [
        '| Question | Answer |',
        '|---|---|',
        "| Instead | Turn the Django project into a modular monolith with one Django app per area and a public service layer for each. Reporting stops reading the invoice tables and calls the invoicing module's query functions instead. Add tests that cover the monthly reports against sample invoices, so a model change that breaks them fails CI. |",
        '',
      ].join('\n'),
    );
    const instead = criterion(r, 'instead');
    // One cell's several points are not a list of terms: each is argued by its own sentence.
    assert.ok(instead.evidence.length >= 2 && instead.evidence.every((e) => e.strength === 'full'), JSON.stringify(instead.evidence));
    assert.ok(instead.score >= 15, `${instead.score}`);
  });

  it('reads a mistake in an "if we…" clause that a consequence follows as a hypothesis, not the plan', () => {
    const warned = monolith('If we keep one shared database behind the new services, we end up with a distributed monolith.\n');
    assert.ok(!pitfallIds(warned).includes('shared-database'), pitfallIds(warned).join(', '));
    const planned = monolith('We keep one shared database behind the new services, so nothing needs migrating.\n');
    assert.ok(pitfallIds(planned).includes('shared-database'), pitfallIds(planned).join(', '));
  });

  it('gives no module credit for code that reaches into other modules’ tables', () => {
    const r = monolith('More code reaches into other modules\u2019 tables every month.\n');
    assert.ok(!concepts(r, 'instead').some((c) => /explicit modules/i.test(c)), concepts(r, 'instead').join(', '));
  });

  it('still credits modules with public interfaces', () => {
    const r = monolith('Turn the app into a modular monolith with modules such as invoicing and reporting, each with a small public interface.\n');
    assert.ok(concepts(r, 'instead').some((c) => /explicit modules/i.test(c)), concepts(r, 'instead').join(', '));
  });

  it('counts two-phase commit across the new services as a pitfall', () => {
    const r = monolith('Consistency between services is handled by two-phase commit, so we keep the same ACID guarantees.\n');
    assert.ok(pitfallIds(r).includes('two-phase-commit'), pitfallIds(r).join(', '));
  });

  it('counts services sharing one database as a pitfall', () => {
    const r = monolith('We keep all four services on the same PostgreSQL database for now.\n');
    assert.ok(pitfallIds(r).includes('shared-database'), pitfallIds(r).join(', '));
  });

  it('counts calling the costs free and a big-bang DNS cutover as pitfalls', () => {
    const r = monolith('Kubernetes and a service mesh give us tracing almost for free. We will switch DNS in a big-bang cutover.\n');
    assert.ok(pitfallIds(r).includes('costs-overstated'), pitfallIds(r).join(', '));
    assert.ok(pitfallIds(r).includes('big-bang-rewrite'), pitfallIds(r).join(', '));
  });

  it('counts a partial split now as splitting now', () => {
    const r = monolith('I would meet the VP halfway and split into 4 services this quarter.\n');
    assert.ok(pitfallIds(r).includes('split-now'), pitfallIds(r).join(', '));
  });
});

describe('scorer: the story of the incident is not the answer refusing anything', () => {
  it('"the incident was a hidden dependency plus no test" costs nothing; "we will not add tests" still does', () => {
    const told = monolith('- The incident was a hidden dependency (reports reading invoice tables) plus no test.\n- Modular monolith: one module per domain, enforced by an import linter in CI.\n');
    assert.deepEqual(pitfallIds(told), []);
    const refused = monolith('- We will not add tests; they slow the team down.\n');
    assert.ok(pitfallIds(refused).length > 0, 'refusing tests is a pitfall');
  });
});

describe('rubric: stay-modular-monolith, the fluent case for splitting now', () => {
  it('counts backing the VP, "the best moment to split" and "costs less than people think" as mistakes', () => {
    const r = monolith(
      "- Yes, and I'd back the VP on the timing: the best moment to split is while the team is small.\n- Splitting costs less than people think: a template repo gives you a new service in an afternoon.\n",
    );
    const ids = pitfallIds(r);
    assert.ok(ids.includes('split-now'), ids.join(', '));
    assert.ok(ids.includes('costs-overstated'), ids.join(', '));
    assert.ok(r.total < 10, `total ${r.total}`);
  });
});
