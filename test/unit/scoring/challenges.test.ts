import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/paths';
import { ITEM_IDS } from '../../../src/checklist/ids';
import { builtinRubrics } from '../../../src/scoring/catalog';
import { scoreAnswer } from '../../../src/scoring/scorer';
import { BUILTIN_RUBRICS } from '../../../src/scoring/challenges';
import { rubricSchema, type Rubric } from '../../../src/scoring/schema';
import { parseDocument } from '../../../src/shared/document';
import { PhraseIndex, phraseStems, sentencesOf, type Sentence } from '../../../src/shared/text';
import { explainIt } from '../../../src/templates/builtin/explain-it';

function parsed(): Rubric[] {
  return BUILTIN_RUBRICS.map((input) => {
    const r = rubricSchema.safeParse(input);
    assert.ok(r.success, `${input.id}: ${r.success ? '' : JSON.stringify(r.error.issues, null, 1)}`);
    return r.data;
  });
}

/** A phrase as the scorer matches it: its stems, and a `*` for each word it leaves open. */
const key = (phrase: string): string => phrase.split(/\s+/).flatMap((w) => (w === '*' ? ['*'] : phraseStems(w))).join(' ');

function duplicates(phrases: readonly string[]): string[] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const k = key(p);
    const dup = seen.has(k);
    seen.add(k);
    return dup;
  });
}

function index(phrases: readonly string[]): PhraseIndex<string> {
  const i = new PhraseIndex<string>();
  for (const p of phrases) i.add(p, p);
  return i;
}

/** Sentences that contain one of the phrases, not negated (and, with `also`, one of those too). */
function sentencesWith(sentences: readonly Sentence[], phrases: readonly string[], also?: readonly string[]): Sentence[] {
  const main = index(phrases);
  const extra = also ? index(also) : undefined;
  return sentences.filter(
    (s) => main.matches(s.tokens).some((m) => !s.negated[m.from]) && (!extra || extra.matches(s.tokens).length > 0),
  );
}

describe('built-in challenges', () => {
  const rubrics = parsed();

  it('has at least seven valid challenges with unique ids, the lesson’s challenge first', () => {
    assert.ok(rubrics.length >= 7, `only ${rubrics.length} challenges`);
    assert.equal(rubrics[0].id, 'ecommerce-migration');
    assert.deepEqual(duplicates(rubrics.map((r) => r.id)), []);
  });

  it('gives each challenge 3 to 5 criteria worth 100 points together', () => {
    for (const r of rubrics) {
      assert.ok(r.criteria.length >= 3 && r.criteria.length <= 5, `${r.id}: ${r.criteria.length} criteria`);
      assert.equal(
        r.criteria.reduce((sum, c) => sum + c.points, 0),
        100,
        `${r.id}: points must sum to 100`,
      );
    }
  });

  it('keeps ids unique and every named fact defined and used', () => {
    for (const r of rubrics) {
      const factIds = r.facts.map((f) => f.id);
      assert.deepEqual(duplicates(factIds), [], `${r.id}: duplicate fact ids`);
      assert.deepEqual(duplicates(r.criteria.map((c) => c.id)), [], `${r.id}: duplicate criterion ids`);
      const used = new Set<string>();
      for (const c of r.criteria) {
        assert.deepEqual(duplicates(c.concepts.map((k) => k.id)), [], `${r.id}/${c.id}: duplicate concept ids`);
        assert.deepEqual(duplicates(c.pitfalls.map((p) => p.id)), [], `${r.id}/${c.id}: duplicate pitfall ids`);
        for (const f of c.facts) {
          assert.ok(factIds.includes(f), `${r.id}/${c.id} names unknown fact '${f}'`);
          used.add(f);
        }
      }
      assert.deepEqual(
        factIds.filter((f) => !used.has(f)),
        [],
        `${r.id}: facts no criterion ties to`,
      );
    }
  });

  it('shapes each criterion as the authoring guide asks', () => {
    for (const r of rubrics) {
      for (const c of r.criteria) {
        const where = `${r.id}/${c.id}`;
        assert.ok(c.concepts.length >= 3 && c.concepts.length <= 7, `${where}: ${c.concepts.length} concepts`);
        assert.ok(c.modelAnswer.length >= 3 && c.modelAnswer.length <= 6, `${where}: ${c.modelAnswer.length} model answer points`);
        assert.ok(c.topics.length > 0, `${where}: no checklist topics`);
        assert.ok(c.headings && c.headings.length > 0, `${where}: no headings`);
        for (const p of c.pitfalls) {
          assert.ok(p.phrases || p.negates, `${where}/${p.id}: a pitfall needs phrases or negates`);
        }
      }
    }
  });

  it('writes phrases short, without stem-level repeats, each concept’s own', () => {
    for (const r of rubrics) {
      for (const f of r.facts) assert.deepEqual(duplicates(f.phrases), [], `${r.id} fact ${f.id}: repeated phrases`);
      const headingOwner = new Map<string, string>();
      for (const c of r.criteria) {
        for (const h of c.headings ?? []) {
          const owner = headingOwner.get(key(h));
          assert.ok(owner === undefined || owner === c.id, `${r.id}: heading '${h}' belongs to both ${owner} and ${c.id}`);
          headingOwner.set(key(h), c.id);
        }
        const conceptOwner = new Map<string, string>();
        for (const k of c.concepts) {
          const where = `${r.id}/${c.id}/${k.id}`;
          assert.deepEqual(duplicates(k.phrases), [], `${where}: repeated phrases`);
          assert.deepEqual(duplicates(k.with ?? []), [], `${where}: repeated 'with' phrases`);
          for (const p of k.phrases) {
            assert.ok(p.split(/\s+/).length <= 4, `${where}: phrase '${p}' is longer than four words`);
            const owner = conceptOwner.get(key(p));
            assert.ok(owner === undefined, `${r.id}/${c.id}: phrase '${p}' earns both ${owner} and ${k.id}`);
            conceptOwner.set(key(p), k.id);
          }
        }
        for (const p of c.pitfalls) {
          assert.deepEqual(duplicates(p.phrases ?? []), [], `${r.id}/${c.id}/${p.id}: repeated phrases`);
          for (const phrase of p.phrases ?? []) {
            assert.ok(phrase.split(/\s+/).length <= 5, `${r.id}/${c.id}/${p.id}: phrase '${phrase}' is too long`);
          }
        }
      }
    }
  });

  it('earns every concept and no pitfall with each criterion’s own model answer', () => {
    for (const r of rubrics) {
      for (const c of r.criteria) {
        const sentences = sentencesOf(parseDocument(c.modelAnswer.map((point) => `- ${point}`).join('\n')));
        for (const k of c.concepts) {
          assert.ok(
            sentencesWith(sentences, k.phrases, k.with).length > 0,
            `${r.id}/${c.id}: the model answer does not earn '${k.title}'`,
          );
        }
        for (const p of c.pitfalls) {
          const hits = sentencesWith(sentences, p.phrases ?? []);
          assert.deepEqual(
            hits.map((s) => s.text),
            [],
            `${r.id}/${c.id}: the model answer falls into '${p.title}'`,
          );
        }
      }
    }
  });

  it('covers every checklist item across the catalog', () => {
    const covered = new Set(rubrics.flatMap((r) => r.criteria.flatMap((c) => c.topics)));
    assert.deepEqual(
      ITEM_IDS.filter((id) => !covered.has(id)),
      [],
    );
  });

  describe('ecommerce-migration', () => {
    const rubric = rubrics.find((r) => r.id === 'ecommerce-migration')!;

    it('has exactly the four template criteria at 25 points each', () => {
      assert.deepEqual(
        rubric.criteria.map((c) => [c.id, c.points]),
        [
          ['boundaries', 25],
          ['extract-first', 25],
          ['shared-data', 25],
          ['infrastructure', 25],
        ],
      );
    });

    it('maps each section heading of the explain-it template to its own criterion', () => {
      const headings = parseDocument(explainIt.replace(/^---[\s\S]*?\n---\n/, ''))
        .sections.filter((s) => s.level === 2)
        .map((s) => s.heading);
      assert.deepEqual(headings, ['Service boundaries', 'What to extract first, and why', 'Shared data', 'Infrastructure first']);
      headings.forEach((heading, i) => {
        const tokens = sentencesOf(parseDocument(heading))[0].tokens;
        const matching = rubric.criteria.filter((c) => index(c.headings ?? []).matches(tokens).length > 0).map((c) => c.id);
        assert.deepEqual(matching, [rubric.criteria[i].id], `heading '${heading}'`);
      });
    });

    it('credits extracting the recommendation engine only when it is named as the first step', () => {
      const extract = rubric.criteria.find((c) => c.id === 'extract-first')!;
      const concept = extract.concepts.find((k) => k.id === 'recommendation-first')!;
      const earns = (text: string) => sentencesWith(sentencesOf(parseDocument(text)), concept.phrases, concept.with).length > 0;
      assert.ok(earns('We would start with the recommendation engine.'));
      assert.ok(earns('The recommender is the first service to extract.'));
      assert.ok(!earns('The recommendation engine caused last week’s outage.'));
      assert.ok(!earns('My recommendation is to move slowly.'));
    });
  });
});

describe('what the model answers teach', () => {
  const modelText = (r: Rubric): string[] => r.criteria.flatMap((c) => [...c.modelAnswer, ...c.concepts.map((k) => k.feedback)]);
  const rubrics = builtinRubrics();

  it('a mesh gives telemetry only once services forward the trace headers, nowhere "without code changes"', () => {
    for (const r of rubrics) {
      for (const line of modelText(r)) assert.doesNotMatch(line, /telemetry without (any )?code changes/i, `${r.id}: ${line}`);
    }
  });

  it('the travel saga has one pivot: the ticket issue, with the capture retried after it', () => {
    const r = rubrics.find((x) => x.id === 'travel-booking-saga')!;
    const pivotLines = modelText(r).filter((l) => /\bare the pivot\b|\bboth pivots?\b|\btwo pivots\b/i.test(l));
    assert.deepEqual(pivotLines, []);
    assert.ok(modelText(r).some((l) => /issuing the ticket is the pivot/i.test(l)));
  });
});

describe('challenges in our own words', () => {
  const lessonFile = join(REPO_ROOT, '..', 'shared', 'domain', 'microservices-lesson.txt');
  const words = (text: string): string[] => text.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  /** The longest run of words of `text` that the lesson also has, in that order. */
  const longestShared = (text: string, lesson: string): string => {
    let best: string[] = [];
    const w = words(text);
    for (let i = 0; i < w.length; i++) {
      for (let j = i + best.length + 1; j <= w.length && lesson.includes(` ${w.slice(i, j).join(' ')} `); j++) best = w.slice(i, j);
    }
    return best.join(' ');
  };

  it('no scenario repeats the lesson: at most a short phrase in common', function () {
    if (!existsSync(lessonFile)) this.skip();
    const lesson = ` ${words(readFileSync(lessonFile, 'utf8')).join(' ')} `;
    for (const r of builtinRubrics()) {
      const shared = longestShared(r.scenario, lesson);
      assert.ok(shared.split(' ').length < 12, `${r.id} repeats the lesson: "${shared}"`);
    }
  });
});

describe('rubric: travel-booking-saga, the pivot named, not an idiom', () => {
  const travel = (text: string) => scoreAnswer(`${text}\n`, builtinRubrics().find((r) => r.id === 'travel-booking-saga')!);
  const pivotCredit = (text: string): boolean =>
    travel(text).criteria.some((c) => c.evidence.some((e) => e.concept.startsWith('The irreversible step')));

  it('"at the end of the day" earns no pivot credit; issuing the ticket at the end does', () => {
    assert.equal(pivotCredit('At the end of the day we book all three partners in parallel and hope for the best.'), false);
    assert.equal(pivotCredit('We issue the ticket at the end, because it costs 150 euros to undo, once every other booking has succeeded.'), true);
  });
});
