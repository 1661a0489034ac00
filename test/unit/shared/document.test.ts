import * as assert from 'node:assert/strict';
import { frontMatterProblem, headingPath, parseDocument } from '../../../src/shared/document';

describe('document model', () => {
  const doc = parseDocument(
    [
      '---', // 0
      'design-workbench: true',
      'template: hld',
      '---',
      '# Checkout', // 4
      '',
      'Intro paragraph', // 6
      'on two lines.',
      '',
      '## Services', // 9
      '',
      '- Order service owns orders.', // 11
      '- Payment service <!-- hidden note --> charges cards.',
      '',
      '| Concern | Decision |', // 14
      '|---|---|',
      '| Discovery | Kubernetes Services |', // 16
      '',
      '<!-- design-workbench: out-of-scope security -->', // 18
      '',
      '### Saga', // 20
      '',
      '```saga', // 22
      'name: order',
      '```',
      '',
      '## Data', // 26
      'Text.',
    ].join('\n'),
  );

  it('reads front matter', () => {
    assert.deepEqual(doc.frontMatter?.data, { 'design-workbench': true, template: 'hld' });
    assert.equal(doc.frontMatter?.endLine, 3);
  });

  it('builds the heading tree with line ranges', () => {
    assert.deepEqual(
      doc.sections.map((s) => [s.heading, s.level, s.line, s.endLine]),
      [
        ['Checkout', 1, 4, 27],
        ['Services', 2, 9, 25],
        ['Saga', 3, 20, 25],
        ['Data', 2, 26, 27],
      ],
    );
    assert.deepEqual(headingPath(doc.sections[2]), ['Checkout', 'Services', 'Saga']);
    assert.equal(doc.outline.length, 1);
  });

  it('keeps paragraphs, list items and table rows with their lines, without comments', () => {
    const byLine = new Map(doc.blocks.map((b) => [b.line, b]));
    assert.equal(byLine.get(6)?.kind, 'paragraph');
    assert.deepEqual(byLine.get(6)?.lineOf, [6, 7]);
    assert.equal(byLine.get(11)?.kind, 'list-item');
    assert.ok(!byLine.get(12)?.text.includes('hidden'));
    assert.deepEqual(byLine.get(16)?.cells, ['Discovery', 'Kubernetes Services']);
    assert.equal(byLine.get(16)?.section?.heading, 'Services');
  });

  it('finds fenced code blocks with their info string, and HTML comments', () => {
    assert.deepEqual(
      doc.codeBlocks.map((c) => [c.info, c.line, c.contentLine, c.endLine, c.content]),
      [['saga', 22, 23, 24, 'name: order\n']],
    );
    assert.deepEqual(
      doc.comments.map((c) => [c.text, c.line]),
      [
        ['hidden note', 12],
        ['design-workbench: out-of-scope security', 18],
      ],
    );
  });

  it('reports invalid front matter with its line', () => {
    const bad = parseDocument('---\ntitle: [unclosed\n---\n# Doc\n');
    assert.equal(bad.frontMatter?.data, undefined);
    assert.ok(bad.frontMatter?.error);
  });

  it('keeps the front matter entries that are valid on their own when another line is not, and says where', () => {
    const doc = parseDocument("---\nchallenge: ecommerce-migration\ntitle: 'Orders\nout-of-scope:\n  - security\n__proto__: {polluted: true}\n---\n# Doc\n");
    assert.deepEqual(doc.frontMatter?.data, { challenge: 'ecommerce-migration', 'out-of-scope': ['security'] });
    assert.equal(Object.getPrototypeOf(doc.frontMatter?.data), Object.prototype);
    assert.deepEqual(frontMatterProblem(doc), {
      line: 3,
      message: "front matter is not valid YAML: the quoted value opened on line 3 (') is never closed: add the closing '. The entry there is ignored until it is fixed (the others are read)",
    });
    assert.equal(frontMatterProblem(parseDocument('---\na: 1\n---\n')), undefined);
  });

  it('reads `<!--` in a front matter value as YAML text: an unclosed one hides neither the entries nor the document after it', () => {
    const doc = parseDocument('---\ntitle: Orders <!-- draft\nout-of-scope: [security]\n---\n# Orders\n\nEvery service owns its database.\n<!-- a real comment -->\n');
    assert.deepEqual(doc.frontMatter?.data, { title: 'Orders <!-- draft', 'out-of-scope': ['security'] });
    assert.deepEqual(doc.sections.map((s) => s.heading), ['Orders']);
    assert.ok(doc.blocks.some((b) => b.text.includes('Every service owns its database.')));
    assert.deepEqual(doc.comments.map((c) => [c.text, c.line]), [['a real comment', 7]]);
  });

  it('accepts CRLF line endings and a byte-order mark', () => {
    const crlf = parseDocument('\ufeff# A\r\n\r\nText one.\r\n\r\n## B\r\nMore.\r\n');
    assert.deepEqual(crlf.sections.map((s) => [s.heading, s.line]), [['A', 0], ['B', 4]]);
    assert.equal(crlf.blocks[0].text, 'Text one.');
  });
});
