// The diagram command: `design-workbench diagram <file>... [--format mermaid|json]` prints the Mermaid
// text of every saga, discovery and mermaid block (or of a *.saga.yaml / *.discovery.yaml file).
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { diagramsOf, type DiagramBlock, type DiagramKind } from '../diagrams';
import { plainLine } from '../diagrams/escape';
import type { Io } from './io';

export const DIAGRAM_HELP = '  design-workbench diagram <file>... [--format mermaid|json]';

export const DIAGRAM_OPTIONS = `  --format mermaid|json
                       diagram: mermaid (default): each block's Mermaid text after a %% comment
                       naming its line; json: an array of blocks`;

/** One block in `--format json`; lines are 1-based, as in `check`. */
export interface JsonDiagram {
  readonly file: string;
  readonly kind: DiagramKind;
  readonly title: string;
  /** Line of the opening fence (1 for a standalone YAML file). */
  readonly line: number;
  readonly endLine: number;
  /** null when the spec has errors. */
  readonly mermaid: string | null;
  readonly problems: readonly { readonly line: number; readonly severity: 'error' | 'warning'; readonly code: string; readonly message: string }[];
}

export function toJsonDiagram(file: string, b: DiagramBlock): JsonDiagram {
  return {
    file,
    kind: b.kind,
    title: b.title,
    line: b.line + 1,
    endLine: b.endLine + 1,
    mermaid: b.mermaid ?? null,
    problems: b.problems.map((p) => ({ line: p.line + 1, severity: p.severity, code: p.code, message: p.message })),
  };
}

const formatSchema = z.enum(['mermaid', 'json']);

/** Runs `diagram`; returns 0, or 2 for a usage error or an invalid spec. `read` throws for an unreadable file. */
export function diagramMain(argv: readonly string[], io: Io, read: (file: string) => string): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { format: { type: 'string', default: 'mermaid' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.err(`design-workbench: ${(e as Error).message}. Run 'design-workbench --help'.`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`Usage:\n${DIAGRAM_HELP}\n\nOptions:\n${DIAGRAM_OPTIONS}`);
    return 0;
  }
  const format = formatSchema.safeParse(parsed.values.format);
  if (!format.success) {
    io.err(`design-workbench: --format must be 'mermaid' or 'json', got '${parsed.values.format}'`);
    return 2;
  }
  const files = parsed.positionals;
  if (!files.length) {
    io.err(`design-workbench: 'diagram' needs a Markdown file, or a .saga.yaml or .discovery.yaml file.`);
    return 2;
  }
  const results = files.map((file) => ({ file, blocks: diagramsOf(file, read(file)) }));

  const messages: string[] = [];
  for (const { file, blocks } of results) {
    if (!blocks.length) messages.push(`${file}: no saga, discovery or mermaid blocks`);
    for (const p of blocks.flatMap((b) => b.problems)) messages.push(`${file}:${p.line + 1}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
  }
  if (format.data === 'json') {
    io.out(JSON.stringify(results.flatMap(({ file, blocks }) => blocks.map((b) => toJsonDiagram(file, b))), null, 2));
  } else {
    const texts = results.flatMap(({ file, blocks }) => blocks.flatMap((b) => (b.mermaid === undefined ? [] : [withComment(b.mermaid.trimEnd(), `${file}:${b.line + 1} ${b.title}`)])));
    if (texts.length) io.out(texts.join('\n\n'));
  }
  if (messages.length) io.err(messages.join('\n'));
  return results.some(({ blocks }) => blocks.some((b) => b.problems.some((p) => p.severity === 'error'))) ? 2 : 0;
}

/**
 * Mermaid text with a `%%` comment line; after the front matter, if any, which must come first. Mermaid reads
 * `%%{init: …}%%` even inside a comment (a theme, CSS with a remote url()): `%`, `{` and `}` are written as codes.
 */
export function withComment(mermaid: string, comment: string): string {
  const line = `%% ${plainLine(comment).replace(/[%{}]/g, (c) => `#${c.codePointAt(0)};`)}`;
  const front = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(mermaid);
  return front ? `${front[0]}${front[1] ? '' : '\n'}${line}\n${mermaid.slice(front[0].length)}` : `${line}\n${mermaid}`;
}
