// Finds the diagram blocks of a document (```saga, ```discovery, ```mermaid) or reads a standalone
// *.saga.yaml / *.discovery.yaml file, and turns each into Mermaid text and problems on its lines.
import { parseDocument, splitLines } from '../shared/document';
import { discoveryChecks, discoveryDescription, discoveryMermaid, discoveryTitle } from './discovery';
import { sagaChecks, sagaDescription, sagaMermaid } from './saga';
import { readSpec } from './schema';
import type { DiagramBlock, DiagramKind } from './types';

/** `orders.saga.yaml` → 'saga'; other names → undefined. */
export function standaloneKind(fileName: string): 'saga' | 'discovery' | undefined {
  const m = /\.(saga|discovery)\.ya?ml$/i.exec(fileName);
  return m ? (m[1].toLowerCase() as 'saga' | 'discovery') : undefined;
}

/** The kind of a fenced block from its info string (`saga`, `Saga {.wide}`), or undefined. */
export function blockKind(info: string): DiagramKind | undefined {
  const word = info.split(/[\s{]/, 1)[0].toLowerCase();
  return word === 'saga' || word === 'discovery' || word === 'mermaid' ? word : undefined;
}

interface RawBlock {
  readonly kind: DiagramKind;
  readonly line: number;
  readonly contentLine: number;
  readonly endLine: number;
  readonly source: string;
}

/** Every diagram block of the file, in document order. */
export function diagramsOf(fileName: string, text: string): DiagramBlock[] {
  const kind = standaloneKind(fileName);
  const raw: RawBlock[] = kind
    ? [{ kind, line: 0, contentLine: 0, endLine: Math.max(0, splitLines(text).length - 1), source: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }]
    : parseDocument(text).codeBlocks.flatMap((b) => {
        const k = blockKind(b.info);
        return k ? [{ kind: k, line: b.line, contentLine: b.contentLine, endLine: b.endLine, source: b.content }] : [];
      });
  const counts: Record<DiagramKind, number> = { saga: 0, discovery: 0, mermaid: 0 };
  return raw.map((b, index) => within(build(b, index, ++counts[b.kind])));
}

/**
 * Problems kept on the block's own lines: a block with no content line (an unclosed fence on the last line) has
 * its "empty block" on the fence, not on a line after the end of the file.
 */
function within(block: DiagramBlock): DiagramBlock {
  if (block.problems.every((p) => p.line <= block.endLine)) return block;
  return { ...block, problems: block.problems.map((p) => (p.line <= block.endLine ? p : { ...p, line: block.endLine })) };
}

function build(b: RawBlock, index: number, nth: number): DiagramBlock {
  const base = { kind: b.kind, index, line: b.line, contentLine: b.contentLine, endLine: b.endLine, source: b.source };
  if (b.kind === 'mermaid') return { ...base, title: `Mermaid diagram ${nth}`, mermaid: b.source, problems: [] };
  if (b.kind === 'saga') {
    const { spec, problems, lineOf } = readSpec('saga', b.source, b.contentLine);
    if (!spec) return { ...base, title: titleOf(b.source, `Saga ${nth}`), problems };
    return { ...base, title: spec.name, mermaid: sagaMermaid(spec), description: sagaDescription(spec), problems: sagaChecks(spec, lineOf, b.line), saga: spec };
  }
  const { spec, problems, lineOf } = readSpec('discovery', b.source, b.contentLine);
  if (!spec) return { ...base, title: `Service discovery ${nth}`, problems };
  return { ...base, title: discoveryTitle(spec), mermaid: discoveryMermaid(spec), description: discoveryDescription(spec), problems: discoveryChecks(spec, lineOf, b.line), discovery: spec };
}

/** The `name:` of a saga whose spec has errors, so that the block is still recognisable. */
function titleOf(source: string, fallback: string): string {
  // The value is trimmed in code: a lazy group before optional blanks is quadratic on a long run of spaces.
  const m = /^name:(.*)$/m.exec(source);
  const value = m?.[1].trim() ?? '';
  const quoted = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]);
  const name = (quoted ? value.slice(1, -1) : value).trim();
  return name || fallback;
}
