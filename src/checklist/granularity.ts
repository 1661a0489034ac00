// Finds service counts far beyond what the team can own ("40 microservices, 5 engineers").
import { negatedBefore, type Sentence, type Token } from '../shared/text';

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  one: 1, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, 'a hundred': 100, dozens: 24,
};
const NUM = '(\\d+|(?:twenty|thirty|forty|fifty|sixty)-(?:one|two|three|four|five|six|seven|eight|nine)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred|dozens)';
const SERVICES = new RegExp(`\\b${NUM}(?: of)? (?:[a-z-]+ ){0,2}(?:(?:micro-?)?services|svcs)\\b`, 'g');
const TEAM = new RegExp(`\\b(?:${NUM}[- ](?:person|people|engineers?|developers?|devs|programmers|members)|team of ${NUM}|${NUM} of us)\\b`);
const ENGINEERS = new RegExp(`\\b${NUM}[- ](?:engineers?|developers?|devs|programmers)\\b`);
/** A team of one: "the co-op's only developer", "a single engineer", "our sole developer". */
const SOLE = /\b(only|sole|single|solo|lone) (developer|engineer|programmer|dev)\b|\b(the|our|its|their|[a-z]+'s) one (developer|engineer|programmer)\b/;
/** Deployables counted as such: "22 separate Fly.io apps", "18 independently deployed applications". */
const DEPLOYABLES = new RegExp(`\\b${NUM} (?:separate|separately deployed|independent|independently deployed|deployable)(?: [a-z.-]+){0,2} (?:apps|applications|deployables|services)\\b`, 'g');

/**
 * The one rule of how many services a team can own, shared by the detector and the modular-monolith challenge:
 * more than one and a half services per engineer (12 for 8 engineers), and at least eight, is too fine. Each
 * service then has well under one engineer to build, run, page and upgrade it.
 */
export const TOO_MANY_SERVICES = { perEngineer: 1.5, atLeast: 8 } as const;

/**
 * A team given by its people's names, after what they do for the services: "built and run by Priya and Tom",
 * "written, deployed and looked after by Matteo". As written: the capitals tell a name.
 */
const NAMED_TEAM = /\b(?:built|run|written|maintained|looked after|owned|carried|supported|operated|deployed)(?:,? (?:and )?[a-z]+(?: after)?){0,4},? by ([A-Z][a-z]+)(?:(?:, ([A-Z][a-z]+))*,? and ([A-Z][a-z]+))?\b(?! (?:team|squad|group|department|Ltd|Inc)\b)/;
function namedTeam(text: string): number {
  const m = NAMED_TEAM.exec(text);
  if (!m) return 0;
  return 1 + (m[3] ? 1 : 0) + (m[2] ? 1 : 0);
}

function value(word: string): number {
  // "thirty-two": the tens and the units.
  if (word.includes('-')) return word.split('-').reduce((sum, part) => sum + (NUMBER_WORDS[part] ?? 0), 0);
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 0);
}

/** A sentence's team size and largest service count not negated (0 when it states none), by its text. */
interface Counts {
  readonly team: number;
  readonly services: number;
  /** The team is counted in engineers ("11 engineers"), not any headcount. */
  readonly engineers: boolean;
  /** The count is supposed ("if each had one, we would be running nine services"). */
  readonly supposed: boolean;
}
const counts = new WeakMap<readonly Token[], Counts>();
function countsOf(s: Sentence): Counts {
  let c = counts.get(s.tokens);
  if (!c) {
    const m = TEAM.exec(s.norm);
    let services = 0;
    for (const re of [SERVICES, DEPLOYABLES]) for (const x of s.norm.matchAll(re)) if (!negatedBefore(s, x.index)) services = Math.max(services, value(x[1]));
    const team = m ? value(m[1] ?? m[2] ?? m[3]) : SOLE.test(s.norm) ? 1 : namedTeam(s.text);
    counts.set(s.tokens, (c = { team, services, engineers: ENGINEERS.test(s.norm), supposed: /\b(would|if)\b/.test(s.norm) }));
  }
  return c;
}

export function findGranularity(
  sentences: readonly Sentence[],
  servicesPerEngineer: number,
  minServices: number,
): { line: number; text: string } | undefined {
  // Engineers counted as engineers first ("3 squads (11 engineers)"); "Ops (3 people)" may be staff, not the team.
  const firstTeam = (counts: (s: Sentence) => boolean): number => {
    for (const s of sentences) if (counts(s) && countsOf(s).team) return countsOf(s).team;
    return 0;
  };
  const team = firstTeam((s) => countsOf(s).engineers) || firstTeam(() => true);
  let most: { count: number; s: Sentence } | undefined;
  for (const s of sentences) {
    // "If each had one, we would be running nine services": a count supposed, not the design's.
    if (s.hedged || countsOf(s).supposed) continue;
    const count = countsOf(s).services;
    if (count && (!most || count > most.count)) most = { count, s };
  }
  if (!most || team <= 0) return undefined;
  if (most.count >= minServices && most.count >= servicesPerEngineer * team) {
    return { line: most.s.line, text: most.s.text };
  }
  return undefined;
}
