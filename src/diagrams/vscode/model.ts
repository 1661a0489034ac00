// What the Diagrams view shows for a document: its diagram blocks, with every run of each saga's failure
// simulation computed up front so the view can step through them without asking. Pure.
import { failStepOf, simulateSaga, type DiagramBlock, type SagaSpec } from '../index';
import type { ShowMessage, ViewBlock } from './protocol';

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
    line: block.line,
    contentLine: block.contentLine,
    ...(block.mermaid !== undefined ? { mermaid: block.mermaid } : {}),
    problems: block.problems.map((p) => ({ line: p.line, message: p.message, severity: p.severity })),
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
