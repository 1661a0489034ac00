// The checklist's settings, read through zod: a bad value is reported once and its default used.
import * as z from 'zod/mini';
import { ANTIPATTERN_IDS, ITEM_IDS } from './ids';

export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DEFAULT_INCLUDE = ['**/*.design.md', '**/design/**/*.md'];

export interface ChecklistSettings {
  readonly enabled: boolean;
  readonly include: readonly string[];
  /** Severity of a missing item, per item id; a weak item is one step milder; `off` switches the item off. */
  readonly severity: Readonly<Record<string, Severity>>;
  readonly antiPatternSeverity: Severity;
  readonly debounceMs: number;
}

export const DEFAULT_SETTINGS: ChecklistSettings = {
  enabled: true,
  include: DEFAULT_INCLUDE,
  severity: {},
  antiPatternSeverity: 'warning',
  debounceMs: 300,
};

const fields = {
  enabled: z.boolean(),
  include: z.array(z.string().check(z.minLength(1))),
  severity: z.record(z.string(), z.enum(SEVERITIES)),
  antiPatternSeverity: z.enum(SEVERITIES),
  debounceMs: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
};

export interface SettingsProblem {
  readonly key: string;
  readonly message: string;
}

/** Reads raw values (undefined = not set) into settings; each invalid value falls back to its default. */
export function readSettings(raw: Partial<Record<keyof ChecklistSettings, unknown>>): { settings: ChecklistSettings; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const value = raw[key];
    if (value === undefined) continue;
    const parsed = fields[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else problems.push({ key: `designWorkbench.checklist.${key}`, message: describe(key, parsed.error.issues[0]) });
  }
  const severity = out.severity as Record<string, Severity>;
  const known = new Set<string>([...ITEM_IDS, ...ANTIPATTERN_IDS]);
  for (const id of Object.keys(severity)) {
    if (!known.has(id)) problems.push({ key: 'designWorkbench.checklist.severity', message: `unknown checklist item '${id}' (expected one of ${ITEM_IDS.join(', ')})` });
  }
  return { settings: out as unknown as ChecklistSettings, problems };
}

function describe(key: string, issue: z.core.$ZodIssue | undefined): string {
  const where = issue?.path.length ? ` at '${issue.path.join('.')}'` : '';
  const expected: Record<string, string> = {
    enabled: 'true or false',
    include: 'a list of glob patterns such as "**/*.design.md"',
    severity: `an object mapping item ids to one of ${SEVERITIES.join(', ')}`,
    antiPatternSeverity: `one of ${SEVERITIES.join(', ')}`,
    debounceMs: 'a whole number of milliseconds from 0 to 10000',
  };
  return `expected ${expected[key]}${where}; the default is used`;
}

/** Items the user switched off. */
export function disabledItems(settings: ChecklistSettings): Set<string> {
  return new Set(Object.entries(settings.severity).filter(([, s]) => s === 'off').map(([id]) => id));
}

/** Set by a running mock interview: in its document, only these items are listed, under a line that says why. */
export interface ChecklistFocus {
  readonly uri: string;
  readonly items: ReadonlySet<string>;
  readonly label: string;
  /** Exam mode: the document gets no verdicts at all (no diagnostics, hovers or score), only `questions`. */
  readonly hidden?: boolean;
  /** What the interviewer asks in this phase, shown instead of verdicts while hidden. */
  readonly questions?: readonly string[];
}

const FLAG_LINE = /^design-workbench:\s*true\s*$/;
const FENCE_LINE = /^---\s*$/;
/** How far into a file the front matter is looked for. */
const FLAG_SCAN_LINES = 60;

/**
 * Whether the text opens with front matter that says `design-workbench: true`. Reads line by line (linear on
 * any input, CRLF included) up to the front matter's closing fence.
 */
export function hasDesignFlag(text: string): boolean {
  let start = 0;
  for (let n = 0; n < FLAG_SCAN_LINES && start <= text.length; n++) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    if (n === 0) {
      if (!FENCE_LINE.test(line)) return false;
    } else if (FENCE_LINE.test(line)) return false;
    else if (FLAG_LINE.test(line)) return true;
    if (end < 0) return false;
    start = end + 1;
  }
  return false;
}
