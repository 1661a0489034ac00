// Whether a regular expression a user wrote can backtrack catastrophically: `^(a+)+$` takes minutes on thirty a's
// and a '!'. The pattern is parsed with regexpp (the parser ESLint's regexp rules use) and read for the one shape
// behind exponential backtracking: inside a repetition, two ways to spend the same character, either a repetition or
// an optional part that can also hand its characters to what comes after it in the same round (or to the next round),
// or alternatives that start with the same character. Polynomial cases (`.*a.*a`) are left alone: the values a
// pattern runs on are short (MAX_PATTERN_INPUT). Pure.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** The longest text a user's pattern is run on: a single-line template value. */
export const MAX_PATTERN_INPUT = 1000;

/** A set of UTF-16 code units, as sorted, disjoint, inclusive ranges. */
type CharSet = readonly (readonly [number, number])[];

const MAX_UNIT = 0xffff;
const EMPTY: CharSet = [];
const ALL: CharSet = [[0, MAX_UNIT]];
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
const SPACE: CharSet = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const LINE_ENDS: CharSet = [[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]];

function union(...sets: CharSet[]): CharSet {
  const ranges = sets.flat().map(([lo, hi]) => [lo, hi] as [number, number]).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (const [lo, hi] of union(set)) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_UNIT) out.push([next, MAX_UNIT]);
  return out;
}

/** The lowest code unit in both sets, or undefined when they share none. */
function shared(a: CharSet, b: CharSet): number | undefined {
  let best: number | undefined;
  for (const [alo, ahi] of a)
    for (const [blo, bhi] of b) {
      const lo = Math.max(alo, blo);
      if (lo <= Math.min(ahi, bhi) && (best === undefined || lo < best)) best = lo;
    }
  return best;
}

type Node = AST.Alternative | AST.Element | AST.CharacterClassElement;

function setOf(node: AST.CharacterSet): CharSet {
  let set: CharSet;
  if (node.kind === 'any') return complement(LINE_ENDS);
  if (node.kind === 'property') set = ALL; // unknown members: assume any character
  else set = node.kind === 'digit' ? DIGIT : node.kind === 'space' ? SPACE : WORD;
  return node.negate ? complement(set) : set;
}

/** The characters a node can start with, and whether it can match the empty string. */
function first(node: Node): { set: CharSet; nullable: boolean } {
  switch (node.type) {
    case 'Character':
      return { set: [[node.value, node.value]], nullable: false };
    case 'CharacterSet':
      return { set: setOf(node), nullable: false };
    case 'CharacterClassRange':
      return { set: [[node.min.value, node.max.value]], nullable: false };
    case 'CharacterClass': {
      const inner = union(...node.elements.map((e) => first(e).set));
      return { set: node.negate ? complement(inner) : inner, nullable: false };
    }
    case 'Alternative':
      return sequenceFirst(node.elements);
    case 'Group':
    case 'CapturingGroup': {
      const alts = node.alternatives.map(first);
      return { set: union(...alts.map((a) => a.set)), nullable: alts.some((a) => a.nullable) };
    }
    case 'Quantifier': {
      const inner = first(node.element);
      return { set: inner.set, nullable: node.min === 0 || inner.nullable };
    }
    case 'Backreference':
      return { set: ALL, nullable: true };
    default:
      // Assertions are zero-width; anything else (v-flag string classes) is read as any character.
      return node.type === 'Assertion' ? { set: EMPTY, nullable: true } : { set: ALL, nullable: true };
  }
}

function sequenceFirst(elements: readonly Node[]): { set: CharSet; nullable: boolean } {
  const sets: CharSet[] = [];
  for (const e of elements) {
    const f = first(e);
    sets.push(f.set);
    if (!f.nullable) return { set: union(...sets), nullable: false };
  }
  return { set: union(...sets), nullable: true };
}

/** Every character a node can consume anywhere in its match. */
function consumed(node: Node): CharSet {
  switch (node.type) {
    case 'Alternative':
      return union(...node.elements.map(consumed));
    case 'Group':
    case 'CapturingGroup':
      return union(...node.alternatives.map(consumed));
    case 'Quantifier':
      return consumed(node.element);
    case 'Assertion':
      return EMPTY;
    default:
      return first(node).set;
  }
}

/** A single character, or content that itself repeats without bound: the alternatives that can trade characters. */
function repeatsOrOneChar(node: AST.Alternative): boolean {
  const one = node.elements.length === 1 && ['Character', 'CharacterSet', 'CharacterClass'].includes(node.elements[0].type);
  const unbounded = (n: Node): boolean =>
    n.type === 'Quantifier' ? n.max === Infinity || unbounded(n.element) : n.type === 'Group' || n.type === 'CapturingGroup' ? n.alternatives.some((a) => a.elements.some(unbounded)) : false;
  return one || node.elements.some(unbounded);
}

class Ambiguity extends Error {
  constructor(readonly pick: number) {
    super('ambiguous repetition');
  }
}

/**
 * Walks `node`, where `follow` is what can come right after it inside the innermost repetition around it (the rest
 * of the round, then the next round); `inLoop` says there is such a repetition.
 */
function walk(node: Node, follow: CharSet, inLoop: boolean): void {
  switch (node.type) {
    case 'Alternative':
      node.elements.forEach((e, i) => {
        const rest = sequenceFirst(node.elements.slice(i + 1));
        walk(e, rest.nullable ? union(rest.set, follow) : rest.set, inLoop);
      });
      return;
    case 'Group':
    case 'CapturingGroup': {
      const alts = node.alternatives;
      if (inLoop)
        for (let i = 0; i < alts.length; i++)
          for (let j = i + 1; j < alts.length; j++) {
            const pick = shared(first(alts[i]).set, first(alts[j]).set);
            if (pick !== undefined && repeatsOrOneChar(alts[i]) && repeatsOrOneChar(alts[j])) throw new Ambiguity(pick);
          }
      for (const a of alts) walk(a, follow, inLoop);
      return;
    }
    case 'Quantifier': {
      // A count that can vary ('+', '?', {1,3}) can give a character to what follows in the same round.
      if (inLoop && node.max > node.min) {
        const pick = shared(consumed(node.element), follow);
        if (pick !== undefined) throw new Ambiguity(pick);
      }
      if (node.max < 2) return walk(node.element, follow, inLoop);
      // Inside the repetition, a round can be followed by another round, or by what follows it in an outer round.
      const next = first(node.element).set;
      return walk(node.element, inLoop ? union(next, follow) : next, true);
    }
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') for (const a of node.alternatives) walk(a, EMPTY, false);
      return;
    default:
      return;
  }
}

function describe(code: number): string {
  if (code === 0x20) return 'spaces';
  if (code < 0x20 || code === 0x7f) return `'\\u${code.toString(16).padStart(4, '0')}'`;
  return `'${String.fromCharCode(code)}'`;
}

/**
 * Why `source` may take exponential time on some input, or undefined when it cannot. A pattern the parser cannot
 * read is left to the caller's own syntax check.
 */
export function backtrackingProblem(source: string): string | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser().parsePattern(source, 0, source.length, { unicode: false });
  } catch {
    return undefined;
  }
  try {
    for (const a of pattern.alternatives) walk(a, EMPTY, false);
  } catch (e) {
    if (!(e instanceof Ambiguity)) throw e;
    return `can take exponential time on a value such as many ${describe(e.pick)} (nested or overlapping repetition); write it without repeating a repetition, e.g. ^a+$ for ^(a+)+$`;
  }
  return undefined;
}
