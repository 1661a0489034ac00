import * as assert from 'node:assert/strict';
import { progressModel, topicOutcomes } from '../../../src/practice/progress';
import { pickRandom, recommend, topicWeakness } from '../../../src/practice/recommend';
import { syntheticHistory } from '../../support/synthetic';
import { CATALOG, DAY, makeRecord } from '../../support/practice-helpers';

const [ecommerce, rideSharing, urlShortener, notifications] = CATALOG;
const NOW = Date.UTC(2026, 11, 1, 12);
const ago = (days: number): number => NOW - days * DAY;

describe('practice progress', () => {
  it("reads a session's topics from its criteria, else from the checklist", () => {
    const r = makeRecord({
      challenge: ecommerce,
      at: ago(1),
      percents: { boundaries: 70, 'extract-first': 60, infrastructure: 40 },
      items: { 'fault-tolerance': 'covered', 'api-gateway': 'weak', 'load-balancing': 'missing', security: 'out-of-scope' },
    });
    const o = topicOutcomes(r);
    const round = (t: string): [number, boolean, string] => [Math.round(o.get(t)!.percent), o.get(t)!.missed, o.get(t)!.source];
    assert.deepEqual(round('service-boundaries'), [65, false, 'criteria']); // (21 + 15) / 55
    assert.deepEqual(round('deployment'), [51, false, 'criteria']); // (15 + 8) / 45
    assert.deepEqual(round('fault-tolerance'), [40, true, 'criteria'], 'the scored criterion wins over the checklist');
    assert.deepEqual(round('api-gateway'), [50, false, 'checklist']);
    assert.deepEqual(round('load-balancing'), [0, true, 'checklist']);
    assert.equal(o.has('security'), false, 'out of scope');
  });

  it('names the weakest topics with how often they were missed', () => {
    const history = [
      makeRecord({ challenge: rideSharing, at: ago(20), percents: { payments: 20, resilience: 10 } }),
      makeRecord({ challenge: rideSharing, at: ago(16), percents: { payments: 30, resilience: 20 } }),
      makeRecord({ challenge: rideSharing, at: ago(12), percents: { payments: 90, resilience: 90 } }),
      makeRecord({ challenge: ecommerce, at: ago(8), percents: { infrastructure: 25 }, items: { security: 'missing' } }),
      makeRecord({ challenge: rideSharing, at: ago(4), percents: { payments: 40, resilience: 30 }, items: { security: 'out-of-scope' } }),
    ];
    const p = progressModel(history);
    // Payments and resilience exercise fault tolerance, and with it data management and monitoring.
    assert.deepEqual(p.weakest.map((w) => w.message), [
      'Fault tolerance missed in 4 of the last 5 sessions',
      'Monitoring missed in 4 of the last 5 sessions',
      'Data management missed in 3 of the last 5 sessions',
    ]);
    assert.equal(progressModel(history, { window: 3 }).weakest[0].message, 'Fault tolerance missed in 2 of the last 3 sessions');
    // Security was out of scope in the last session: only the session before counts.
    assert.equal(progressModel(history, { window: 2 }).weakest[2].message, 'Security missed in the one recent session that touched it');
    const touched = [...history.slice(0, 3), makeRecord({ challenge: urlShortener, at: ago(2), items: { 'fault-tolerance': 'out-of-scope', monitoring: 'out-of-scope' } })];
    assert.deepEqual(progressModel(touched).weakest.map((w) => w.message), [
      'Fault tolerance missed in 2 of the 3 recent sessions that touched it',
      'Monitoring missed in 2 of the 3 recent sessions that touched it',
      'Data management missed in 2 of the last 4 sessions',
    ]);
    assert.deepEqual(progressModel([]).weakest, []);
  });

  it('follows the score, the coverage, each topic and each criterion over time', () => {
    const history = [
      makeRecord({ challenge: urlShortener, at: ago(3), percents: { storage: 80 } }),
      makeRecord({ challenge: urlShortener, at: ago(9), percents: { storage: 40, api: 60 }, items: { monitoring: 'missing' } }),
      makeRecord({ challenge: notifications, at: ago(6), percents: { delivery: 50 } }),
    ];
    const p = progressModel(history);
    assert.equal(p.sessions, 3);
    assert.deepEqual(p.total.map((x) => x.value), [50, 75, 90], 'oldest first');
    assert.deepEqual(p.coverage.map((x) => x.value), [90, 100, 100]);
    assert.equal(p.total[0].label, '2026-11-22 · URL shortener');
    assert.deepEqual(p.topics.find((t) => t.id === 'data-management')?.points.map((x) => x.value), [40, 100, 80]);
    assert.deepEqual(
      p.criteria.map((c) => [c.challenge, c.id, c.points.map((x) => x.value)]),
      [
        ['url-shortener', 'api', [60, 100]],
        ['url-shortener', 'storage', [40, 80]],
        ['notifications', 'delivery', [50]],
        ['notifications', 'discovery', [100]],
      ],
    );
  });

  it('shows the time-per-phase habit against the plan', () => {
    const history = [
      makeRecord({ challenge: urlShortener, at: ago(3), spent: [13, 16, 10, 6] }),
      makeRecord({ challenge: urlShortener, at: ago(2), spent: [11, 16, 12, 6] }),
      makeRecord({ challenge: urlShortener, at: ago(1), spent: [7, 16, 16, 6] }),
    ];
    const [req, , deep] = progressModel(history).phases;
    assert.equal(req.overranIn, 2);
    assert.equal(req.sessions, 3);
    assert.equal(Math.round(req.plannedShare * 10) / 10, 15.6);
    assert.equal(Math.round(req.spentShare * 10) / 10, 23); // (13 + 11 + 7) / 45 / 3
    assert.equal(req.meanDeltaMs, 200_000); // (6 + 4 + 0) / 3 minutes
    assert.equal(deep.overranIn, 0);
  });

  it('sees a steadily improving synthetic user improve, and the weak topic stay weak', () => {
    const history = syntheticHistory({ catalog: CATALOG, count: 20, seed: 42, start: ago(60), weakTopics: ['fault-tolerance'] });
    const p = progressModel(history);
    assert.equal(p.sessions, 20);
    const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
    const totals = p.total.map((x) => x.value);
    assert.ok(mean(totals.slice(-5)) > mean(totals.slice(0, 5)) + 10, totals.join(' '));
    assert.equal(p.weakest[0].id, 'fault-tolerance');
    const boundaries = p.topics.find((t) => t.id === 'service-boundaries')!.points.map((x) => x.value);
    assert.ok(mean(boundaries.slice(-5)) > mean(boundaries.slice(0, 5)), boundaries.join(' '));
    assert.ok(p.phases[0].spentShare > p.phases[0].plannedShare, 'the synthetic user runs long on requirements');
    // The same seed gives the same history.
    assert.deepEqual(syntheticHistory({ catalog: CATALOG, count: 20, seed: 42, start: ago(60), weakTopics: ['fault-tolerance'] }), history);
  });
});

describe('practice recommendation', () => {
  it('starts a new user on the gentlest challenge with the widest range of topics', () => {
    const r = recommend(CATALOG, [], NOW)!;
    assert.equal(r.challenge.id, 'notifications');
    assert.match(r.reason, /^A first session: Notifications touches 5 of the checklist's topics at junior level\.$/);
    assert.equal(recommend([], [], NOW), undefined);
  });

  it('picks the challenge that exercises the one weak topic', () => {
    // Three URL-shortener sessions: everything covered but fault tolerance, which the checklist always finds missing.
    const history = [20, 15, 10].map((d) => makeRecord({ challenge: urlShortener, at: ago(d), items: { 'fault-tolerance': 'missing' } }));
    assert.equal(topicWeakness(history).get('fault-tolerance'), 1);
    assert.equal(topicWeakness(history).get('data-management'), 0);
    const r = recommend(CATALOG, history, NOW)!;
    assert.equal(r.challenge.id, 'ride-sharing');
    assert.equal(r.reason, 'It exercises fault tolerance, where your recent sessions were weakest, and you have not done it recently.');
    assert.deepEqual(r.topics[0], { id: 'fault-tolerance', title: 'Fault tolerance', weakness: 1 });
  });

  it('skips a challenge done recently, by sessions or by days', () => {
    const weak = { 'fault-tolerance': 'missing' } as const;
    const history = [
      makeRecord({ challenge: urlShortener, at: ago(20), items: weak }),
      makeRecord({ challenge: urlShortener, at: ago(15), items: weak }),
      makeRecord({ challenge: rideSharing, at: ago(2), percents: { payments: 40, resilience: 30 } }),
    ];
    assert.equal(recommend(CATALOG, history, NOW)!.challenge.id, 'notifications');
    // Ten days later, and with only the last session counting as recent, ride sharing is due again.
    const older = history.map((r, i) => (i === 2 ? makeRecord({ challenge: rideSharing, at: ago(12), percents: { payments: 40, resilience: 30 } }) : r));
    assert.equal(recommend(CATALOG, [...older, makeRecord({ challenge: urlShortener, at: ago(9), items: weak })], NOW, { recentSessions: 1 })!.challenge.id, 'ride-sharing');
  });

  it('when every challenge was done recently, picks the one done longest ago', () => {
    const history = [ecommerce, notifications, rideSharing, urlShortener].map((c, i) => makeRecord({ challenge: c, at: ago(4 - i) }));
    const r = recommend(CATALOG, history, NOW)!;
    assert.equal(r.challenge.id, 'ecommerce-migration');
    assert.match(r.reason, /^Every challenge was done recently; this one longest ago \(2026-11-27\)\.$/);
  });

  it('breaks ties by what was done longest ago (never first), then by catalog order', () => {
    const twins = [0, 1, 2].map((i) => ({ ...urlShortener, id: `twin-${i}`, title: `Twin ${i}` }));
    assert.equal(recommend(twins, [], NOW)!.challenge.id, 'twin-0');
    const history = [makeRecord({ challenge: twins[1], at: ago(40) }), makeRecord({ challenge: twins[0], at: ago(20) })];
    const none = { recentSessions: 0, recentDays: 0 };
    assert.equal(recommend(twins, history, NOW, none)!.challenge.id, 'twin-2', 'never done');
    assert.equal(recommend(twins.slice(0, 2), history, NOW, none)!.challenge.id, 'twin-1', 'done longest ago');
    assert.equal(recommend(twins.slice(0, 2), history, NOW, { recentSessions: 1, recentDays: 0 })!.challenge.id, 'twin-1', 'twin-0 is recent');
  });

  it("brings back a challenge whose own criterion was weak, even when the topic improved elsewhere", () => {
    const history = [
      makeRecord({ challenge: ecommerce, at: ago(30), percents: { 'shared-data': 0 } }),
      ...[20, 15, 10].map((d) => makeRecord({ challenge: urlShortener, at: ago(d) })),
    ];
    assert.ok(topicWeakness(history).get('data-management')! < 0.2);
    assert.equal(recommend(CATALOG, history, NOW)!.challenge.id, 'ecommerce-migration');
  });

  it('picks at random from a seed, leaving out what was done recently', () => {
    assert.equal(pickRandom(CATALOG, [], NOW, 7)!.id, pickRandom(CATALOG, [], NOW, 7)!.id);
    const seen = new Set(Array.from({ length: 64 }, (_, seed) => pickRandom(CATALOG, [], NOW, seed)!.id));
    assert.equal(seen.size, 4, 'every challenge can come up');
    const history = [makeRecord({ challenge: rideSharing, at: ago(1) })];
    for (let seed = 0; seed < 64; seed++) assert.notEqual(pickRandom(CATALOG, history, NOW, seed)!.id, 'ride-sharing');
    const allRecent = CATALOG.map((c, i) => makeRecord({ challenge: c, at: ago(i + 1) }));
    assert.ok(pickRandom(CATALOG, allRecent, NOW, 3));
    assert.equal(pickRandom([], [], NOW, 3), undefined);
  });
});
