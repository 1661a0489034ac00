// The Diagrams view's page and contents, without `vscode`: the page options, the message with a document's
// diagram blocks (every run of each saga's failure simulation computed up front, so the view steps through
// them without asking), and the bytes of an image the view exported.
import type { PageOptions } from '../shared/webview/html';
import { failStepOf, simulateSaga, type DiagramBlock, type SagaSpec } from './index';
import type { BlockRef, ExportedImage, ShowMessage, ViewBlock } from './protocol';

/** The page: webview/diagrams builds everything inside these landmarks. Mermaid needs run-time styles. */
export const DIAGRAMS_PAGE: PageOptions = {
  title: 'Diagrams',
  scripts: ['diagrams.js'],
  styles: ['diagrams.css'],
  codicons: true,
  runtimeStyles: true,
  body: `<header class="page"><h1 id="document">Diagrams</h1><span id="summary"></span></header>
<p id="empty" hidden></p>
<main id="diagrams"></main>`,
};

export interface ShownDocument {
  readonly uri: string;
  /** The file name shown in the view's heading. */
  readonly name: string;
  readonly version: number;
}

export function showMessage(document: ShownDocument, blocks: readonly DiagramBlock[]): ShowMessage {
  return { type: 'diagrams/show', document: { ...document }, blocks: blocks.map(viewBlock) };
}

export function viewBlock(block: DiagramBlock): ViewBlock {
  return {
    index: block.index,
    kind: block.kind,
    title: block.title,
    // Messages count lines from 1, like every view's.
    line: block.line + 1,
    contentLine: block.contentLine + 1,
    ...(block.mermaid !== undefined ? { mermaid: block.mermaid } : {}),
    ...(block.mermaid !== undefined && block.description ? { description: [...block.description] } : {}),
    problems: block.problems.map((p) => ({ line: p.line + 1, message: p.message, severity: p.severity })),
    ...(block.saga && block.mermaid !== undefined ? { simulation: simulation(block.saga) } : {}),
  };
}

function simulation(spec: SagaSpec): NonNullable<ViewBlock['simulation']> {
  const steps = spec.steps.map((s, i) => `${i + 1}. ${oneLine(s.service)}: ${oneLine(s.action)}`);
  const failAts = [undefined, ...spec.steps.map((_, i) => i + 1)];
  return {
    steps,
    failAt: failStepOf(spec) ?? null,
    runs: failAts.map((failAt) => ({
      failAt: failAt ?? null,
      frames: simulateSaga(spec, failAt).map((f) => ({ ...(f.step !== undefined ? { step: f.step } : {}), phase: f.phase, caption: f.caption, mermaid: f.mermaid })),
    })),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The blocks the panel last sent the view: of which document, from which version. */
export interface SentBlocks<B> {
  readonly uri: string;
  readonly version: number;
  readonly blocks: readonly B[];
}

/**
 * The block a message from the view refers to, from what the panel sent: undefined when the message is about
 * another document or no such block; 'stale' when the view still shows another version of the document,
 * where the same index may be a different block.
 */
export function referredBlock<B>(sent: SentBlocks<B> | undefined, ref: BlockRef): B | 'stale' | undefined {
  if (!sent || ref.uri !== sent.uri) return undefined;
  if (ref.version !== sent.version) return 'stale';
  return sent.blocks[ref.index];
}

/** Base64 to bytes with the platform's atob (Node and browsers alike; no Buffer, for the web build). */
function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The bytes to write for an image the view exported (already checked by the message schema). */
export function imageBytes(image: ExportedImage): Uint8Array {
  return image.format === 'svg' ? new TextEncoder().encode(image.data) : base64Bytes(image.data.slice(image.data.indexOf(',') + 1));
}
