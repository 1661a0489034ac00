import * as assert from 'node:assert/strict';
import { ChecklistEngine } from '../../../src/checklist/engine';
import { builtinAntiPatterns } from '../../../src/checklist/antipatterns';
import { builtinItems } from '../../../src/checklist/items';
import { loadPacks, MAX_ITEMS } from '../../../src/checklist/packs';
import { packJsonSchema } from '../../../scripts/json-schemas';
import { parseDocument } from '../../../src/shared/document';

const PACK = `name: Payments team
items:
  - id: idempotency-keys
    title: Idempotency keys
    question: How does a retried payment request avoid charging twice?
    strongAnswer: [Every mutating request carries a client-generated idempotency key stored with the result.]
    headings: [idempotency]
    topics: [duplicate charges]
    concepts:
      - id: keys
        label: idempotency keys
        terms: [idempotency key, dedup table]
    advice: Store each request's idempotency key with its result and return the stored result on a retry.
extend:
  - id: service-discovery
    concepts:
      - id: nomad
        label: Nomad service discovery
        terms: [nomad native service discovery]
`;

const run = (items: ReturnType<typeof loadPacks>['items'], md: string) => new ChecklistEngine(items, builtinAntiPatterns).run(parseDocument(md));

describe('custom checklist packs', () => {
  it('adds items and extends built-in ones', () => {
    const { items, problems } = loadPacks(builtinItems, [{ file: 'file:///w/.design-workbench/checklists/payments.yaml', text: PACK }]);
    assert.deepEqual(problems, []);
    assert.equal(items.length, 11);
    const report = run(items, '# Pay\n\nEvery charge request carries an idempotency key kept in a dedup table.\n\nServices use Nomad native service discovery.\n');
    assert.equal(report.items.find((i) => i.id === 'idempotency-keys')?.status, 'covered');
    assert.equal(report.items.find((i) => i.id === 'service-discovery')?.status, 'covered');
    assert.equal(report.items.find((i) => i.id === 'idempotency-keys')?.docs, 'file:///w/.design-workbench/checklists/payments.yaml');
    assert.equal(report.considered, 11);
  });

  it('leaves the built-in items untouched', () => {
    loadPacks(builtinItems, [{ file: 'a.yaml', text: PACK }]);
    assert.ok(!builtinItems.find((i) => i.id === 'service-discovery')!.concepts.some((c) => c.id === 'nomad'));
  });

  it('reports a malformed pack at the offending line, and the rest keeps working', () => {
    const bad = 'items:\n  - id: Bad Id\n    title: x\n';
    const { items, problems } = loadPacks(builtinItems, [
      { file: 'bad.yaml', text: bad },
      { file: 'good.yaml', text: PACK },
    ]);
    assert.ok(problems.length > 0);
    assert.ok(problems.every((p) => p.file === 'bad.yaml'));
    assert.ok(problems.some((p) => p.line === 1 && /lower-case words joined by hyphens/.test(p.message)), JSON.stringify(problems));
    assert.equal(items.length, 11);
  });

  it('reports YAML syntax errors with their line', () => {
    const { problems } = loadPacks(builtinItems, [{ file: 'x.yaml', text: 'extend:\n  - id: monitoring\n    topics: [a, b\n' }]);
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /invalid YAML/);
    assert.ok(problems[0].line >= 2);
  });

  it('extending an unknown built-in item, or adding one twice, is an error', () => {
    const unknown = loadPacks(builtinItems, [{ file: 'u.yaml', text: 'extend:\n  - id: caching\n    topics: [cache]\n' }]);
    assert.match(unknown.problems[0].message, /extend\[0\]\.id: must be one of/);
    const twice = loadPacks(builtinItems, [
      { file: 'a.yaml', text: PACK },
      { file: 'b.yaml', text: PACK },
    ]);
    assert.match(twice.problems[0].message, /item 'idempotency-keys' already exists/);
    assert.equal(twice.problems[0].line, 2);
  });

  it(`allows at most ${MAX_ITEMS} items in all`, () => {
    const many = Array.from({ length: 25 }, (_, i) => PACK.split('extend:')[0].replace(/idempotency-keys/g, `extra-${i}`).replace('name: Payments team\nitems:\n', '')).join('');
    const { items, problems } = loadPacks(builtinItems, [{ file: 'm.yaml', text: `items:\n${many}` }]);
    assert.equal(items.length, MAX_ITEMS);
    assert.ok(problems.some((p) => /at most 30/.test(p.message)));
  });

  it('has a JSON schema for editors', () => {
    const schema = packJsonSchema() as { properties: Record<string, unknown> };
    assert.ok(schema.properties.items && schema.properties.extend);
  });
});

describe('custom checklist packs: whitespace-only fields (issue 18)', () => {
  it('rejects a field of blanks at its line, and the built-in checklist still builds and runs', () => {
    const pack = 'extend:\n  - id: security\n    advice: "  "\n';
    const { items, problems } = loadPacks(builtinItems, [{ file: 'p.yaml', text: pack }]);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 2);
    const report = new ChecklistEngine(items, builtinAntiPatterns).run(parseDocument('# Shop\n\n## Security\n\nmTLS between services.\n'));
    assert.ok(report.items.length > 0);
  });
});
