// Pathological inputs: the shapes that once froze the extension host (exponential or quadratic
// expressions and loops), and long runs of any single character or word, each about 1 MB, through
// the checklist, the diagrams and the scorer. A user notices anything slower than a keystroke's
// patience: each run must finish within 2 s, 4 s for the scorer (the worst took minutes before the fix).
import * as assert from 'node:assert/strict';
import { defaultEngine } from '../../../src/checklist/engine';
import { hasDesignFlag } from '../../../src/checklist/settings';
import { diagramsOf } from '../../../src/diagrams/blocks';
import { builtinRubrics } from '../../../src/scoring/catalog';
import { scoreAnswer } from '../../../src/scoring/scorer';
import { parseDocument } from '../../../src/shared/document';

const MB = 1 << 20;
const LIMIT_MS = 2000;
/** `unit` repeated to about 1 MB, between `head` and `tail`. */
const fill = (unit: string, head = '', tail = ''): string => head + unit.repeat(Math.ceil((MB - head.length - tail.length) / unit.length)) + tail;

/** The shapes named in issue 18, each with the place it once froze. */
export const SHAPES: Readonly<Record<string, string>> = {
  'CRLF front matter without the flag (front-matter detection)': fill('key: value\r\n', '---\r\n', '---\r\n# Title\r\n'),
  'a ```saga block of blank lines (the empty-block check)': fill('\n', '```saga\n', 'name: x\n```\n'),
  'a CRLF spec of blank lines (the empty-block check)': fill('\r\n', '', 'name: x\r\n'),
  '<!----> repeated (blankComments)': fill('<!---->'),
  '"A. " repeated (the sentence line count)': fill('A. '),
  '{ repeated (PLACEHOLDER)': fill('{', 'x {{'),
  '"[your " repeated (PLACEHOLDER)': fill('[your '),
  '[ then ]( (the link-stripping expression)': fill('[', '', ']('),
  '"[a](" repeated (the link-stripping expression)': fill('[a]('),
  'a saga name with a long run of spaces (titleOf)': fill(' ', '```saga\nname: a', 'b\nstyle: wrong\n```\n'),
  '"{{a " repeated': fill('{{a '),
  '"<a " repeated': fill('<a '),
  '"- " nested lists in YAML': fill('- ', '```saga\nsteps:\n'),
  'a long sentence of calls (the call-chain search)': fill('the payment service calls the order service '),
};

/** Characters that mean something to Markdown, YAML, Mermaid or the text analysis, and a few others. */
const CHARACTERS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\u2026', '\u2014', '\ufeff', '\u0000', '\ud83d\ude80',
];
const WORDS = ['service ', 'todo ', 'replace ', 'we will use kafka ', 'not ', 'because ', 'the payment service calls the order service ', '- item\n', '# heading\n', '| a | b |\n', '> quote\n', '    code\n', '```\n', 'name: x\n'];

/** The smaller of wall-clock and CPU time: other work on a shared machine must not fail the suite, a freeze must. */
function measure(run: () => unknown): number {
  const start = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return Math.min(performance.now() - start, (used.user + used.system) / 1000);
}

/**
 * Score Answer runs on a command, not while typing, and its per-sentence work (stance, phrase matching) is linear
 * but heavy: 1 MB of one-word sentences or list items (150,000 to 350,000 of them) takes 1.6–2.5 s on a busy
 * machine. It gets twice the budget; a freeze would still take minutes.
 */
const SCORE_LIMIT_MS = 2 * LIMIT_MS;

/** Over the limit, a second run decides (the better of two): a freeze is slow every time, a busy moment once. */
function timed(what: string, run: () => unknown): void {
  const limit = what.endsWith(': score') ? SCORE_LIMIT_MS : LIMIT_MS;
  let ms = measure(run);
  if (ms >= limit) ms = Math.min(ms, measure(run));
  assert.ok(ms < limit, `${what} took ${Math.round(ms)} ms (the limit is ${limit} ms)`);
}

const engine = defaultEngine();
const rubric = builtinRubrics()[0];

function throughEverything(name: string, text: string): void {
  timed(`${name}: check`, () => engine.run(parseDocument(text)));
  timed(`${name}: diagram (Markdown)`, () => diagramsOf('doc.md', text));
  timed(`${name}: diagram (in a saga block)`, () => diagramsOf('doc.md', '```saga\n' + text + '\n```\n'));
  timed(`${name}: diagram (a .saga.yaml file)`, () => diagramsOf('doc.saga.yaml', text));
  timed(`${name}: score`, () => scoreAnswer(text, rubric));
  timed(`${name}: front-matter flag`, () => hasDesignFlag(text));
}

describe('pathological inputs (1 MB each, 2 s at most through check and diagram, 4 s through score)', function () {
  this.timeout(60_000);
  for (const [name, text] of Object.entries(SHAPES)) it(name, () => throughEverything(name, text));
  // One test each, so that a slow one is named and the suite's time limit applies to each, not to all 120 together
  // (the limits that matter are the per-operation ones above).
  for (const c of CHARACTERS) it(`a long run of ${JSON.stringify(c)}`, () => throughEverything(`${JSON.stringify(c)} repeated`, fill(c)));
  for (const w of WORDS) it(`a long run of the word ${JSON.stringify(w)}`, () => throughEverything(`${JSON.stringify(w)} repeated`, fill(w)));
});
