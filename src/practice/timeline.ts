// When each section of the session document first received real content, against the phase it is planned in:
// "you started the data section in the wrap-up". Read from the snapshots taken at each phase change. Pure.
import { PHASES, phaseTitle, type PhaseId } from './phases';

export interface PhaseSnapshot {
  /** The phase that had just ended when the text was taken. */
  readonly phase: PhaseId;
  /** Ms since the epoch. */
  readonly at: number;
  readonly text: string;
}

export interface TimelineEntry {
  readonly section: string;
  /** The phase whose part of the document holds the section; undefined: outside the phases. */
  readonly planned: PhaseId | undefined;
  /** The phase in which it first had real content; undefined: never. */
  readonly started: PhaseId | undefined;
}

const HEADING_START = /^ {0,3}(#{2,3})[ \t]/;

/** A `##` or `###` heading's level and text (closing #s and blanks trimmed), read without backtracking. */
function heading(line: string): { level: string; text: string } | undefined {
  const m = HEADING_START.exec(line);
  if (!m) return undefined;
  let text = line.slice(m[0].length).trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  text = text.slice(0, end).trim();
  return { level: m[1], text };
}

/** Comments blanked out, lines kept, so that prompts left in a section are not content. */
function withoutComments(text: string): string[] {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ' ')).split('\n');
}

/** Each `###` section's content (its words), by heading, with the phase (`##`) it stands under. */
function sections(text: string): Map<string, { phase: PhaseId | undefined; content: boolean }> {
  const out = new Map<string, { phase: PhaseId | undefined; content: boolean }>();
  let phase: PhaseId | undefined;
  let current: { phase: PhaseId | undefined; content: boolean } | undefined;
  for (const line of withoutComments(text)) {
    const h = heading(line);
    if (h?.level === '##') {
      phase = PHASES.find((p) => h.text.toLowerCase().startsWith(p.title.toLowerCase()))?.id;
      current = undefined;
    } else if (h) {
      current = out.get(h.text) ?? { phase, content: false };
      out.set(h.text, current);
    } else if (current && /[A-Za-z0-9]/.test(line)) current.content = true;
  }
  return out;
}

/** One entry per `###` section of the final text, in its order; `snapshots` oldest first, the final text last. */
export function buildTimeline(snapshots: readonly Pick<PhaseSnapshot, 'phase' | 'text'>[]): TimelineEntry[] {
  const last = snapshots[snapshots.length - 1];
  if (!last) return [];
  const read = snapshots.map((s) => ({ phase: s.phase, sections: sections(s.text) }));
  return [...sections(last.text)].map(([section, { phase }]) => ({
    section,
    planned: phase,
    started: read.find((r) => r.sections.get(section)?.content)?.phase,
  }));
}

/** The timeline in words: a line for each section begun in another phase than planned, or never begun. */
export function timelineNotes(entries: readonly TimelineEntry[]): string[] {
  const order = (id: PhaseId | undefined): number => PHASES.findIndex((p) => p.id === id);
  return entries.flatMap((e) => {
    if (!e.started) return [`You never wrote in the ${e.section} section${e.planned ? ` (planned for the ${phaseTitle(e.planned).toLowerCase()})` : ''}.`];
    if (!e.planned || e.started === e.planned) return [];
    const when = order(e.started) > order(e.planned) ? 'late' : 'early';
    return [`You started the ${e.section} section in the ${phaseTitle(e.started).toLowerCase()}, ${when}: it is planned for the ${phaseTitle(e.planned).toLowerCase()}.`];
  });
}
