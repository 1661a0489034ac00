import * as assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultEngine } from '../../../src/checklist/engine';
import { parseDocument } from '../../../src/shared/document';
import type { ScoreResult } from '../../../src/practice/contracts';
import { HistoryStore, ORPHAN_AGE_MS, problemMessage, type HistoryFs } from '../../../src/practice/history';
import { nodeHistoryFs } from '../../support/node-fs';
import { buildRecord, newSessionId, parseRecord, recordSchema, type SessionRecord } from '../../../src/practice/record';
import { planPhases } from '../../../src/practice/settings';
import { syntheticHistory } from '../../support/synthetic';
import { nextPhase, startTimer, stop } from '../../../src/practice/timer';
import { CATALOG, FakeClock, MIN } from '../../support/practice-helpers';
import { REPO_ROOT } from '../../support/paths';

const FIXTURES = join(REPO_ROOT, 'test/fixtures/practice');
const lookup = (id: string) => CATALOG.find((c) => c.id === id);

const ANSWER = `---
design-workbench: true
challenge: ecommerce-migration
---
# Answer

## Service boundaries

We split by business capability: catalog, orders, payments and recommendations, each owned by one team,
because last week's outage showed that recommendations must not share a process with payments.

## Shared data

Each service owns its database; orders keep a local copy of product prices, updated from catalog events.
`;

const SCORE: ScoreResult = {
  challenge: 'ecommerce-migration',
  title: 'E-commerce migration',
  total: 47,
  criteria: [
    {
      id: 'boundaries',
      title: 'Service boundaries',
      question: 'How would you identify the service boundaries?',
      score: 24,
      max: 30,
      evidence: [{ line: 8, text: 'We split by business capability', concept: 'business capabilities', fact: 'outage', strength: 'full' }],
      missing: ['team size'],
      pitfalls: [],
      feedback: 'Say how many services suit 50 developers.',
      topics: ['service-boundaries'],
      modelAnswer: ['Boundaries follow business capabilities and team ownership.'],
    },
    {
      id: 'shared-data',
      title: 'Shared data',
      question: 'How would you handle shared data?',
      score: 9,
      max: 25,
      evidence: [{ line: 13, text: 'Each service owns its database', concept: 'database per service', strength: 'partial' }],
      missing: ['saga', 'migration steps'],
      pitfalls: [],
      feedback: 'Explain how an order stays consistent across services.',
      topics: ['data-management'],
      modelAnswer: ['A saga with compensations replaces the cross-module transaction.'],
    },
  ],
  next: ['Explain the saga.'],
  words: 62,
};

function finishedRecord(clock: FakeClock, id = newSessionId(clock.t, () => 0.5)): SessionRecord {
  let timer = startTimer(planPhases(45), clock.now()).state;
  timer = nextPhase(timer, clock.advance(6 * MIN)).state;
  timer = stop(timer, clock.advance(20 * MIN)).state;
  return buildRecord({
    id,
    challenge: { id: 'ecommerce-migration', title: 'E-commerce migration' },
    timer,
    score: SCORE,
    checklist: defaultEngine().run(parseDocument(ANSWER)),
    snapshot: ANSWER,
    document: 'file:///work/answer.md',
  });
}

/** An in-memory folder, with a hook run between a temporary write and its rename. */
class MemoryFs implements HistoryFs {
  readonly files = new Map<string, string>();
  beforeRename: (() => Promise<void>) | undefined;
  failRename = false;
  async readFile(name: string): Promise<string> {
    const text = this.files.get(name);
    if (text === undefined) throw new Error(`ENOENT: ${name}`);
    return text;
  }
  /** How far this file system's clock is from the machine's (a remote file system's may be far off). */
  skew = 0;
  async writeFile(name: string, text: string): Promise<void> {
    this.files.set(name, text);
    this.written.set(name, Date.now() + this.skew);
  }
  async rename(from: string, to: string): Promise<void> {
    if (this.failRename) throw new Error('EACCES: permission denied');
    await this.beforeRename?.();
    const text = await this.readFile(from);
    this.files.delete(from);
    this.files.set(to, text);
  }
  async renameNew(from: string, to: string): Promise<void> {
    if (this.files.has(to)) throw new Error(`EEXIST: ${to}`);
    await this.rename(from, to);
  }
  async modified(name: string): Promise<number | undefined> {
    return this.files.has(name) ? (this.written.get(name) ?? Date.now()) : undefined;
  }
  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }
  readonly written = new Map<string, number>();
  async list(): Promise<string[]> {
    return [...this.files.keys()];
  }
  async ensureDir(): Promise<void> {}
}

describe('practice history', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dw-history-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('builds a record from the ended timer, the checklist and the score', () => {
    const clock = new FakeClock();
    const r = finishedRecord(clock);
    assert.equal(r.endReason, 'stopped');
    assert.equal(r.minutes, 45);
    assert.deepEqual(r.phases.map((p) => [p.id, p.spentMs / MIN, p.reached]), [
      ['requirements', 6, true],
      ['high-level', 20, true],
      ['deep-dive', 0, false],
      ['wrap-up', 0, false],
    ]);
    assert.equal(Date.parse(r.endedAt) - Date.parse(r.startedAt), 26 * MIN);
    assert.equal(r.checklist.items.find((i) => i.id === 'service-boundaries')?.status, 'covered');
    assert.equal(r.checklist.items.find((i) => i.id === 'security')?.status, 'missing');
    const running = startTimer(planPhases(45), clock.now()).state;
    assert.throws(() => buildRecord({ id: r.id, challenge: r.challenge, timer: running, score: undefined, checklist: defaultEngine().run(parseDocument('')), snapshot: '' }), /only once it has ended/);
  });

  it('saves and loads a record unchanged, as one file with no temporary left', async () => {
    const clock = new FakeClock();
    const store = new HistoryStore(nodeHistoryFs(join(dir, 'sessions')), { now: clock.now });
    const record = finishedRecord(clock);
    await store.save(record);
    assert.deepEqual(await readdir(join(dir, 'sessions')), [`${record.id}.json`]);
    const loaded = await store.load();
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.records, [record]);
    assert.deepEqual(await store.get(record.id), record);
    assert.equal(await store.get('20990101-000000-none'), undefined);
    assert.equal(await store.get('../../etc/passwd'), undefined);
  });

  it('loads an empty history when the folder does not exist yet', async () => {
    const store = new HistoryStore(nodeHistoryFs(join(dir, 'missing')), { now: Date.now });
    assert.deepEqual(await store.load(), { records: [], problems: [] });
  });

  it('upgrades a version 1 record, filling topics from the catalog', async () => {
    await copyFile(join(FIXTURES, '20261020-183000-q7w2.json'), join(dir, '20261020-183000-q7w2.json'));
    const store = new HistoryStore(nodeHistoryFs(dir), { now: Date.now, lookup });
    const { records, problems } = await store.load();
    assert.deepEqual(problems, []);
    const [r] = records;
    assert.equal(r.version, 2);
    assert.deepEqual(r.challenge, { id: 'ecommerce-migration', title: 'E-commerce migration' });
    assert.equal(r.startedAt, '2026-10-20T18:30:00.000Z');
    assert.equal(r.endedAt, '2026-10-20T19:10:00.000Z');
    assert.equal(r.endReason, 'stopped', '40 of 45 minutes');
    assert.deepEqual(r.phases.map((p) => [p.plannedMs / MIN, p.spentMs / MIN, p.reached]), [
      [7, 9, true],
      [16, 16, true],
      [16, 15, true],
      [6, 0, false],
    ]);
    assert.equal(r.score?.total, 58);
    assert.deepEqual(r.score?.criteria.map((c) => [c.id, c.topics]), [
      ['boundaries', ['service-boundaries']],
      ['extract-first', ['service-boundaries', 'deployment']],
      ['shared-data', ['data-management', 'communication']],
      ['infrastructure', ['deployment', 'monitoring', 'fault-tolerance']],
    ]);
    assert.deepEqual(
      r.checklist.items.filter((i) => i.status === 'missing').map((i) => i.title),
      ['Service discovery', 'Load balancing', 'Fault tolerance'],
    );
    assert.equal(r.checklist.considered, 10);
    // The file itself is left as it was: an older extension in another window can still read it.
    assert.equal(JSON.parse(await readFile(join(dir, '20261020-183000-q7w2.json'), 'utf8')).version, 1);
    // Without the catalog the upgrade still succeeds, with what the old record had.
    const bare = parseRecord(JSON.parse(await readFile(join(FIXTURES, '20261020-183000-q7w2.json'), 'utf8')));
    assert.ok(bare.ok);
    assert.equal(bare.upgradedFrom, 1);
    assert.equal(bare.record.challenge.title, 'ecommerce-migration');
    assert.deepEqual(bare.record.score?.criteria[0].topics, []);
  });

  it('moves a corrupt file aside, says so, and still loads the rest', async () => {
    const clock = new FakeClock();
    const store = new HistoryStore(nodeHistoryFs(dir), { now: clock.now });
    const good = finishedRecord(clock);
    await store.save(good);
    const broken = '20261101-120000-bad1.json';
    await writeFile(join(dir, broken), '{"version": 2, "id": "20261101-120000-bad1", "challenge": {');
    const { records, problems } = await store.load();
    assert.deepEqual(records.map((r) => r.id), [good.id]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, broken);
    assert.equal(problems[0].movedTo, `${broken}.corrupt-20261126T092600Z`);
    assert.match(problems[0].reason, /^it is not valid JSON \(/);
    assert.match(problemMessage(problems[0]), /^Session history: 20261101-120000-bad1\.json could not be read because it is not valid JSON .*moved aside to 20261101-120000-bad1\.json\.corrupt-20261126T092600Z.*nothing was deleted\.$/);
    // Kept byte for byte, and not reported again.
    assert.equal(await readFile(join(dir, problems[0].movedTo!), 'utf8'), '{"version": 2, "id": "20261101-120000-bad1", "challenge": {');
    assert.deepEqual((await store.load()).problems, []);
  });

  it('moves aside a record that does not match the schema, naming the field', async () => {
    const clock = new FakeClock();
    const record = finishedRecord(clock);
    const name = `${record.id}.json`;
    await writeFile(join(dir, name), JSON.stringify({ ...record, phases: [{ id: 'requirements', plannedMs: 'seven', spentMs: 0, reached: true }] }));
    const { records, problems } = await new HistoryStore(nodeHistoryFs(dir), { now: clock.now }).load();
    assert.deepEqual(records, []);
    assert.match(problems[0].reason, /^it is not a valid session record: phases\[0\]\.plannedMs: /);
    assert.ok(problems[0].movedTo);
    assert.ok(!(await readdir(dir)).includes(name));
    const unknown = parseRecord({ id: 'x' });
    assert.ok(!unknown.ok && !unknown.newer);
    assert.match(unknown.ok ? '' : unknown.reason, /no known record version/);
  });

  it("leaves a newer version's record in place and says why it is not shown", async () => {
    const clock = new FakeClock();
    const record = finishedRecord(clock);
    await writeFile(join(dir, `${record.id}.json`), JSON.stringify({ ...record, version: 3, somethingNew: true }));
    const { records, problems } = await new HistoryStore(nodeHistoryFs(dir), { now: clock.now }).load();
    assert.deepEqual(records, []);
    assert.equal(problems[0].movedTo, undefined);
    assert.match(problemMessage(problems[0]), /newer version of Design Workbench \(record version 3; this one reads up to 2\)\. The file was not changed\.$/);
    assert.deepEqual(await readdir(dir), [`${record.id}.json`]);
  });

  it('ignores temporary files, set-aside files and anything else in the folder', async () => {
    const clock = new FakeClock();
    const record = finishedRecord(clock);
    await writeFile(join(dir, `${record.id}.json.abc.tmp`), '{"half": ');
    await writeFile(join(dir, `${record.id}.json.corrupt-20261126T000000Z`), 'junk');
    await writeFile(join(dir, 'notes.txt'), 'mine');
    assert.deepEqual(await new HistoryStore(nodeHistoryFs(dir), { now: clock.now }).load(), { records: [], problems: [] });
  });

  it('never loses a record when two windows save at the same time', async () => {
    const clock = new FakeClock();
    const windowA = new HistoryStore(nodeHistoryFs(dir), { now: clock.now });
    const windowB = new HistoryStore(nodeHistoryFs(dir), { now: clock.now });
    const records = syntheticHistory({ catalog: CATALOG, count: 40, seed: 7, start: clock.t });
    await Promise.all(records.map((r, i) => (i % 2 ? windowA : windowB).save(r)));
    const loaded = await windowA.load();
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(new Set(loaded.records.map((r) => r.id)), new Set(records.map((r) => r.id)));
    assert.equal((await readdir(dir)).length, 40, 'no temporary files are left');
    // Both windows saving the same session: one whole record, never a mix.
    const same = records[0];
    await Promise.all([windowA.save({ ...same, pauses: 1 }), windowB.save({ ...same, pauses: 2 })]);
    const again = await windowB.load();
    assert.equal(again.records.length, 40);
    assert.ok([1, 2].includes(again.records.find((r) => r.id === same.id)!.pauses));
  });

  it('a reader in the middle of a save sees the old record or the new one, never half of one', async () => {
    const fs = new MemoryFs();
    const clock = new FakeClock();
    const store = new HistoryStore(fs, { now: clock.now });
    const [first] = syntheticHistory({ catalog: CATALOG, count: 1, seed: 1, start: clock.t });
    const seen: Awaited<ReturnType<HistoryStore['load']>>[] = [];
    fs.beforeRename = async () => void seen.push(await new HistoryStore(fs, { now: clock.now }).load());
    await store.save(first);
    await store.save({ ...first, pauses: 4 });
    assert.deepEqual(seen, [{ records: [], problems: [] }, { records: [first], problems: [] }]);
    assert.deepEqual((await store.load()).records.map((r) => r.pauses), [4]);
  });

  it('reports a corrupt file it could not move, and leaves it', async () => {
    const fs = new MemoryFs();
    fs.files.set('20261101-120000-bad1.json', 'not json');
    fs.failRename = true;
    const { problems } = await new HistoryStore(fs, { now: Date.now }).load();
    assert.equal(problems[0].movedTo, undefined);
    assert.match(problems[0].reason, /moving it aside failed \(EACCES: permission denied\)$/);
    assert.ok(fs.files.has('20261101-120000-bad1.json'));
  });

  it('moves a second corrupt copy aside in the same second under a name of its own, keeping the first (issue 18)', async () => {
    const clock = new FakeClock();
    const store = new HistoryStore(nodeHistoryFs(dir), { now: clock.now });
    const broken = '20261101-120000-bad1.json';
    await writeFile(join(dir, broken), 'first');
    const first = (await store.load()).problems[0];
    await writeFile(join(dir, broken), 'second');
    const second = (await store.load()).problems[0];
    assert.equal(first.movedTo, `${broken}.corrupt-20261126T090000Z`);
    assert.equal(second.movedTo, `${broken}.corrupt-20261126T090000Z-2`);
    assert.equal(await readFile(join(dir, first.movedTo!), 'utf8'), 'first');
    assert.equal(await readFile(join(dir, second.movedTo!), 'utf8'), 'second');
  });

  it('reads a record saved with a byte-order mark (issue 18)', async () => {
    const clock = new FakeClock();
    const record = finishedRecord(clock);
    await writeFile(join(dir, `${record.id}.json`), `\ufeff${JSON.stringify(record)}`);
    const { records, problems } = await new HistoryStore(nodeHistoryFs(dir), { now: clock.now }).load();
    assert.deepEqual(problems, []);
    assert.deepEqual(records.map((r) => r.id), [record.id]);
  });

  it("finishes or removes old temporary files a killed save left, never a live writer's, and deletes no record (issue 18)", async () => {
    const [kept, copied, fresh] = syntheticHistory({ catalog: CATALOG, count: 3, seed: 5, start: Date.now() - 3 * 86_400_000 });
    const store = new HistoryStore(nodeHistoryFs(dir), { now: Date.now });
    await store.save(copied);
    const json = (r: SessionRecord): string => `${JSON.stringify(r, null, 2)}\n`;
    const files: Record<string, string> = {
      [`${kept.id}.json.k1.tmp`]: json(kept), // the record never reached its name: finished
      [`${copied.id}.json.c1.tmp`]: json(copied), // the same as the saved record: a copy, removed
      [`${copied.id}.json.h1.tmp`]: '{"half": ', // half a record beside a saved one: left alone
      [`${fresh.id}.json.f1.tmp`]: json(fresh), // a save in progress in another window: left alone
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const old = new Date(Date.now() - 2 * ORPHAN_AGE_MS);
    for (const name of Object.keys(files)) if (!name.includes('.f1.')) await utimes(join(dir, name), old, old);

    const { records, problems } = await store.load();
    assert.deepEqual(problems, []);
    assert.deepEqual(new Set(records.map((r) => r.id)), new Set([kept.id, copied.id]));
    assert.deepEqual((await readdir(dir)).sort(), [`${copied.id}.json`, `${copied.id}.json.h1.tmp`, `${fresh.id}.json.f1.tmp`, `${kept.id}.json`].sort());
    assert.equal(await readFile(join(dir, `${kept.id}.json`), 'utf8'), json(kept));
  });

  it("judges a temporary file's age by the history folder's own clock, not this machine's (issue 18)", async () => {
    const [record] = syntheticHistory({ catalog: CATALOG, count: 1, seed: 7, start: Date.now() - 86_400_000 });
    const text = `${JSON.stringify(record, null, 2)}\n`;
    const temp = `${record.id}.json.a1.tmp`;
    // The folder's clock is an hour behind: a save in progress there looks an hour old to this machine.
    const behind = new MemoryFs();
    behind.skew = -60 * MIN;
    await behind.writeFile(temp, text);
    assert.deepEqual((await new HistoryStore(behind, { now: Date.now }).load()).records, []);
    assert.deepEqual([...behind.files.keys()], [temp], "a live writer's file is left alone, and the clock probe is gone");
    // The folder's clock is an hour ahead: a file its clock wrote twenty minutes ago was left by a killed save.
    const ahead = new MemoryFs();
    ahead.skew = 60 * MIN;
    await ahead.writeFile(temp, text);
    ahead.written.set(temp, Date.now() + ahead.skew - 20 * MIN);
    assert.deepEqual((await new HistoryStore(ahead, { now: Date.now }).load()).records.map((r) => r.id), [record.id]);
    assert.deepEqual([...ahead.files.keys()], [`${record.id}.json`]);
  });

  it('two windows loading at once: the file the other moved aside is reported once, never as a failed move (issue 18)', async () => {
    const fs = new MemoryFs();
    fs.files.set('20261101-120000-bad1.json', 'not json');
    const clock = new FakeClock();
    const windowA = new HistoryStore(fs, { now: clock.now });
    const windowB = new HistoryStore(fs, { now: clock.now });
    let other: Awaited<ReturnType<HistoryStore['load']>> | undefined;
    // Window A has read the file; before its move, window B loads and moves it aside.
    fs.beforeRename = async () => {
      fs.beforeRename = undefined;
      other = await windowB.load();
    };
    const mine = await windowA.load();
    const reported = [...mine.problems, ...other!.problems];
    assert.equal(reported.length, 1, JSON.stringify(reported));
    assert.doesNotMatch(reported[0].reason, /moving it aside failed/);
    assert.deepEqual([...fs.files.keys()], ['20261101-120000-bad1.json.corrupt-20261126T090000Z']);
  });

  it('refuses to save a record that is not valid', async () => {
    const clock = new FakeClock();
    const store = new HistoryStore(nodeHistoryFs(dir), { now: clock.now });
    const record = finishedRecord(clock);
    await assert.rejects(store.save({ ...record, id: '../escape' }));
    await assert.rejects(store.save({ ...record, minutes: -1 }));
    assert.deepEqual(await readdir(dir), []);
    assert.ok(recordSchema.safeParse(record).success);
  });
});
