// Which documents have diagrams, decided without loading the diagram core (activation uses this). Pure.

/** `orders.saga.yaml`, `lookup.discovery.yml`: a standalone spec file. */
export const STANDALONE_SPEC = /\.(saga|discovery)\.ya?ml$/i;
/** A fence the core reads as a spec: ```saga or ~~~discovery, indented or inside a list or quote. */
const SPEC_FENCE = /^[ \t>*+\-\d.)]*(`{3,}|~{3,})[ \t]*(saga|discovery)(?![\w-])/im;
const ANY_FENCE = /^[ \t>*+\-\d.)]*(`{3,}|~{3,})[ \t]*(saga|discovery|mermaid)(?![\w-])/im;

/** A document the Diagrams view can show: Markdown, or a standalone spec file. */
export function isDiagramDocument(languageId: string, fileName: string): boolean {
  return languageId === 'markdown' || STANDALONE_SPEC.test(fileName);
}

export { publishesProblems } from '../shared/schemes';

/** Might the document hold saga or discovery specs (whose problems are diagnostics)? */
export function mayHaveSpecs(languageId: string, fileName: string, text: string): boolean {
  if (STANDALONE_SPEC.test(fileName)) return true;
  return languageId === 'markdown' && SPEC_FENCE.test(text);
}

/** Might the Markdown text hold any diagram block at all? */
export function mayHaveDiagrams(text: string): boolean {
  return ANY_FENCE.test(text);
}

/** `Order saga: retries` → `order-saga-retries`, for a file name. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') // one dash each: runs were collapsed just above
      .slice(0, 60) || 'diagram'
  );
}
