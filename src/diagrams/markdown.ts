// The markdown-it plugin VS Code's Markdown preview loads through `extendMarkdownIt`: ```saga and ```discovery
// fences become diagrams. It never touches ```mermaid fences, which the preview (or another extension) owns.
// Pure: the diagram core and the check for VS Code's own mermaid renderer are passed in.
import type MarkdownIt from 'markdown-it';
import type { DiagramBlock } from './types';
import { mayHaveSpecs } from './documents';

export interface PreviewDiagramOptions {
  /** The diagram core, loaded on the first document that has a saga or discovery fence. */
  readonly diagramsOf: () => (fileName: string, text: string) => DiagramBlock[];
  /**
   * True where the preview draws `.mermaid` elements itself (VS Code 1.121+ ships mermaid support): the
   * diagrams are then handed to that renderer in its own markup, so that one renderer, not two, works on them.
   * False: our preview script draws them, in elements with our own class that no other renderer looks at.
   */
  readonly nativeMermaid: () => boolean;
}

/** Class of the elements our preview script draws into (never `mermaid`, which other renderers take). */
export const PREVIEW_HOST_CLASS = 'dw-diagram-host';
const KINDS = new Set(['saga', 'discovery']);
const META = 'designWorkbenchDiagram';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** The fence's kind as the core reads it: the info string's first word, before any `{attributes}`. */
function infoKind(info: string): string {
  return info.trim().split(/[\s{]/, 1)[0].toLowerCase();
}

export function previewDiagrams(md: MarkdownIt, options: PreviewDiagramOptions): void {
  md.core.ruler.push('design_workbench_diagrams', (state) => {
    if (!mayHaveSpecs('markdown', '', state.src)) return;
    const fences = state.tokens.filter((t) => t.type === 'fence' && t.map && KINDS.has(infoKind(t.info)));
    if (fences.length === 0) return;
    const byLine = new Map(options.diagramsOf()('preview.md', state.src).filter((b) => b.kind !== 'mermaid').map((b) => [b.line, b]));
    for (const token of fences) {
      const block = byLine.get(token.map![0]);
      if (block) token.meta = { ...(token.meta ?? {}), [META]: block };
    }
  });

  const original = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const block = (tokens[idx].meta as Record<string, unknown> | null)?.[META] as DiagramBlock | undefined;
    if (block) return diagramMarkup(block, tokens[idx], md.utils.escapeHtml, options.nativeMermaid());
    return original ? original(tokens, idx, opts, env, self) : self.renderToken(tokens, idx, opts);
  };
}

/**
 * One diagram: a caption, then either the problems that keep it from being drawn, or its Mermaid text in the
 * element a renderer draws into. With the native renderer that is `<pre class="mermaid" style="all: unset;">`,
 * exactly what VS Code's own plugin emits for a ```mermaid fence; otherwise a `<pre>` inside our host element,
 * which our preview script draws into a shadow root so that the preview's DOM diff never sees it change.
 */
export function diagramMarkup(block: DiagramBlock, token: Token | undefined, escape: (s: string) => string, nativeMermaid: boolean): string {
  const line = token?.attrGet('data-line') ?? (token?.map ? String(token.map[0]) : undefined);
  const lineAttr = line !== undefined ? ` data-line="${escape(line)}"` : '';
  const caption = `<div class="dw-diagram-title">${escape(block.title)}</div>`;
  const problems = block.problems.filter((p) => block.mermaid === undefined || p.severity === 'error');
  let body: string;
  if (block.mermaid === undefined) {
    const items = problems.map((p) => `<li>Line ${p.line + 1}: ${escape(p.message)}</li>`).join('');
    body = `<div class="dw-diagram-problems" role="alert"><p>This ${block.kind} block cannot be drawn:</p><ul>${items}</ul></div>`;
  } else if (nativeMermaid) {
    body = `<pre class="mermaid" style="all: unset;">${escape(block.mermaid)}</pre>`;
  } else {
    body = `<div class="${PREVIEW_HOST_CLASS}"><pre class="dw-diagram-source">${escape(block.mermaid)}</pre></div>`;
  }
  const words = block.mermaid !== undefined && block.description?.length
    ? `<details class="dw-diagram-description"><summary>Text description</summary><ul>${block.description.map((l) => `<li>${escape(l)}</li>`).join('')}</ul></details>`
    : '';
  return `<div class="code-line dw-diagram dw-diagram-${block.kind}"${lineAttr} dir="auto">${caption}${body}${words}</div>\n`;
}
