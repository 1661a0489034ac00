// Mistakes in a checklist pack (issue 18): each is an error at its line that says what to write instead.
import * as assert from 'node:assert/strict';
import { builtinItems } from '../../../src/checklist/items';
import { loadPacks } from '../../../src/checklist/packs';

const problemsOf = (text: string): [number, string][] => loadPacks(builtinItems, [{ file: 'p.yaml', text }]).problems.map((p) => [p.line + 1, p.message]);

const ITEM = `  - id: idempotency-keys
    title: Idempotency keys
    question: How does a retried request avoid charging twice?
    strongAnswer: [Every request carries a key.]
    headings: [idempotency]
    topics: [duplicate charges]
    concepts:
      - { id: keys, label: idempotency keys, terms: [idempotency key] }
    advice: Store each key with its result.
`;

describe('checklist packs: misspelt keys and unclear messages (issue 18)', () => {
  it('rejects a misspelt key at its line, with the key it resembles', () => {
    assert.deepEqual(problemsOf(`item:\n${ITEM}`), [[1, "unknown key 'item'; did you mean 'items'?"]]);
    assert.deepEqual(problemsOf('extends:\n  - id: security\n    topics: [mtls]\n'), [[1, "unknown key 'extends'; did you mean 'extend'?"]]);
    assert.deepEqual(problemsOf(`items:\n${ITEM.replace('title:', 'titel:')}`), [
      [2, 'items[0].title: is missing'],
      [3, "items[0]: unknown key 'titel'; did you mean 'title'?"],
    ]);
    assert.deepEqual(problemsOf('extend:\n  - id: security\n    concept:\n      - { id: x, label: X, terms: [x] }\n'), [[3, "extend[0]: unknown key 'concept'; did you mean 'concepts'?"]]);
    assert.deepEqual(problemsOf('extend:\n  - id: security\n    concepts:\n      - { id: x, label: X, term: [x] }\n'), [
      [4, 'extend[0].concepts[0].terms: is missing'],
      [4, "extend[0].concepts[0]: unknown key 'term'; did you mean 'terms'?"],
    ]);
  });

  it('says what is wrong with an empty list, a bad URL and a missing extend id, never "Invalid input" or "undefined"', () => {
    assert.deepEqual(problemsOf(`items:\n${ITEM.replace('topics: [duplicate charges]', 'topics: []')}`), [[7, 'items[0].topics: must not be an empty list']]);
    assert.deepEqual(problemsOf(`items:\n${ITEM}    docs: not a link\n`), [[11, 'items[0].docs: must be a URL, like https://example.com/docs, got string "not a link"']]);
    const missing = problemsOf('extend:\n  - topics: [mtls]\n');
    assert.equal(missing.length, 1);
    assert.match(missing[0][1], /^extend\[0\]\.id: is missing; it must be one of "service-boundaries", /);
    assert.deepEqual(problemsOf('extend:\n  - id: securty\n    topics: [mtls]\n').map(([l, m]) => [l, m.replace(/one of .*, got/, 'one of …, got')]), [
      [2, "extend[0].id: must be one of …, got string \"securty\" (did you mean 'security'?)"],
    ]);
    for (const [, message] of [...missing, ...problemsOf('items: []\nextend:\n  - id: 3\n')]) assert.doesNotMatch(message, /Invalid input|undefined/);
  });

  it('reports an unclosed quote at the line that opens it, not as "deficient indentation" on the next', () => {
    assert.deepEqual(problemsOf('extend:\n  - id: security\n    advice: "Use mTLS\n    topics: [mtls]\n'), [
      [3, 'invalid YAML: the quoted value opened on line 3 (") is never closed: add the closing "'],
    ]);
  });
});
