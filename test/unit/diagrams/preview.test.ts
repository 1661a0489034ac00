// The markdown-it plugin of VS Code's Markdown preview: ```saga and ```discovery become diagrams in the markup of
// whichever renderer the preview has; ```mermaid fences are never touched; the core loads only when needed.
import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { diagramsOf } from '../../../src/diagrams';
import { isDiagramDocument, mayHaveDiagrams, mayHaveSpecs, slug } from '../../../src/diagrams/documents';
import { PREVIEW_HOST_CLASS, previewDiagrams } from '../../../src/diagrams/markdown';

const saga = ['```saga', 'name: Pay <b>now</b>', 'style: orchestration', 'orchestrator: Payments saga', 'steps:', '  - service: Payments', '    action: Charge card', '```'].join('\n');
const discovery = ['~~~discovery', 'pattern: dns', 'caller: Orders', 'service: payments.internal', 'dns: Route 53', 'instances: [10.0.0.1:80]', '~~~'].join('\n');
const mermaid = ['```mermaid', 'flowchart LR', '  A["<img src=x onerror=alert(1)>"] --> B', '```'].join('\n');
const broken = ['```saga', 'name: Broken', 'style: orchestrated', 'steps:', '  - service: A', '    action: B', '```'].join('\n');
const doc = ['# Design', '', saga, '', discovery, '', mermaid, '', broken, ''].join('\n');

function render(text: string, nativeMermaid: boolean, loads = { count: 0 }): string {
  const md = new MarkdownIt({ html: true });
  previewDiagrams(md, {
    diagramsOf: () => {
      loads.count++;
      return diagramsOf;
    },
    nativeMermaid: () => nativeMermaid,
  });
  return md.render(text);
}

describe('Markdown preview plugin', () => {
  for (const native of [true, false]) {
    describe(native ? 'VS Code with its own mermaid (1.121+)' : 'VS Code without (1.100)', () => {
      const html = render(doc, native);

      it('never touches ```mermaid fences: they render as without the plugin', () => {
        assert.ok(html.includes(new MarkdownIt({ html: true }).render(mermaid)), html);
      });

      it('draws the saga and the discovery block, and shows the broken saga\'s problems with their line', () => {
        const diagrams = [...html.matchAll(/<div class="code-line dw-diagram dw-diagram-(\w+)"/g)].map((m) => m[1]);
        assert.deepEqual(diagrams, ['saga', 'discovery', 'saga']);
        assert.match(html, /This saga block cannot be drawn:<\/p><ul><li>Line 27: style: &quot;orchestrated&quot; is not allowed/);
      });

      it('adds a text description under each drawn saga and discovery diagram, for screen readers and copying (issue 19)', () => {
        const details = [...html.matchAll(/<details class="dw-diagram-description"><summary>Text description<\/summary><ul>(.*?)<\/ul><\/details>/g)].map((m) => m[1]);
        assert.equal(details.length, 2, 'the broken saga draws nothing, so it has no description');
        assert.match(details[0], /^<li>Pay &lt;b&gt;now&lt;\/b&gt;: a saga by orchestration with 1 step\.<\/li><li>Step 1\. .*Charge card/);
        assert.match(details[1], /Route 53/);
      });

      it('escapes user text', () => {
        assert.doesNotMatch(html, /<b>now<\/b>|<img src=x/);
        assert.match(html, /Pay &lt;b&gt;now&lt;\/b&gt;/);
      });
    });
  }

  it('with the native renderer, emits its markup, which only it draws', () => {
    const html = render(doc, true);
    assert.equal((html.match(/<pre class="mermaid" style="all: unset;">sequenceDiagram/g) ?? []).length, 2);
    assert.doesNotMatch(html, new RegExp(PREVIEW_HOST_CLASS));
  });

  it('without it, emits our own host class, which no other renderer looks at', () => {
    const html = render(doc, false);
    assert.equal((html.match(new RegExp(`<div class="${PREVIEW_HOST_CLASS}"><pre class="dw-diagram-source">`, 'g')) ?? []).length, 2);
    assert.doesNotMatch(html, /class="mermaid"/);
  });

  it('keeps the preview\'s source line on each diagram for scroll sync', () => {
    const md = new MarkdownIt();
    // What VS Code's preview adds to every block token before rendering.
    md.core.ruler.push('source_map_data_attribute', (state) => {
      for (const t of state.tokens) if (t.map && t.type !== 'inline') t.attrSet('data-line', String(t.map[0]));
    });
    previewDiagrams(md, { diagramsOf: () => diagramsOf, nativeMermaid: () => true });
    assert.match(md.render(doc), /<div class="code-line dw-diagram dw-diagram-saga" data-line="2"/);
  });

  it('loads the diagram core only for documents with a saga or discovery fence', () => {
    const loads = { count: 0 };
    render('# Plain\n\n```mermaid\nflowchart LR\n  A-->B\n```\n\n```yaml\nsaga: no\n```\n', false, loads);
    assert.equal(loads.count, 0);
    render(doc, false, loads);
    assert.equal(loads.count, 1);
  });

  it('treats a fence whose info only starts like saga as code', () => {
    const html = render('```sagas\nname: x\n```\n', false);
    assert.match(html, /<pre><code class="language-sagas">/);
  });
});

describe('diagram documents', () => {
  it('knows which documents have diagrams without the core', () => {
    assert.ok(isDiagramDocument('markdown', '/w/a.md'));
    assert.ok(isDiagramDocument('yaml', '/w/order.saga.yaml'));
    assert.ok(isDiagramDocument('yaml', '/w/lookup.DISCOVERY.yml'));
    assert.ok(!isDiagramDocument('yaml', '/w/config.yaml'));
    assert.ok(mayHaveSpecs('markdown', 'a.md', 'x\n\n- item\n\n  ```saga\n  name: x\n  ```'));
    assert.ok(mayHaveSpecs('yaml', 'o.saga.yaml', ''));
    assert.ok(!mayHaveSpecs('markdown', 'a.md', '```mermaid\nflowchart LR\n```'));
    assert.ok(!mayHaveSpecs('markdown', 'a.md', '```saga-notes\n```'));
    assert.ok(mayHaveDiagrams('```mermaid\nflowchart LR\n```'));
  });

  it('makes file names from titles', () => {
    assert.equal(slug('Service discovery: client-side'), 'service-discovery-client-side');
    assert.equal(slug('Événement / ½'), 'evenement-1-2');
    assert.equal(slug('***'), 'diagram');
  });
});
