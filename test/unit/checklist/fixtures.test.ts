// Runs the checklist engine over every annotated fixture in test/fixtures/checklist and checks
// what each fixture says it must produce. Annotations are HTML comments, which the engine ignores:
//
//   <!-- expect: <item-id>=<covered|weak|missing|out-of-scope> -->
//   <!-- expect-antipattern: <anti-pattern-id> line=<N> -->   (1-based line of the statement)
//   <!-- expect-no-antipatterns -->
//
// Naming convention, checked by the "fixture set" suite below: `neg-<anti-pattern-id>-<mode>-*.md`
// is a document that warns against, rejects, or leaves behind (legacy) that anti-pattern and must
// flag nothing; `ap-<anti-pattern-id>-*.md` shows it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultEngine, type ChecklistReport, type ItemStatus } from '../../../src/checklist/engine';
import { ANTIPATTERN_IDS, ITEM_IDS, type AntiPatternId, type ItemId } from '../../../src/checklist/schema';
import { parseDocument, splitLines } from '../../../src/shared/document';
import { REPO_ROOT } from '../../support/paths';

// Tests run from out/test/unit; the fixtures stay in the source tree.
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/checklist');
const STATUSES: readonly ItemStatus[] = ['covered', 'weak', 'missing', 'out-of-scope'];

interface ItemExpectation {
  readonly item: ItemId;
  readonly status: ItemStatus;
  /** 1-based line of the annotation. */
  readonly at: number;
}

interface AntiPatternExpectation {
  readonly id: AntiPatternId;
  readonly line: number;
  readonly at: number;
}

interface Fixture {
  readonly file: string;
  readonly text: string;
  readonly lines: readonly string[];
  readonly items: readonly ItemExpectation[];
  readonly antipatterns: readonly AntiPatternExpectation[];
  readonly noAntipatterns: boolean;
  /** Annotation mistakes: a fixture with any of these fails instead of testing nothing. */
  readonly problems: readonly string[];
}

const ANNOTATION = /<!--\s*(expect(?:-[a-z-]+)?)\b:?([\s\S]*?)-->/g;
const isItem = (id: string): id is ItemId => (ITEM_IDS as readonly string[]).includes(id);
const isAntiPattern = (id: string): id is AntiPatternId => (ANTIPATTERN_IDS as readonly string[]).includes(id);
const isStatus = (s: string): s is ItemStatus => (STATUSES as readonly string[]).includes(s);

function lineAt(text: string, offset: number): number {
  return splitLines(text.slice(0, offset)).length;
}

function parseFixture(file: string, text: string): Fixture {
  const items: ItemExpectation[] = [];
  const antipatterns: AntiPatternExpectation[] = [];
  const problems: string[] = [];
  let noAntipatterns = false;
  for (const m of text.matchAll(ANNOTATION)) {
    const at = lineAt(text, m.index);
    const kind = m[1];
    const body = m[2].trim();
    if (kind === 'expect') {
      const e = /^([a-z-]+)\s*=\s*([a-z-]+)$/.exec(body);
      if (!e) problems.push(`line ${at}: cannot read "expect: ${body}" (want <item-id>=<status>)`);
      else if (!isItem(e[1])) problems.push(`line ${at}: unknown item "${e[1]}" (known: ${ITEM_IDS.join(', ')})`);
      else if (!isStatus(e[2])) problems.push(`line ${at}: unknown status "${e[2]}" (known: ${STATUSES.join(', ')})`);
      else {
        const earlier = items.find((x) => x.item === e[1]);
        if (earlier) problems.push(`line ${at}: item "${e[1]}" already expected on line ${earlier.at}`);
        else items.push({ item: e[1], status: e[2], at });
      }
    } else if (kind === 'expect-antipattern') {
      const e = /^([a-z0-9-]+)\s+line\s*=\s*(\d+)$/.exec(body);
      if (!e) problems.push(`line ${at}: cannot read "expect-antipattern: ${body}" (want <id> line=<N>)`);
      else if (!isAntiPattern(e[1])) problems.push(`line ${at}: unknown anti-pattern "${e[1]}" (known: ${ANTIPATTERN_IDS.join(', ')})`);
      else antipatterns.push({ id: e[1], line: Number(e[2]), at });
    } else if (kind === 'expect-no-antipatterns') {
      if (body) problems.push(`line ${at}: expect-no-antipatterns takes no argument, got "${body}"`);
      noAntipatterns = true;
    } else {
      problems.push(`line ${at}: unknown annotation "${kind}"`);
    }
  }
  const lines = splitLines(text);
  for (const a of antipatterns) {
    const target = lines[a.line - 1];
    if (target === undefined) problems.push(`line ${a.at}: expected ${a.id} on line ${a.line}, but the file has ${lines.length} lines`);
    else if (!target.trim() || target.includes('<!--')) {
      problems.push(`line ${a.at}: expected ${a.id} on line ${a.line}, which is blank or a comment: ${JSON.stringify(target)}`);
    }
  }
  if (noAntipatterns && antipatterns.length) problems.push('both expect-no-antipatterns and expect-antipattern annotations');
  if (!items.length && !antipatterns.length && !noAntipatterns) problems.push('no expectations at all');
  return { file, text, lines, items, antipatterns, noAntipatterns, problems };
}

function loadFixtures(): Fixture[] {
  if (!fs.existsSync(FIXTURES)) return [];
  return fs
    .readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseFixture(f, fs.readFileSync(path.join(FIXTURES, f), 'utf8')));
}

const quote = (text: string, max = 160): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describeItem(report: ChecklistReport, id: ItemId): string {
  const item = report.items.find((i) => i.id === id);
  if (!item) return '  (the engine reported no result for this item)';
  const evidence = item.evidence.length
    ? item.evidence.map((e) => `    line ${e.line}: ${quote(e.text)}`).join('\n')
    : '    (none)';
  return [
    `  reason: ${item.reason}`,
    `  heading line: ${item.headingLine ?? '(none)'}`,
    `  concepts: ${item.concepts.length ? item.concepts.join(', ') : '(none)'}`,
    `  evidence:\n${evidence}`,
  ].join('\n');
}

function describeAntiPatterns(report: ChecklistReport): string {
  if (!report.antipatterns.length) return '    (none)';
  return report.antipatterns.map((a) => `    ${a.id} on line ${a.line}: ${quote(a.evidence)}`).join('\n');
}

const fixtures = loadFixtures();

describe('checklist fixtures (test/fixtures/checklist)', () => {
  it('finds the fixture directory and at least one fixture', () => {
    assert.ok(fixtures.length > 0, `no .md fixtures found in ${FIXTURES}`);
  });

  for (const fx of fixtures) {
    describe(fx.file, () => {
      let cached: ChecklistReport | undefined;
      // Computed on first use, so an engine crash fails this file's tests and not the whole run.
      const report = (): ChecklistReport => (cached ??= defaultEngine().run(parseDocument(fx.text)));

      if (fx.problems.length) {
        it('has well-formed annotations', () => {
          assert.fail(`${fx.file} › annotation problems:\n  ${fx.problems.join('\n  ')}`);
        });
      }

      for (const e of fx.items) {
        it(`${e.item} is ${e.status}`, () => {
          const r = report();
          const actual = r.items.find((i) => i.id === e.item)?.status;
          assert.equal(
            actual,
            e.status,
            `${fx.file} › item "${e.item}": the fixture expects ${e.status}, the engine says ${actual ?? '(not reported)'}\n${describeItem(r, e.item)}`,
          );
        });
      }

      for (const e of fx.antipatterns) {
        it(`flags ${e.id} on line ${e.line}`, () => {
          const r = report();
          const found = r.antipatterns.filter((a) => a.id === e.id);
          const context = [
            `${fx.file} › anti-pattern "${e.id}": the fixture expects it on line ${e.line}: ${quote(fx.lines[e.line - 1] ?? '')}`,
            `  engine reported:\n${describeAntiPatterns(r)}`,
          ].join('\n');
          assert.ok(found.length, `${context}\n  (${e.id} was not flagged at all)`);
          assert.ok(
            found.some((a) => a.line === e.line),
            `${context}\n  (${e.id} was flagged on line ${found.map((a) => a.line).join(', ')} instead)`,
          );
        });
      }

      if (fx.antipatterns.length) {
        it('flags no anti-pattern other than the expected ones', () => {
          const r = report();
          const expected = new Set(fx.antipatterns.map((e) => e.id));
          const extra = r.antipatterns.filter((a) => !expected.has(a.id));
          assert.deepEqual(
            extra.map((a) => a.id),
            [],
            `${fx.file} › anti-patterns: the fixture expects only ${[...expected].join(', ')}\n  engine reported:\n${describeAntiPatterns(r)}`,
          );
        });
      }

      if (fx.noAntipatterns) {
        it('flags no anti-patterns', () => {
          const r = report();
          assert.deepEqual(
            r.antipatterns.map((a) => `${a.id}@${a.line}`),
            [],
            `${fx.file} › anti-patterns: the fixture expects none (the document warns against, rejects or leaves them behind)\n  engine reported:\n${describeAntiPatterns(r)}`,
          );
        });
      }
    });
  }
});

describe('checklist fixture set', () => {
  const expecting = (item: string, status: ItemStatus): string[] =>
    fixtures.filter((f) => f.items.some((e) => e.item === item && e.status === status)).map((f) => f.file);

  for (const item of ITEM_IDS) {
    it(`has a fixture where ${item} is covered and one where it is weak`, () => {
      assert.ok(expecting(item, 'covered').length > 0, `no fixture expects ${item}=covered`);
      assert.ok(expecting(item, 'weak').length > 0, `no fixture expects ${item}=weak`);
    });
  }

  it('has fixtures for missing and out-of-scope items', () => {
    assert.ok(fixtures.some((f) => f.items.some((e) => e.status === 'missing')), 'no fixture expects a missing item');
    const outOfScope = fixtures.filter((f) => f.items.some((e) => e.status === 'out-of-scope'));
    assert.ok(outOfScope.length > 0, 'no fixture expects an out-of-scope item');
    for (const f of outOfScope) {
      assert.match(f.text, /<!--\s*design-workbench:\s*out-of-scope\s/, `${f.file} expects out-of-scope but has no marker`);
    }
  });

  for (const id of ANTIPATTERN_IDS) {
    it(`has a positive fixture and three negative fixtures for ${id}`, () => {
      const positive = fixtures.filter((f) => f.antipatterns.some((e) => e.id === id));
      assert.ok(positive.length > 0, `no fixture expects ${id}`);
      const negative = fixtures.filter((f) => f.file.startsWith(`neg-${id}-`));
      assert.ok(negative.length >= 3, `want 3 neg-${id}-*.md fixtures, found ${negative.map((f) => f.file).join(', ') || 'none'}`);
      for (const f of negative) assert.ok(f.noAntipatterns, `${f.file} is a negative fixture without <!-- expect-no-antipatterns -->`);
    });
  }
});
