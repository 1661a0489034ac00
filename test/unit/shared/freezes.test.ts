// The inputs of issue 18 that froze the extension host, at the sizes it measured: each now answers at once,
// and still answers the same. (pathological.test.ts runs the same shapes at 1 MB through every pipeline.)
import * as assert from 'node:assert/strict';
import { defaultEngine } from '../../../src/checklist/engine';
import { hasDesignFlag } from '../../../src/checklist/settings';
import { diagramsOf } from '../../../src/diagrams/blocks';
import { readSpec } from '../../../src/diagrams/schema';
import { builtinRubrics } from '../../../src/scoring/catalog';
import { scoreAnswer } from '../../../src/scoring/scorer';
import { stanceOf } from '../../../src/scoring/stance';
import { blankComments, parseDocument } from '../../../src/shared/document';
import { sentencesOf } from '../../../src/shared/text';
import { buildCatalog } from '../../../src/templates/catalog';
import { parseTemplate, renderTemplate, validateValue } from '../../../src/templates/render';

/** Runs `fn` and fails when it takes longer than a keystroke can wait. */
function quick<T>(fn: () => T, ms = 250): T {
  const start = performance.now();
  const result = fn();
  const took = performance.now() - start;
  assert.ok(took < ms, `took ${Math.round(took)} ms (at most ${ms} ms)`);
  return result;
}

describe('inputs that froze the editor (issue 18)', () => {
  it('front matter saved with CRLF is read line by line (was 31 s for 28 lines, exponential)', () => {
    const crlf = (...lines: string[]): string => lines.join('\r\n') + '\r\n';
    const without = crlf('---', ...Array.from({ length: 28 }, (_, i) => `key${i}: value`), '---', '# Title');
    assert.equal(quick(() => hasDesignFlag(without)), false);
    assert.equal(hasDesignFlag(crlf('---', 'title: x', 'design-workbench: true', '---')), true);
    assert.equal(hasDesignFlag(crlf('---', 'title: x', '---', 'design-workbench: true')), false, 'after the front matter it is prose');
  });

  it('a spec of blank lines is an empty block, whatever the line ends (was 25 s for 28 lines, 41 s for 18 CRLF lines)', () => {
    for (const text of ['\n'.repeat(28) + '# only a comment', '\r\n'.repeat(18), ' \t\r\n# c\r\n  \n']) {
      const { problems } = quick(() => readSpec('saga', text, 0));
      assert.match(problems[0].message, /got an empty block/);
    }
    const { problems } = quick(() => readSpec('saga', '\r\n'.repeat(18) + 'name: x', 0));
    assert.doesNotMatch(problems[0].message, /empty block/, 'a block with a key is not empty');
  });

  it('a line of 40,000 comments is blanked once (was 17 s)', () => {
    const { lines, comments } = quick(() => blankComments(['<!---->'.repeat(40_000)]));
    assert.equal(comments.length, 40_000);
    assert.equal(lines[0].trim(), '');
    const mixed = blankComments(['a <!-- b --> c <!-- d', 'e --> f <!-- g']);
    assert.deepEqual(mixed.lines, [`a${' '.repeat(12)}c${' '.repeat(7)}`, `${' '.repeat(6)}f${' '.repeat(7)}`]);
    assert.deepEqual(mixed.comments.map((c) => [c.text, c.line, c.endLine]), [['b', 0, 0], ['d\ne', 0, 1], ['g', 1, 1]]);
  });

  it('sentences keep their lines without counting from the start each time (was 3.5 s for 100 KB of "A. ")', () => {
    const many = quick(() => sentencesOf(parseDocument('A. '.repeat(40_000))), 1500);
    assert.equal(many.length, 40_000);
    const lines = sentencesOf(parseDocument('One. Two.\nThree.\nFour. Five.')).map((s) => [s.text, s.line]);
    assert.deepEqual(lines, [['One.', 0], ['Two.', 0], ['Three.', 1], ['Four.', 2], ['Five.', 2]]);
  });

  it('template prompts are still found, and a run of { or "[your " is read once (each was quadratic)', () => {
    const placeholder = (md: string): boolean => sentencesOf(parseDocument(md))[0].placeholder;
    assert.equal(placeholder('Discovery: {{ mechanism }}.'), true);
    assert.equal(placeholder('Discovery: [your choice here].'), true);
    assert.equal(placeholder('x {{{{ a }}'), true, 'the innermost pair of braces still counts');
    assert.equal(placeholder('We use Consul for discovery.'), false);
    quick(() => sentencesOf(parseDocument('x {{' + '{'.repeat(300_000))), 1000);
    quick(() => sentencesOf(parseDocument('[your '.repeat(50_000))), 1000);
  });

  it('links keep their text, and a run of [ before ]( is read once (was quadratic)', () => {
    assert.equal(sentencesOf(parseDocument('We use [Kafka](https://kafka.apache.org) for events.'))[0].text, 'We use Kafka for events.');
    quick(() => sentencesOf(parseDocument('['.repeat(300_000) + '](')), 1000);
    quick(() => sentencesOf(parseDocument('[a]('.repeat(75_000))), 1000);
  });

  it('a saga with errors is titled by its name, however many spaces surround it (was 13 s)', () => {
    const title = (name: string): string => diagramsOf('a.md', '```saga\n' + name + '\nstyle: wrong\n```\n')[0].title;
    assert.equal(title('name:   "Place order"  '), 'Place order');
    assert.equal(title("name: 'Ship'"), 'Ship');
    assert.equal(title('name: "unclosed'), '"unclosed');
    assert.equal(title('name:   '), 'Saga 1');
    assert.equal(quick(() => title('name: a' + ' '.repeat(100_000) + 'b')), 'a' + ' '.repeat(100_000) + 'b');
  });

  it('a sentence of thousands of calls is read once (the call-chain search was quadratic: 218 s at 1 MB)', () => {
    const report = quick(() => defaultEngine().run(parseDocument('the payment service calls the order service '.repeat(4000))), 1500);
    assert.ok(report);
    const chain = defaultEngine().run(parseDocument('The order service calls the payment service, which calls the fraud service, which calls the ledger service.'));
    assert.ok(chain.antipatterns.some((a) => a.id === 'synchronous-chains'));
  });

  it('a sentence of many "replace" words is scored once (the stance search was quadratic)', () => {
    const rubric = builtinRubrics()[0];
    quick(() => scoreAnswer('replace '.repeat(100_000), rubric), 2000);
    const [s] = sentencesOf(parseDocument('We replace the shared database with a database per service.'));
    const { replaced } = stanceOf(s);
    assert.deepEqual(s.tokens.filter((_, i) => replaced[i]).map((t) => t.word), ['the', 'shared', 'database']);
  });

  it('a template placeholder with blanks inside its braces still fills in, and a run of blanks is read once', () => {
    const parsed = parseTemplate('t.md', '---\nid: t\nname: T\ndescription: d\nvariables:\n  - { name: system, prompt: System }\n---\n# {{  system  }}\n');
    assert.ok(parsed.ok);
    const out = renderTemplate(parsed.template, { system: 'Checkout' }, { now: () => new Date(0) });
    assert.ok(out.ok && out.text.includes('# Checkout'));
    quick(() => parseTemplate('t.md', '---\nid: t\nname: T\ndescription: d\n---\n{{' + ' '.repeat(100_000) + 'x'), 1000);
  });

  describe('a regular expression a user wrote', () => {
    const template = (pattern: string, value = 'a'): string =>
      `---\nid: t\nname: T\ndescription: d\nvariables:\n  - name: a\n    prompt: A\n    pattern: '${pattern}'\n    default: ${value}\n---\n{{a}}\n`;

    it('is refused on load when it can backtrack catastrophically (^(a+)+$ with a long default hung `templates`)', () => {
      const parsed = quick(() => parseTemplate('t.md', template('^(a+)+$', 'a'.repeat(40) + '!')));
      assert.ok(!parsed.ok);
      assert.equal(parsed.errors[0].line, 8, 'at the pattern\'s line');
      assert.match(parsed.errors[0].message, /pattern can take exponential time .*\^a\+\$/);
      assert.ok(!parseTemplate('t.md', template('^(\\\\d+)*x$')).ok);
      assert.ok(parseTemplate('t.md', template('^[a-z]+(-[a-z]+)*$')).ok, 'an ordinary pattern still loads');
    });

    it('is refused for every shape that backtracks exponentially, and ordinary patterns still load', () => {
      // Each refused pattern takes seconds to minutes in V8 on thirty characters; each accepted one is instant.
      for (const p of ['(a|a)*$', '(\\w|\\d)+$', '((ab)*)*c', '(a?a?)+b', '^(\\w+\\s?)+$', '(.*,)+x', '(?:[ab]|b)+c'])
        assert.ok(!parseTemplate('t.md', template(p)).ok, `${p} is refused`);
      const ordinary = { '^(ab|ac)*$': 'abac', '^\\w+(\\s\\w+)*$': 'a b', '^([a-z0-9]+\\.)*[a-z]+$': 'a.b', '^(\\d+)(,\\d+)*$': '1,2', '^[A-Z]{2,}-\\d+$': 'AB-1', '(?=\\w)(a|b)+$': 'ab' };
      for (const [p, value] of Object.entries(ordinary)) {
        assert.ok(parseTemplate('t.md', template(p, value)).ok, `${p} loads`);
        const re = new RegExp(p);
        for (const c of ['a', '1', 'ab', ' ', '.']) quick(() => re.test(c.repeat(500) + '!'), 1000);
      }
    });

    it('runs on a bounded value', () => {
      assert.match(validateValue({ name: 'a', prompt: 'A', required: true, pattern: '^a+$' }, 'a'.repeat(5000)) ?? '', /at most 1000 characters/);
    });

    it('from the workspace is not run in an untrusted workspace, and the template says so', () => {
      const files = [{ file: 'ws/t.md', text: template('^b$', 'b'), source: 'workspace' as const }];
      const untrusted = buildCatalog(files, { workspacePatterns: false });
      assert.equal(untrusted.find('t')!.template.variables[0].pattern, undefined);
      assert.match(untrusted.errors[0].message, /not trusted/);
      assert.equal(buildCatalog(files).find('t')!.template.variables[0].pattern, '^b$', 'trusted, the pattern runs');
    });
  });
});
