// The Diagrams view's messages, both ways, and the state it saves. Shared by the extension
// (src/diagrams/vscode/panel.ts) and the view's script (webview/diagrams); no `vscode` here.
import * as z from 'zod/mini';
import { lineNumber } from '../shared/webview/protocol';

const MAX_TEXT = 1_000_000;
const text = () => z.string().check(z.maxLength(MAX_TEXT));
const index = () => z.int().check(z.gte(0), z.lte(100_000));
const step = () => z.int().check(z.gte(1), z.lte(1000));

const problem = z.object({
  line: lineNumber(),
  message: text(),
  severity: z.enum(['error', 'warning']),
});

const frame = z.object({
  step: z.optional(step()),
  phase: z.enum(['forward', 'failure', 'compensation', 'done']),
  caption: text(),
  mermaid: text(),
});

/** The frames of one run of a saga: the happy path (`failAt` null) or a failure at a step. */
const run = z.object({ failAt: z.nullable(step()), frames: z.array(frame).check(z.minLength(1)) });

const simulation = z.object({
  /** One label per step, in order: "2. Payment Service: charge card". */
  steps: z.array(text()),
  /** The run the spec's failAt names, else the happy path. */
  failAt: z.nullable(step()),
  runs: z.array(run),
});

export const viewBlock = z.object({
  index: index(),
  kind: z.enum(['saga', 'discovery', 'mermaid']),
  title: text(),
  /** 1-based line of the block's opening fence (1 for a YAML file). */
  line: lineNumber(),
  /** Line where the block's own text starts: mermaid's error lines count from here. */
  contentLine: lineNumber(),
  mermaid: z.optional(text()),
  /** The diagram in words: a saga's steps and compensations in order, a discovery flow. */
  description: z.optional(z.array(text())),
  problems: z.array(problem),
  simulation: z.optional(simulation),
});

const shownDocument = z.object({ uri: text(), name: text(), version: z.int() });

const show = z.object({ type: z.literal('diagrams/show'), document: shownDocument, blocks: z.array(viewBlock) });

/** Extension → view. */
export const toView = z.discriminatedUnion('type', [
  show,
  /** Nothing to show: no document with diagrams is open. */
  z.object({ type: z.literal('diagrams/clear'), reason: text() }),
]);

/** A block as the view shows it: its document, the version it drew, and its index in that version. */
const about = { uri: text(), version: z.int(), index: index() };

/** A drawn diagram to save: the SVG markup, or a PNG the view rasterised, as a data URL. */
const image = z.discriminatedUnion('format', [
  z.object({ format: z.literal('svg'), data: z.string().check(z.maxLength(20_000_000), z.regex(/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/, 'must be SVG markup')) }),
  z.object({ format: z.literal('png'), data: z.string().check(z.maxLength(40_000_000), z.regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'must be a PNG data URL')) }),
]);

/** View → extension. The extension acts only on the document it showed, with its own copy of the blocks. */
export const fromView = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view/ready') }),
  /** Every diagram of a shown version was drawn or failed: what the tests and the API wait for. */
  z.object({ type: z.literal('view/drawn'), uri: text(), version: z.int(), drawn: index(), failed: index() }),
  z.object({ type: z.literal('source/reveal'), uri: text(), line: lineNumber() }),
  z.object({ type: z.literal('source/copy'), ...about }),
  z.object({ type: z.literal('diagram/export'), ...about, image }),
]);

const blockView = z.object({
  zoom: z.number().check(z.gte(0.1), z.lte(10)),
  x: z.number(),
  y: z.number(),
  failAt: z.nullable(step()),
  /** Simulation frame shown; -1: the whole diagram. */
  frame: z.int().check(z.gte(-1)),
});

/** What the view keeps across hide/show and window reloads (`setState`), read back through zod. */
export const viewState = z.object({
  show: z.optional(show),
  views: z.record(z.string(), blockView),
});

export type ToView = z.infer<typeof toView>;
export type FromView = z.infer<typeof fromView>;
export type ShowMessage = z.infer<typeof show>;
export type ViewBlock = z.infer<typeof viewBlock>;
export type ViewState = z.infer<typeof viewState>;
export type BlockView = z.infer<typeof blockView>;
export type ExportedImage = z.infer<typeof image>;
export interface BlockRef {
  readonly uri: string;
  readonly version: number;
  readonly index: number;
}
