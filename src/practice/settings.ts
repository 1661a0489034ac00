// Practice settings, read through zod: an invalid value is reported once and its default used.
// The phase split is a set of relative weights, so percentages (15, 35, 35, 15), fractions
// (0.15, 0.35, …) and minutes of a 45-minute session (7, 16, 16, 6) all mean what they say.
import * as z from 'zod/mini';
import { DEFAULT_HINTS, HINT_MODES, type HintMode } from './exam';
import { PHASES, PHASE_IDS, type PhaseId } from './phases';

export const SESSION_LENGTHS = [30, 45, 60] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];
export const DEFAULT_LENGTH: SessionLength = 45;

export const SETTING_KEYS = {
  length: 'designWorkbench.practice.length',
  phaseSplit: 'designWorkbench.practice.phaseSplit',
  hints: 'designWorkbench.practice.hints',
} as const;

export interface PracticeSettings {
  readonly length: SessionLength;
  /** Each phase's share of a session in percent; the shares sum to 100. */
  readonly split: Readonly<Record<PhaseId, number>>;
  /** What the checklist shows about a running session's document. */
  readonly hints: HintMode;
}

export interface PracticeSettingsProblem {
  readonly key: string;
  readonly message: string;
}

export const DEFAULT_SPLIT: Readonly<Record<PhaseId, number>> = Object.fromEntries(PHASES.map((p) => [p.id, p.defaultPercent])) as Record<PhaseId, number>;

export const sessionLengthSchema = z.union([z.literal(30), z.literal(45), z.literal(60)]);
export const hintModeSchema = z.enum(HINT_MODES);
const weightSchema = z.number().check(z.refine((n) => Number.isFinite(n) && n > 0, 'must be a number above 0'));

/** Reads the raw setting values (undefined = not set); each invalid value falls back to its default. */
export function readPracticeSettings(raw: { readonly length?: unknown; readonly phaseSplit?: unknown; readonly hints?: unknown }): {
  readonly settings: PracticeSettings;
  readonly problems: readonly PracticeSettingsProblem[];
} {
  const problems: PracticeSettingsProblem[] = [];
  let length = DEFAULT_LENGTH;
  if (raw.length !== undefined) {
    const parsed = sessionLengthSchema.safeParse(raw.length);
    if (parsed.success) length = parsed.data;
    else problems.push({ key: SETTING_KEYS.length, message: `expected ${SESSION_LENGTHS.join(', ')} (minutes), got ${JSON.stringify(raw.length)}; ${DEFAULT_LENGTH} is used` });
  }
  let hints = DEFAULT_HINTS;
  if (raw.hints !== undefined) {
    const parsed = hintModeSchema.safeParse(raw.hints);
    if (parsed.success) hints = parsed.data;
    else problems.push({ key: SETTING_KEYS.hints, message: `expected one of ${HINT_MODES.join(', ')}, got ${JSON.stringify(raw.hints)}; ${DEFAULT_HINTS} is used` });
  }
  const weights: Record<PhaseId, number> = { ...DEFAULT_SPLIT };
  if (raw.phaseSplit !== undefined) {
    if (!raw.phaseSplit || typeof raw.phaseSplit !== 'object' || Array.isArray(raw.phaseSplit)) {
      problems.push({ key: SETTING_KEYS.phaseSplit, message: `expected an object of weights by phase (${PHASE_IDS.join(', ')}); the default split is used` });
    } else {
      for (const [key, value] of Object.entries(raw.phaseSplit)) {
        if (!(PHASE_IDS as readonly string[]).includes(key)) {
          problems.push({ key: SETTING_KEYS.phaseSplit, message: `unknown phase '${key}'; expected one of ${PHASE_IDS.join(', ')}` });
        } else if (!weightSchema.safeParse(value).success) {
          const id = key as PhaseId;
          problems.push({ key: SETTING_KEYS.phaseSplit, message: `'${key}' must be a number above 0, got ${JSON.stringify(value)}; ${DEFAULT_SPLIT[id]} is used` });
        } else {
          weights[key as PhaseId] = value as number;
        }
      }
    }
  }
  const sum = PHASE_IDS.reduce((s, id) => s + weights[id], 0);
  const split = Object.fromEntries(PHASE_IDS.map((id) => [id, (100 * weights[id]) / sum])) as Record<PhaseId, number>;
  return { settings: { length, split, hints }, problems };
}

export interface PlannedPhase {
  readonly id: PhaseId;
  readonly minutes: number;
}

/**
 * Whole minutes per phase for a session of `length` minutes: each phase gets its share rounded
 * down, at least one minute, and the minutes left go to the largest remainders (earlier phase on a tie).
 */
export function planPhases(length: number, split: Readonly<Record<PhaseId, number>> = DEFAULT_SPLIT): readonly PlannedPhase[] {
  if (!Number.isInteger(length) || length < PHASE_IDS.length) throw new RangeError(`a session needs at least ${PHASE_IDS.length} whole minutes, got ${length}`);
  const sum = PHASE_IDS.reduce((s, id) => s + split[id], 0);
  const exact = PHASE_IDS.map((id) => (length * split[id]) / sum);
  const minutes = exact.map((m) => Math.max(1, Math.floor(m)));
  let left = length - minutes.reduce((s, m) => s + m, 0);
  const byRemainder = PHASE_IDS.map((_, i) => i).sort((a, b) => exact[b] - minutes[b] - (exact[a] - minutes[a]) || a - b);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) minutes[byRemainder[k]]++;
  // Minimums may overshoot: take back from the largest phases.
  while (left < 0) {
    const largest = minutes.indexOf(Math.max(...minutes));
    minutes[largest]--;
    left++;
  }
  return PHASE_IDS.map((id, i) => ({ id, minutes: minutes[i] }));
}
