// A re-check reuses what earlier checks learnt about unchanged sentences; what it reports must be exactly what a
// first check of the same text reports, lines included, after any edit.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChecklistEngine } from '../../../src/checklist/engine';
import { parseDocument } from '../../../src/shared/document';
import { REPO_ROOT } from '../../support/paths';

const dirs = ['independent', 'independent-check', 'dev'].map((d) => join(REPO_ROOT, 'eval', 'checklist', d));
const documents = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') })),
);

/** A first check: an engine that has seen nothing, with the shared analyses and parses forgotten, on a whole parse. */
function firstCheck(text: string): ReturnType<ChecklistEngine['run']> {
  const fresh = new ChecklistEngine();
  fresh.forget();
  return fresh.run(parseDocument(text, { whole: true }));
}

/** Edits a user makes: a word added to a line, a line removed, a line inserted (moving every later line). */
function edits(text: string, seed: number): string[] {
  const lines = text.split('\n');
  const at = (k: number): number => (seed * 7 + k * 13) % lines.length;
  const added = [...lines];
  added[at(1)] += ' and we retry with backoff';
  const removed = lines.filter((_, i) => i !== at(2));
  const inserted = [...lines];
  inserted.splice(at(3), 0, 'We use Kafka for events between Orders and Billing.', '');
  return [added, removed, inserted].map((l) => l.join('\n'));
}

describe('checklist: a re-check equals a first check', () => {
  it(`after edits to ${documents.length} labelled documents, every report matches a first check of the edited text`, function () {
    this.timeout(60_000);
    const warm = new ChecklistEngine();
    for (const d of documents) warm.run(parseDocument(d.text));
    documents.forEach((d, i) => {
      for (const edited of edits(d.text, i)) {
        // The editor's path: the text before the edit checked, then the edited text, parsed from the last parse.
        warm.run(parseDocument(d.text));
        const got = warm.run(parseDocument(edited));
        assert.deepEqual(got, firstCheck(edited), d.name);
      }
    });
  });

  it('moves evidence with its sentence when lines are inserted above it', () => {
    const engine = new ChecklistEngine();
    const text = '# Checkout\n\n## Communication\n\nOrders publishes OrderPlaced to Kafka; Billing consumes it asynchronously.\n';
    const before = engine.run(parseDocument(text)).items.find((i) => i.id === 'communication')!;
    const after = engine.run(parseDocument(`Intro line.\n\nAnother.\n\n${text}`)).items.find((i) => i.id === 'communication')!;
    assert.equal(before.status, 'covered');
    assert.equal(after.evidence[0].line, before.evidence[0].line + 4);
  });
});
