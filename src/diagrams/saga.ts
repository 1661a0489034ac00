// Sagas drawn as Mermaid sequence diagrams: the forward steps, the failing step, then the compensating
// transactions in reverse order, as the lesson's order saga shows (orchestration and choreography).
// The same scenes make the full diagram and the frames of the failure simulation.
import { displayText as shown, Ids, mermaidText as t, plainLine, sequenceHeader as header, type Accessible } from './escape';
import type { LineOf } from './schema';
import type { DiagramProblem, SagaSpec, SagaStep, SimulationFrame } from './types';

type Phase = SimulationFrame['phase'];

/** A part of the story: the messages of one step, the failure, or one compensation. */
interface Scene {
  readonly step: number;
  readonly phase: Exclude<Phase, 'done'>;
  readonly caption: string;
  readonly lines: readonly string[];
}

interface Story {
  readonly header: readonly string[];
  readonly scenes: readonly Scene[];
  readonly ending: string;
}

const HIGHLIGHT: Record<Scene['phase'], string> = {
  forward: 'rgba(255, 193, 7, 0.25)',
  failure: 'rgba(220, 38, 38, 0.22)',
  compensation: 'rgba(37, 99, 235, 0.2)',
};

/** The 1-based step `failAt` names (a number, or the first step of the named service), if it names one. */
export function failStepOf(spec: SagaSpec): number | undefined {
  const at = spec.failAt;
  if (at === undefined) return undefined;
  if (typeof at === 'number') return Number.isInteger(at) && at >= 1 && at <= spec.steps.length ? at : undefined;
  const key = plainLine(at).toLowerCase();
  const i = spec.steps.findIndex((s) => plainLine(s.service).toLowerCase() === key);
  if (i >= 0) return i + 1;
  // failAt: "3" (quoted) means step 3 unless a service is called "3".
  return /^\d+$/.test(key) ? failStepOf({ ...spec, failAt: Number(key) }) : undefined;
}

/** The saga as a Mermaid sequence diagram, with the failure path when `failAt` names a step. */
export function sagaMermaid(spec: SagaSpec): string {
  const story = tell(spec, failStepOf(spec));
  return whole(story);
}

/**
 * The diagram in words, for a screen reader and for copying: each step (with its compensation, or why it needs
 * none), then what the drawn run does, scene by scene, and how it ends.
 */
export function sagaDescription(spec: SagaSpec): string[] {
  const story = tell(spec, failStepOf(spec));
  const pivot = pivotOf(spec);
  const steps = spec.steps.map((step, i) => {
    const undo = step.compensation ? `compensation: ${shown(step.compensation)}` : afterPivot(spec, i) ? 'no compensation (after the pivot)' : 'no compensation';
    const marks = [i === pivot ? 'the pivot' : '', step.retryable ? 'retryable' : ''].filter(Boolean);
    return `Step ${i + 1}. ${describe(step)}${step.event ? `, publishes ${shown(step.event)}` : ''}; ${undo}${marks.length ? `; ${marks.join(', ')}` : ''}.`;
  });
  return [`${shown(spec.name)}: a saga by ${spec.style} with ${plural(spec.steps.length, 'step')}.`, ...steps, ...story.scenes.map((s) => s.caption), story.ending];
}

function access(spec: SagaSpec, failAt: number | undefined): Accessible {
  const run = failAt === undefined ? 'Every step commits' : `Step ${failAt} fails, so ${goesForward(spec, failAt) ? 'it is retried forward' : 'the steps before it are compensated in reverse order'}`;
  const services = [...new Set(spec.steps.map((s) => shown(s.service)))];
  return { title: `Saga: ${spec.name}`, description: `${spec.style === 'orchestration' ? 'Orchestrated' : 'Choreographed'} saga of ${plural(spec.steps.length, 'step')} across ${services.join(', ')}. ${run}.` };
}

function whole(story: Story): string {
  return [...story.header, ...indent(story.scenes.flatMap((s) => s.lines))].join('\n');
}

/**
 * Frames that walk through the saga: each step forward, the failure at `failAt` (1-based; undefined
 * for the happy path), the compensations in reverse order, and a closing frame with the whole run.
 * Each frame is a complete diagram of the run so far with the current part highlighted.
 */
export function simulateSaga(spec: SagaSpec, failAt?: number): SimulationFrame[] {
  if (failAt !== undefined && !(Number.isInteger(failAt) && failAt >= 1 && failAt <= spec.steps.length)) {
    throw new RangeError(`failAt must be a step number from 1 to ${spec.steps.length}, got ${failAt}`);
  }
  const story = tell(spec, failAt);
  const frames: SimulationFrame[] = story.scenes.map((scene, i) => ({
    index: i,
    step: scene.step,
    phase: scene.phase,
    caption: scene.caption,
    mermaid: [
      ...story.header,
      ...indent(story.scenes.slice(0, i).flatMap((s) => s.lines)),
      `  rect ${HIGHLIGHT[scene.phase]}`,
      ...indent(scene.lines, '    '),
      '  end',
    ].join('\n'),
  }));
  frames.push({
    index: frames.length,
    phase: 'done',
    caption: story.ending,
    mermaid: whole(story),
  });
  return frames;
}

const describe = (step: SagaStep): string => `${shown(step.service)}: ${shown(step.action)}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const indent = (lines: readonly string[], by = '  '): string[] => lines.map((l) => by + l);

/** The steps before `failAt` that can be undone, latest first, and those that cannot. */
function rollback(spec: SagaSpec, failAt: number): { step: number; compensation?: string }[] {
  const out: { step: number; compensation?: string }[] = [];
  for (let j = failAt - 1; j >= 1; j--) out.push({ step: j, compensation: spec.steps[j - 1].compensation });
  return out;
}

/** The 0-based index of the pivot, or -1. */
const pivotOf = (spec: SagaSpec): number => spec.steps.findIndex((s) => s.pivot);

/** Step `i` (0-based) comes after the pivot: the saga can only go forward from there. */
const afterPivot = (spec: SagaSpec, i: number): boolean => {
  const pivot = pivotOf(spec);
  return pivot >= 0 && i > pivot;
};

/** A failure of step `j` (0-based) rolls the saga back: it is not retried, and the pivot has not committed. */
const rollsBack = (spec: SagaSpec, j: number): boolean => !spec.steps[j].retryable && !afterPivot(spec, j);

/** The first later step whose failure would roll back step `i` (0-based), if any. */
const laterFailure = (spec: SagaSpec, i: number): number | undefined => {
  for (let j = i + 1; j < spec.steps.length; j++) if (rollsBack(spec, j)) return j;
  return undefined;
};

/** How a failure at `failAt` (1-based) goes: retried in place, or rolled back. */
const goesForward = (spec: SagaSpec, failAt: number): boolean => !rollsBack(spec, failAt - 1);

function ending(spec: SagaSpec, failAt: number | undefined): string {
  const n = spec.steps.length;
  if (failAt === undefined) return `Done: all ${plural(n, 'step')} committed; the saga completed.`;
  if (goesForward(spec, failAt)) {
    const why = spec.steps[failAt - 1].retryable ? '' : ` after the pivot (step ${pivotOf(spec) + 1}), so the saga could only go forward`;
    return `Done: step ${failAt} failed${why}; it was retried until it succeeded, and the saga completed without rolling back.`;
  }
  const undone = rollback(spec, failAt).filter((r) => r.compensation).map((r) => r.step);
  const kept = rollback(spec, failAt).filter((r) => !r.compensation).map((r) => r.step);
  const parts = [`Done: step ${failAt} failed`];
  if (!undone.length) parts.push('there was nothing to compensate');
  else parts.push(undone.length === 1 ? `step ${undone[0]} was compensated` : `steps ${undone.join(', ')} were compensated in reverse order`);
  if (kept.length) parts.push(`step${kept.length === 1 ? '' : 's'} ${kept.join(', ')} had no compensation, so ${kept.length === 1 ? 'its change stays' : 'their changes stay'} and the data is left inconsistent`);
  return `${parts.join('; ')}.`;
}

/** How one style draws each part of the story; the driver below decides which parts happen. */
interface Narrator {
  /** The participants, declared in the order they are drawn. */
  readonly ids: Ids;
  /** The participant id of the service that runs step `i` (1-based). */
  readonly at: (i: number) => string;
  readonly forward: (i: number, step: SagaStep) => Scene;
  /** The step failed but is retryable, or past the pivot: it is retried until it succeeds and the saga goes on. */
  readonly retried: (i: number, step: SagaStep) => Scene;
  readonly failed: (i: number, step: SagaStep) => Scene;
  /** Undoes step `i`; `last` when no other compensation follows. */
  readonly undo: (i: number, step: SagaStep, compensation: string, last: boolean) => Scene;
}

function tell(spec: SagaSpec, failAt: number | undefined): Story {
  const narrator = spec.style === 'orchestration' ? orchestration(spec) : choreography(spec);
  const scenes: Scene[] = [];
  for (let i = 1; i <= spec.steps.length; i++) {
    const step = spec.steps[i - 1];
    if (i !== failAt) {
      scenes.push(narrator.forward(i, step));
    } else if (goesForward(spec, i)) {
      scenes.push(narrator.retried(i, step));
    } else {
      scenes.push(narrator.failed(i, step));
      const undo = rollback(spec, i);
      const lastCompensated = undo.filter((r) => r.compensation).pop()?.step;
      for (const r of undo) {
        const prev = spec.steps[r.step - 1];
        scenes.push(r.compensation ? narrator.undo(r.step, prev, r.compensation, r.step === lastCompensated) : noCompensation(r.step, prev, narrator.at(r.step)));
      }
      break;
    }
  }
  return { header: header(narrator.ids, access(spec, failAt)), scenes, ending: ending(spec, failAt) };
}

const scene = (step: number, phase: Scene['phase'], caption: string, lines: readonly string[]): Scene => ({ step, phase, caption, lines });
const RETRY_NOTE = (spec: SagaSpec, id: string, i: number): string => `Note over ${id}: FAILURE at step ${i}#59; ${spec.steps[i - 1].retryable ? 'retryable' : 'after the pivot'}, so no rollback`;
/** Why a failed step is retried rather than rolled back. */
const forwardReason = (spec: SagaSpec, i: number): string =>
  spec.steps[i - 1].retryable ? 'it is retryable' : `it comes after the pivot (step ${pivotOf(spec) + 1}), so the saga can only go forward`;

/** The orchestrator sends each step to its service and waits for the reply; it runs the compensations. */
function orchestration(spec: SagaSpec): Narrator {
  const ids = new Ids('p');
  const o = ids.fresh(spec.orchestrator ?? `${spec.name} orchestrator`);
  const svc = spec.steps.map((s) => ids.of(s.service));
  const at = (i: number): string => svc[i - 1];
  const ask = (i: number, step: SagaStep): string => `${o}->>${at(i)}: ${i}. ${t(step.action)}`;
  const reply = (i: number, step: SagaStep): string => `${at(i)}-->>${o}: ${step.event ? t(step.event) : `${i}. done`}`;
  return {
    ids,
    at,
    forward: (i, step) => scene(i, 'forward', `Step ${i} of ${spec.steps.length}: the orchestrator asks ${describe(step)}; the local transaction commits.`, [ask(i, step), reply(i, step)]),
    retried: (i, step) => scene(i, 'failure', `Step ${i} fails (${describe(step)}), but ${forwardReason(spec, i)}: the orchestrator retries it until it succeeds and the saga goes on.`, [ask(i, step), RETRY_NOTE(spec, at(i), i), `${at(i)}--x${o}: ${i}. failed`, 'loop until it succeeds', `  ${o}->>${at(i)}: retry ${i}. ${t(step.action)}`, 'end', reply(i, step)]),
    failed: (i, step) => scene(i, 'failure', `Step ${i} fails (${describe(step)}): its local transaction rolls back and the orchestrator starts compensating.`, [ask(i, step), `Note over ${at(i)}: FAILURE at step ${i}`, `${at(i)}--x${o}: ${i}. failed`]),
    undo: (i, step, compensation) => scene(i, 'compensation', `Compensating step ${i}: the orchestrator asks ${shown(step.service)} to ${shown(compensation)}.`, [`${o}->>${at(i)}: undo ${i}. ${t(compensation)}`, `${at(i)}-->>${o}: ${i}. compensated`]),
  };
}

/** Each service reacts to the previous step's event through the broker; the failure event, then each
 * compensation's event, starts the next compensation, so they run in reverse order. */
function choreography(spec: SagaSpec): Narrator {
  const ids = new Ids('p');
  const svc = spec.steps.map((s) => ids.of(s.service));
  const b = ids.fresh(spec.broker ?? 'Message broker');
  const at = (i: number): string => svc[i - 1];
  const trigger = (i: number): string[] => {
    const event = spec.steps[i - 2]?.event;
    return i > 1 && event ? [`${b}-)${at(i)}: ${t(event)}`] : [];
  };
  const publish = (i: number, event: string | undefined): string[] => (event ? [`${at(i)}-)${b}: publish ${t(event)}`] : []);
  /** The event the next compensation reacts to. */
  let heard = '';
  return {
    ids,
    at,
    forward: (i, step) => scene(i, 'forward', `Step ${i} of ${spec.steps.length}: ${describe(step)} commits its local transaction${step.event ? ` and publishes ${shown(step.event)}` : ''}.`, [...trigger(i), `${at(i)}->>${at(i)}: ${i}. ${t(step.action)}`, ...publish(i, step.event)]),
    retried: (i, step) => scene(i, 'failure', `Step ${i} fails (${describe(step)}), but ${forwardReason(spec, i)}: ${shown(step.service)} retries it until it succeeds and the saga goes on.`, [...trigger(i), `${at(i)}-x${at(i)}: ${i}. ${t(step.action)}`, RETRY_NOTE(spec, at(i), i), 'loop until it succeeds', `  ${at(i)}->>${at(i)}: retry ${i}. ${t(step.action)}`, 'end', ...publish(i, step.event)]),
    failed: (i, step) => {
      heard = eventName(step, 'failed');
      return scene(i, 'failure', `Step ${i} fails (${describe(step)}): its local transaction rolls back and it publishes ${heard}; the services before it react by compensating.`, [...trigger(i), `${at(i)}-x${at(i)}: ${i}. ${t(step.action)}`, `Note over ${at(i)}: FAILURE at step ${i}`, ...publish(i, heard)]);
    },
    undo: (i, step, compensation, last) => {
      const event = heard;
      const next = last ? undefined : eventName(step, 'compensated');
      if (next) heard = next;
      return scene(i, 'compensation', `Compensating step ${i}: ${shown(step.service)} hears ${event} and runs ${shown(compensation)}${next ? `, then publishes ${next}` : ''}.`, [`${b}-)${at(i)}: ${t(event)}`, `${at(i)}->>${at(i)}: undo ${i}. ${t(compensation)}`, ...publish(i, next)]);
    },
  };
}

function noCompensation(step: number, s: SagaStep, id: string): Scene {
  const why = s.retryable ? ' (retrying makes a step succeed; it does not undo it)' : '';
  return scene(step, 'compensation', `Step ${step} (${describe(s)}) has no compensation${why}: nothing undoes it, so its change stays and the data is left inconsistent.`, [`Note over ${id}: step ${step} has no compensation`]);
}

/** `inventory.reserved` → `inventory.failed`; without a dotted event, the service's name: `inventory.failed`. */
export function eventName(step: SagaStep, outcome: string): string {
  const event = step.event ? plainLine(step.event) : '';
  const dot = event.lastIndexOf('.');
  const prefix = dot > 0 ? event.slice(0, dot) : plainLine(step.service).toLowerCase().replace(/\s+/g, '-');
  return `${prefix}.${outcome}`;
}


// ---------------------------------------------------------------------------------------------
// Checks: what a reviewer would point out in the saga, as warnings on its lines.

/** Warnings about the saga's design; `lineOf` maps YAML paths (`steps/1`) to document lines. */
export function sagaChecks(spec: SagaSpec, lineOf: LineOf, blockLine: number): DiagramProblem[] {
  const out: DiagramProblem[] = [];
  const at = (path: string): number => lineOf(path) ?? blockLine;
  const warn = (path: string, code: string, message: string): void => {
    out.push({ line: at(path), message, severity: 'warning', code });
  };
  const n = spec.steps.length;
  const pivot = pivotOf(spec);
  spec.steps.forEach((step, i) => {
    const path = `steps/${i}`;
    const name = `Step ${i + 1} (${describe(step)})`;
    if (step.pivot && i !== pivot) {
      warn(path, 'second-pivot', `${name} is a second pivot. A saga has one pivot: the go/no-go step after which it can no longer roll back, only go forward.`);
    } else if (pivot >= 0 && i > pivot && !step.retryable) {
      warn(path, 'not-retryable-after-pivot', `${name} comes after the pivot (step ${pivot + 1}). Once the pivot commits, the saga cannot roll back, so this step must succeed in the end: mark it "retryable: true" and make it idempotent so a retry is safe.`);
    } else if (!step.compensation && !step.pivot && laterFailure(spec, i) !== undefined) {
      const later = (laterFailure(spec, i) ?? i) + 1;
      warn(
        path,
        'missing-compensation',
        step.retryable
          ? `${name} is retryable but has no compensation, and it comes before the pivot: step ${later} can still fail and roll the saga back, and retrying makes a step succeed, it does not undo it. Only steps after the pivot may go without a compensation: add "compensation", or move the step after the pivot.`
          : `${name} has no compensation. A saga replaces a distributed transaction with local transactions plus compensating transactions: if a later step fails (step ${later} can), nothing undoes this one and the data stays inconsistent. Add "compensation", or mark the step "pivot: true".`,
      );
    }
    if (spec.style === 'choreography' && i < n - 1 && !step.event) {
      warn(path, 'missing-event', `${name} publishes no event. In choreography there is no coordinator: each service reacts to the previous step's event, so nothing starts step ${i + 2}. Add "event", e.g. "${eventName(step, 'done')}".`);
    }
  });
  if (spec.failAt !== undefined && failStepOf(spec) === undefined) {
    const names = [...new Set(spec.steps.map((s) => shown(s.service)))].join(', ');
    warn('failAt', 'unknown-fail-step', `failAt names no step: expected a step number from 1 to ${n} or one of the services (${names}). The diagram shows the saga without a failure.`);
  }
  if (spec.style === 'orchestration' && spec.orchestrator === undefined) {
    warn('style', 'missing-orchestrator', 'An orchestration saga has a central orchestrator that tells each service what to do and runs the compensations when a step fails: name it with "orchestrator", e.g. "Order saga".');
  }
  if (spec.style === 'choreography' && spec.orchestrator !== undefined) {
    warn('orchestrator', 'unused-key', 'A choreography saga has no orchestrator: each service reacts to events. Remove "orchestrator", or use "style: orchestration".');
  }
  if (spec.style === 'orchestration' && spec.broker !== undefined) {
    warn('broker', 'unused-key', 'An orchestration saga draws no broker: the orchestrator calls each service. Remove "broker", or use "style: choreography".');
  }
  return out;
}
