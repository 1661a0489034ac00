// Mermaid's own parser for the unit tests. Mermaid ships only as ES modules and these tests are
// CommonJS, so it is loaded with a real dynamic import (tsc would turn `import()` into `require`).
// Its sanitiser, DOMPurify, needs a window when it loads: happy-dom provides one; nothing is drawn.
import type { Mermaid } from 'mermaid';

const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let loading: Promise<Mermaid> | undefined;

export function loadMermaid(): Promise<Mermaid> {
  return (loading ??= (async () => {
    const { Window } = (await importEsm('happy-dom')) as typeof import('happy-dom');
    const g = globalThis as { window?: unknown };
    const had = 'window' in g;
    g.window = new Window();
    try {
      const { default: mermaid } = (await importEsm('mermaid')) as { default: Mermaid };
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      return mermaid;
    } finally {
      // DOMPurify keeps the window it was given; other tests must not see a browser global.
      if (!had) delete g.window;
    }
  })());
}

/** Parses `text` with mermaid; resolves to the diagram type or rejects with mermaid's message. */
export async function parseMermaid(text: string): Promise<string> {
  const mermaid = await loadMermaid();
  const result = await mermaid.parse(text);
  if (!result) throw new Error('mermaid.parse returned false');
  return result.diagramType;
}

/** The parsed diagram's database (actors and messages for sequence diagrams, vertices for flowcharts). */
export async function diagramDb(text: string): Promise<Record<string, (...args: unknown[]) => unknown>> {
  const mermaid = await loadMermaid();
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return diagram.db as unknown as Record<string, (...args: unknown[]) => unknown>;
}
