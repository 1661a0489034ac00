// The session document: the explain-it template rendered by the template engine, laid out under
// the interview's phases, with the session in its front matter. Pure: returns text.
import { ITEM_IDS } from '../checklist/ids';
import { parseDocument } from '../shared/document';
import { phraseStems } from '../shared/text';
import { renderTemplate, yamlScalar, type Template, type ValueProblem } from '../templates/render';
import type { ChallengeInfo } from './contracts';
import { PHASES, type Phase, type PhaseId } from './phases';
import type { PlannedPhase } from './settings';

/** Front-matter keys of a session document. */
export const SESSION_KEYS = { session: 'session', minutes: 'session-minutes', challenge: 'challenge', outOfScope: 'out-of-scope' } as const;

export interface ScaffoldInput {
  readonly sessionId: string;
  readonly challenge: ChallengeInfo;
  readonly plan: readonly PlannedPhase[];
  /** The explain-it template from the catalog (a user's replacement of it is honoured). */
  readonly template: Template;
  readonly author?: string;
  readonly now: () => Date;
  readonly workspace?: string;
}

export type ScaffoldResult =
  | { readonly ok: true; readonly text: string; readonly fileName: string }
  | { readonly ok: false; readonly problems: readonly ValueProblem[] };

interface AnswerSection {
  readonly phase: PhaseId;
  readonly lines: readonly string[];
}

export function scaffoldSession(input: ScaffoldInput): ScaffoldResult {
  const { template, challenge, plan, sessionId } = input;
  const declared = new Set(template.variables.map((v) => v.name));
  const given: Record<string, string> = {};
  if (declared.has('challenge')) given.challenge = challenge.id;
  if (declared.has('author') && input.author !== undefined) given.author = input.author;
  const rendered = renderTemplate(template, given, { now: input.now, workspace: input.workspace });
  if (!rendered.ok) return rendered;

  const doc = parseDocument(rendered.text);
  const fm = doc.frontMatter;
  const header = fm ? doc.lines.slice(fm.line, fm.endLine) : ['---', 'design-workbench: true'];
  const has = (key: string): boolean => header.some((l) => l.startsWith(`${key}:`));
  if (!has(SESSION_KEYS.challenge)) header.push(`${SESSION_KEYS.challenge}: ${yamlScalar(challenge.id)}`);
  // The checklist items the challenge does not ask about are out of scope here, so coverage counts only what it asks.
  const unasked = challenge.examines ? ITEM_IDS.filter((id) => !challenge.examines!.includes(id)) : [];
  if (unasked.length && !has(SESSION_KEYS.outOfScope)) header.push(`${SESSION_KEYS.outOfScope}: [${unasked.join(', ')}]`);
  header.push(`${SESSION_KEYS.session}: ${yamlScalar(sessionId)}`, `${SESSION_KEYS.minutes}: ${plan.reduce((s, p) => s + p.minutes, 0)}`, '---');

  const bodyStart = fm ? fm.endLine + 1 : 0;
  const level2 = doc.sections.filter((s) => s.level === 2 && s.line >= bodyStart);
  const written = template.variables.find((v) => v.name === 'challenge')?.default;
  // A template written for another challenge keeps only its front matter: its prose is about that one.
  const keepProse = written === undefined || written === '' || written === challenge.id;
  const scenario = ['<!--', `The challenge: ${challenge.scenario.trim()}`, 'These comments are prompts: replace them with your answer.', '-->'];
  const preamble = keepProse ? trimBlank(doc.lines.slice(bodyStart, level2[0]?.line ?? doc.lines.length)) : [`# ${challenge.title}`];
  if (written !== challenge.id) preamble.push('', ...scenario);
  const templateSections = keepProse
    ? level2.map((s, i) => ({ heading: s.heading, lines: demote(doc.lines.slice(s.line, level2[i + 1]?.line ?? doc.lines.length), s.line, doc.sections.map((x) => x.line)) }))
    : [];

  const answers = answerSections(challenge, templateSections);
  const out = [...header, ...preamble, ''];
  plan.forEach((planned) => {
    const phase = PHASES.find((p) => p.id === planned.id)!;
    out.push(...phaseHeading(phase, planned.minutes), '');
    for (const a of answers.filter((x) => x.phase === phase.id)) out.push(...trimBlank(a.lines), '');
  });
  return { ok: true, text: `${out.join('\n').trimEnd()}\n`, fileName: `${challenge.id}-${sessionId}.md` };
}

function phaseHeading(phase: Phase, minutes: number): string[] {
  return [`## ${phase.title} (${minutes} min)`, '', '<!--', `${phase.goal} What the interviewer expects now:`, ...phase.prompts.map((p) => `- ${p}`), '-->'];
}

/**
 * One section per criterion, under the phase whose focus shares most of its topics (high-level design
 * on a tie or without topics). A template section that matches a criterion is used as written.
 */
function answerSections(challenge: ChallengeInfo, templateSections: readonly { heading: string; lines: readonly string[] }[]): AnswerSection[] {
  const holders = PHASES.filter((p) => p.holdsAnswers);
  const phaseOf = (topics: readonly string[]): PhaseId => {
    let best = holders[0];
    let bestOverlap = 0;
    for (const p of holders) {
      const overlap = topics.filter((t) => (p.focus as readonly string[]).includes(t)).length;
      if (overlap > bestOverlap) [best, bestOverlap] = [p, overlap];
    }
    return best.id;
  };
  const matched = matchSections(challenge, templateSections.map((s) => s.heading));
  const used = new Set<number>();
  const out: AnswerSection[] = challenge.criteria.map((c, ci) => {
    const si = matched[ci];
    if (si !== undefined) {
      used.add(si);
      return { phase: phaseOf(c.topics), lines: templateSections[si].lines };
    }
    return { phase: phaseOf(c.topics), lines: [`### ${c.title}`, '', '<!--', `- ${c.question}`, '-->'] };
  });
  // Template sections that answer no criterion are kept, never dropped.
  templateSections.forEach((s, i) => {
    if (!used.has(i)) out.push({ phase: holders[0].id, lines: s.lines });
  });
  return out;
}

/** For each criterion, the index of the template section with the same words in its heading; then by position when the counts agree. */
function matchSections(challenge: ChallengeInfo, headings: readonly string[]): (number | undefined)[] {
  const stems = headings.map((h) => new Set(phraseStems(h)));
  const taken = new Set<number>();
  const result = challenge.criteria.map((c) => {
    const want = phraseStems(c.title).filter((s) => s.length > 2);
    let best: number | undefined;
    let bestShare = 0.5;
    stems.forEach((have, i) => {
      if (taken.has(i) || !want.length) return;
      const share = want.filter((w) => have.has(w)).length / want.length;
      if (share >= bestShare) [best, bestShare] = [i, share + 1e-9];
    });
    if (best !== undefined) taken.add(best);
    return best;
  });
  if (headings.length === challenge.criteria.length) {
    const free = headings.map((_, i) => i).filter((i) => !taken.has(i));
    result.forEach((r, ci) => {
      if (r === undefined) result[ci] = free.shift();
    });
  }
  return result;
}

/** Heading lines (absolute `headingLines`) inside `lines` (starting at `from`) go one level deeper. */
function demote(lines: readonly string[], from: number, headingLines: readonly number[]): string[] {
  const inside = new Set(headingLines.map((l) => l - from));
  return lines.map((l, i) => (inside.has(i) && /^ {0,3}#{1,5}\s/.test(l) ? l.replace('#', '##') : l));
}

function trimBlank(lines: readonly string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a].trim()) a++;
  while (b > a && !lines[b - 1].trim()) b--;
  return lines.slice(a, b);
}
