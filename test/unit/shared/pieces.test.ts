// The body is parsed piece by piece, and an edit re-parses only the pieces it touched (issue 13's re-check). What a
// user sees must not depend on it: the document model is exactly the one a parse of the whole body gives, after any
// edit, including the ones that open a fence, a comment or an HTML block, or add and remove headings.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type DesignDocument } from '../../../src/shared/document';
import { REPO_ROOT } from '../../support/paths';

/** The model as plain data: sections by line, so that two parses compare by what they hold. */
function plain(doc: DesignDocument): unknown {
  return {
    blocks: doc.blocks.map((b) => ({ ...b, section: b.section && [b.section.heading, b.section.line, b.section.endLine] })),
    sections: doc.sections.map((s) => [s.heading, s.level, s.line, s.endLine, s.parent?.line, s.children.map((c) => c.line)]),
    outline: doc.outline.map((s) => s.line),
    codeBlocks: doc.codeBlocks.map((c) => ({ ...c, section: c.section?.line })),
    comments: doc.comments,
    frontMatter: doc.frontMatter,
  };
}

/** The tree points only at itself: each child's parent holds it, each block's section is one of the document's. */
function consistent(doc: DesignDocument): boolean {
  return doc.sections.every((s) => s.children.every((c) => c.parent === s)) && doc.blocks.every((b) => !b.section || doc.sections.includes(b.section));
}

const folders = ['eval/checklist/independent', 'eval/checklist/independent-blind19', 'eval/scoring/independent-blind13/ecommerce-migration', 'examples'];
const documents = folders.flatMap((folder) => {
  const dir = join(REPO_ROOT, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: `${folder}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
});

/** Lines an edit may add: each one opens, closes or continues something Markdown reads across lines. */
const SNIPPETS = [
  '', '# New title', '## Sub heading', '```', '~~~~', '````js', '   ~~~', '    ```', '  ```', '- ```', '> ```', '\t```', '- item', '  continued',
  '    code', '> quote', '| a | b |', '|---|---|', '<!-- c', '-->', '<!-- a -->', '---', '***', 'Title', '===', 'Plain words here.', '1. first',
  '<div>', '<span>x', '<pre>', '[ref]: http://example.com', '    ',
];

describe('document model: piece by piece', () => {
  it(`parses ${documents.length} real documents exactly as a parse of the whole body does`, () => {
    for (const d of documents) assert.deepEqual(plain(parseDocument(d.text)), plain(parseDocument(d.text, { whole: true })), d.name);
  });

  it('after thousands of edits in a row, each parse (from the one before) equals a parse of the whole', function () {
    this.timeout(60_000);
    let seed = 20261207;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let edits = 0;
    for (const d of documents) {
      const lines = d.text.split('\n');
      parseDocument(lines.join('\n'));
      for (let step = 0; step < 12; step++) {
        const k = random(lines.length + 1);
        const op = random(4);
        if (op === 0) lines.splice(k, 0, SNIPPETS[random(SNIPPETS.length)]);
        else if (op === 1 && lines.length > 1) lines.splice(k, 1);
        else if (op === 2 && k < lines.length) lines[k] += ' edited';
        else lines.splice(k, 0, SNIPPETS[random(SNIPPETS.length)], '');
        const text = lines.join('\n');
        const doc = parseDocument(text);
        assert.ok(consistent(doc), `${d.name}, edit ${step}`);
        assert.deepEqual(plain(doc), plain(parseDocument(text, { whole: true })), `${d.name}, edit ${step}`);
        edits++;
      }
    }
    assert.ok(edits > 1000, `${edits} edits`);
  });

  it('reads a fence that opens inside an HTML block\'s lines as the whole parse does: to the end', () => {
    // "~~~~" inside the <div> block is HTML, not a fence; the one after the blank line opens a fence that never closes.
    const text = ['# Doc', '', '<div>', '~~~~', '</div>', '', 'Text.', '~~~~', 'inside the fence', '', 'Still inside.', '', '## Not a heading'].join('\n');
    const doc = parseDocument(text);
    assert.deepEqual(plain(doc), plain(parseDocument(text, { whole: true })));
    assert.deepEqual(doc.sections.map((s) => s.heading), ['Doc']);
    assert.equal(doc.codeBlocks[0].endLine, 12);
  });

  it('keeps every block an edit did not touch, and renews the ones it did', () => {
    const text = ['# Orders', '', 'Orders publishes OrderPlaced.', '', '## Billing', '', 'Billing consumes it.', '', 'Refunds are manual.'].join('\n');
    const before = parseDocument(text);
    const after = parseDocument(text.replace('Billing consumes it.', 'Billing consumes it asynchronously.'));
    assert.equal(after.blocks[0], before.blocks[0]);
    assert.equal(after.blocks[2], before.blocks[2]);
    assert.notEqual(after.blocks[1], before.blocks[1]);
    assert.equal(after.blocks[1].text, 'Billing consumes it asynchronously.');
  });
});
