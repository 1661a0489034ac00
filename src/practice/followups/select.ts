// Which follow-ups the interviewer asks at a phase's start, where they go in the session document, and where
// the candidate's answers to them are. Deterministic: the same text gives the same questions. Pure.
import type { CriterionScore, ScoreResult } from '../contracts';
import { phaseTitle, type PhaseId } from '../phases';
import type { FollowUp } from './schema';

/** At most this many follow-ups at a phase's start. */
export const MAX_FOLLOW_UPS = 2;
/** A criterion that earns this share of its points is answered: no `weak` follow-up probes it. */
export const ANSWERED_SHARE = 0.7;

export interface AskedFollowUp {
  readonly id: string;
  readonly phase: PhaseId;
}

const share = (c: CriterionScore | undefined): number => (c && c.max > 0 ? c.score / c.max : 0);

/**
 * One or two follow-ups for the start of `phase`: the phase's curveball (if not asked yet) and the `weak`
 * follow-ups of criteria not yet answered, weakest criterion first (declared order on a tie); never one
 * already asked, never two on the same criterion.
 */
export function selectFollowUps(list: readonly FollowUp[], score: ScoreResult, phase: PhaseId, asked: readonly AskedFollowUp[]): FollowUp[] {
  if (phase !== 'deep-dive' && phase !== 'wrap-up') return [];
  const done = new Set(asked.map((a) => a.id));
  const byId = new Map(score.criteria.map((c) => [c.id, c]));
  const open = list.filter((f) => !done.has(f.id));
  const rank = (f: FollowUp): number => share(byId.get(f.criterion));
  const order = (a: FollowUp, b: FollowUp): number => rank(a) - rank(b) || list.indexOf(a) - list.indexOf(b);
  const curveball = open.filter((f) => f.trigger === 'phase' && f.phase === phase).sort(order)[0];
  const weak = open.filter((f) => f.trigger === 'weak' && rank(f) < ANSWERED_SHARE).sort(order);
  const picked: FollowUp[] = curveball ? [curveball] : [];
  for (const f of weak) {
    if (picked.length >= MAX_FOLLOW_UPS) break;
    if (!picked.some((p) => p.criterion === f.criterion)) picked.push(f);
  }
  return picked.sort(order);
}

/** The heading a follow-up gets in the session document. */
export function followUpHeading(f: Pick<FollowUp, 'title'>): string {
  return `### Follow-up: ${f.title}`;
}

/** The lines inserted for a follow-up: its heading, and the question in a comment so it earns the candidate nothing. */
export function followUpBlock(f: Pick<FollowUp, 'title' | 'question'>): string[] {
  return [followUpHeading(f), '', `<!-- The interviewer asks: ${f.question.replace(/--+>?/g, '-')} Answer below this line. -->`, ''];
}

/**
 * The 0-based line where the candidate answers `f` in `text`: the blank line under its comment, or undefined when
 * its heading is gone. The first heading with the follow-up's title wins (a title is asked once per session).
 */
export function followUpAnswerLine(text: string, f: Pick<FollowUp, 'title'>): number | undefined {
  const lines = text.split('\n');
  const heading = lines.findIndex((l) => l.trimEnd() === followUpHeading(f));
  if (heading < 0) return undefined;
  const comment = lines.findIndex((l, i) => i > heading && /-->\s*$/.test(l));
  const after = comment < 0 ? heading + 1 : comment + 1;
  return Math.min(after, lines.length - 1);
}

const LEVEL = /^ {0,3}(#{1,6})\s/;

/**
 * Where to insert follow-ups for `phase`: at the end of that phase's section (before the next heading of level 1
 * or 2), or at the end of the document when the phase's heading is gone. Only inserts: nothing is replaced.
 */
export function followUpInsertion(text: string, phase: PhaseId, blocks: readonly (readonly string[])[]): { readonly offset: number; readonly text: string } {
  const lines = text.split('\n');
  const title = phaseTitle(phase).toLowerCase();
  const start = lines.findIndex((l) => /^ {0,3}##\s/.test(l) && l.replace(/^ {0,3}##\s+/, '').toLowerCase().startsWith(title));
  let end = lines.length;
  if (start >= 0) {
    for (let i = start + 1; i < lines.length; i++) {
      const m = LEVEL.exec(lines[i]);
      if (m && m[1].length <= 2) {
        end = i;
        break;
      }
    }
  }
  const body = blocks.flatMap((b) => [...b]);
  if (end === lines.length) {
    // At the end: after what is there, on a line of its own.
    const lead = text.length === 0 || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { offset: text.length, text: `${lead}${body.join('\n')}\n` };
  }
  const offset = lines.slice(0, end).reduce((n, l) => n + l.length + 1, 0);
  const before = lines[end - 1]?.trim() === '' ? '' : '\n';
  return { offset, text: `${before}${body.join('\n')}\n` };
}

/** Each asked follow-up's section in the text: 0-based heading line and the line after its answer (the next heading of level 3 or above, or the end). */
export function followUpSections(text: string, asked: readonly Pick<FollowUp, 'id' | 'title'>[]): Map<string, { readonly from: number; readonly to: number }> {
  const lines = text.split('\n');
  const out = new Map<string, { from: number; to: number }>();
  for (const f of asked) {
    const heading = followUpHeading(f);
    const from = lines.findIndex((l) => l.trim() === heading);
    if (from < 0) continue;
    let to = lines.length;
    for (let i = from + 1; i < lines.length; i++) {
      const m = LEVEL.exec(lines[i]);
      if (m && m[1].length <= 3) {
        to = i;
        break;
      }
    }
    out.set(f.id, { from, to });
  }
  return out;
}

export interface FollowUpCredit {
  readonly id: string;
  readonly criterion: string;
  readonly phase: PhaseId;
  readonly title: string;
  readonly question: string;
  /** What the criterion earns with the answer, less what it earns without it. */
  readonly points: number;
  readonly evidence: CriterionScore['evidence'];
}

/**
 * What each asked follow-up's answer earned: its criterion's evidence inside the follow-up's section, and the
 * points the criterion loses when that answer is taken out (scored again by `scoreOf`, the same scorer).
 */
export async function creditFollowUps(
  text: string,
  asked: readonly { readonly followUp: FollowUp; readonly phase: PhaseId }[],
  full: ScoreResult,
  scoreOf: (text: string) => Promise<ScoreResult | undefined>,
): Promise<FollowUpCredit[]> {
  const sections = followUpSections(text, asked.map((a) => a.followUp));
  const lines = text.split('\n');
  const out: FollowUpCredit[] = [];
  for (const { followUp: f, phase } of asked) {
    const criterion = full.criteria.find((c) => c.id === f.criterion);
    const section = sections.get(f.id);
    let points = 0;
    let evidence: CriterionScore['evidence'] = [];
    if (criterion && section) {
      evidence = criterion.evidence.filter((e) => e.line - 1 > section.from && e.line - 1 < section.to);
      if (evidence.length) {
        const without = await scoreOf([...lines.slice(0, section.from + 1), ...lines.slice(section.to)].join('\n'));
        const before = without?.criteria.find((c) => c.id === f.criterion)?.score ?? 0;
        points = Math.max(0, Math.round((criterion.score - before) * 10) / 10);
      }
    }
    out.push({ id: f.id, criterion: f.criterion, phase, title: f.title, question: f.question, points, evidence });
  }
  return out;
}
