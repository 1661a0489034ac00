// Property tests for the diagrams: random specs with hostile names (quotes, `;`, `#`, `%%`, arrows,
// HTML, line breaks, unicode, blanks) always give diagrams that mermaid parses, with exactly the
// participants asked for, each name shown as written and no markup let through.
//
// Reproduce a failure with the seed fast-check prints:  FC_SEED=<seed> npx mocha out/test/unit/diagram-property.test.js
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { diagramsOf, discoveryMermaid, sagaMermaid, simulateSaga, type DiscoverySpec, type SagaSpec } from '../../../src/diagrams';
import { displayText as shown, mermaidText, plainLine } from '../../../src/diagrams/escape';
import { DISCOVERY_PATTERNS } from '../../../src/diagrams/schema';
import { diagramDb, loadMermaid, parseMermaid } from '../../support/diagram-mermaid';

const SCALE = Number(process.env.FC_RUNS_SCALE ?? '1') || 1;
const SEED = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(numRuns * SCALE)), ...(SEED === undefined ? {} : { seed: SEED }) });

/** Text that means something to Mermaid, HTML or YAML, mixed with arbitrary unicode. */
const hostile = fc.oneof(
  fc.constantFrom('"', "'", ';', '#', '#quot;', '#59;', '%%', '%%{init: {}}%%', '-->', '->>', '--x', '-)', '<script>alert(1)</script>', '<b>bold</b>', '<br/>', '&lt;', 'end', 'participant', 'as', 'Note over', 'loop', 'style x fill:#f00;', 'classDef a fill:#fff;', 'wrap: x', 'a, b', '10.0.0.5:8080', '@{ "type": "queue" }', '`md`', '[x]', '{x}', '|x|', 'ﬂ°°60¶ß', ' ', '\n', '\u2028', 'é', '😀', '\u202e'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const name = fc.array(hostile, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const step = fc.record({ service: name, action: name, event: maybe(name), compensation: maybe(name), pivot: maybe(fc.boolean()), retryable: maybe(fc.boolean()) });
const saga: fc.Arbitrary<SagaSpec> = fc.record({
  name,
  style: fc.constantFrom('choreography' as const, 'orchestration' as const),
  orchestrator: maybe(name),
  broker: maybe(name),
  steps: fc.array(step, { minLength: 1, maxLength: 5 }),
});
const discovery: fc.Arbitrary<DiscoverySpec> = fc.record({
  pattern: fc.constantFrom(...DISCOVERY_PATTERNS),
  caller: name,
  service: name,
  instances: fc.array(name, { minLength: 1, maxLength: 3 }),
  registry: maybe(name),
  loadBalancer: maybe(name),
  dns: maybe(name),
  mesh: maybe(name),
});

/** Mermaid keeps `#60;` as a placeholder until it draws; this turns it back into the character. */
const decodeCodes = (s: string): string => s.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
const decode = (s: string): string => s.replace(/\uFB02\u00B0\u00B0(\d+)\u00B6\u00DF/g, (_, n: string) => String.fromCodePoint(Number(n)));

/** No user text escapes its label: no tag, no statement break, no comment, no stray quote. */
function assertNoInjection(mermaid: string): void {
  const body = mermaid.replace(/#\d+;/g, '');
  assert.doesNotMatch(body, /</, 'no raw "<" (no HTML, no <script>)');
  assert.doesNotMatch(body, /[;#%`]/, 'no statement break, comment, directive or markdown string');
  for (const line of body.split('\n')) {
    const outside = line.replace(/\["[^"]*"\]|\|"[^"]*"\||\s\["[^"]*"\]$/g, '');
    assert.doesNotMatch(outside, /"/, `a quote outside a label: ${line}`);
  }
}

interface Actor {
  readonly description: string;
}

function actorsOf(db: Record<string, (...args: unknown[]) => unknown>): string[] {
  return [...(db.getActors() as Map<string, Actor>).values()].map((a) => decode(a.description));
}

/** The participants a saga must have: orchestrator first, or the broker last; a service once. */
function sagaCast(spec: SagaSpec): string[] {
  const services = [...new Map(spec.steps.map((s) => [plainLine(s.service).toLowerCase(), shown(s.service)])).values()];
  return spec.style === 'orchestration' ? [shown(spec.orchestrator ?? `${spec.name} orchestrator`), ...services] : [...services, shown(spec.broker ?? 'Message broker')];
}

describe('diagram properties', function () {
  this.timeout(120000);
  before(async () => {
    await loadMermaid();
  });

  it('a saga with any names parses, every simulation frame too, with the right participants', async () => {
    await fc.assert(
      fc.asyncProperty(saga, fc.nat(), async (spec, k) => {
        const failAt = k % (spec.steps.length + 1) || undefined;
        const text = sagaMermaid({ ...spec, failAt });
        assertNoInjection(text);
        assert.deepEqual(actorsOf(await diagramDb(text)), sagaCast(spec));
        for (const frame of simulateSaga(spec, failAt)) {
          assertNoInjection(frame.mermaid);
          assert.equal(await parseMermaid(frame.mermaid), 'sequence');
        }
      }),
      params(60),
    );
  });

  it('the messages show the steps\' actions as written', async () => {
    await fc.assert(
      fc.asyncProperty(saga, async (spec) => {
        const db = await diagramDb(sagaMermaid(spec));
        const messages = (db.getMessages() as { message?: string }[]).map((m) => decode(m.message ?? ''));
        spec.steps.forEach((s, i) => assert.ok(messages.includes(`${i + 1}. ${shown(s.action)}`), `step ${i + 1}: ${JSON.stringify(s.action)}`));
      }),
      params(60),
    );
  });

  it('a discovery setup with any names parses, with every name shown as written', async () => {
    await fc.assert(
      fc.asyncProperty(discovery, async (spec) => {
        const text = discoveryMermaid(spec);
        assertNoInjection(text);
        const db = await diagramDb(text);
        if (text.startsWith('sequenceDiagram')) {
          const actors = actorsOf(db);
          assert.equal(actors[0], shown(spec.caller));
          assert.deepEqual(actors.slice(-spec.instances.length), spec.instances.map((a) => `${shown(spec.service)} ${shown(a)}`));
        } else {
          const vertices = [...(db.getVertices() as Map<string, { text?: string }>).values()].map((v) => v.text ?? '');
          const subgraphs = (db.getSubGraphs() as { title: string }[]).map((g) => g.title);
          const labels = [...vertices, ...subgraphs].map(decode);
          assert.ok(labels.includes(shown(spec.caller)) || labels.includes(`${shown(spec.caller)} pod`), 'the caller is drawn');
          for (const a of spec.instances) assert.ok(labels.some((l) => l.endsWith(` ${shown(a)}`)), `instance ${JSON.stringify(a)}`);
        }
      }),
      params(80),
    );
  });

  it('escaped text is one trimmed line with no arrow, whichever way it is escaped', () => {
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(...'ab1 .,_()/?!\'-x>)é#'.split('')), maxLength: 16 }), hostile);
    fc.assert(
      fc.property(text, (s) => {
        const out = mermaidText(s);
        assert.doesNotMatch(out, /-[-x)>]|\s{2}|^\s|\s$|[\n\r]/);
        assert.equal(decodeCodes(out), shown(s));
      }),
      params(500),
    );
  });

  it('any block text gives problems inside the block, never an exception', () => {
    const yamlish = fc.array(fc.oneof(hostile, fc.constantFrom('name: x', 'style: choreography', 'steps:', '  - service: a', '    action: b', '    compensaton: c', 'failAt: 2', 'pattern: dns', 'instances: [a]', ': :', '- -', '  ', '\t', '"', "'", '{', '[')), { maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom('saga', 'discovery'), yamlish, (kind, lines) => {
        const text = `# T\n\n\`\`\`${kind}\n${lines.join('\n').replace(/`{3,}|~{3,}/g, '')}\n\`\`\`\n`;
        for (const b of diagramsOf('t.md', text)) {
          for (const p of b.problems) assert.ok(p.line >= b.contentLine && p.line < Math.max(b.endLine, b.contentLine + 1), `${p.line} outside ${b.contentLine}-${b.endLine}: ${p.message}`);
          assert.equal(b.mermaid === undefined, b.problems.some((p) => p.severity === 'error'));
        }
      }),
      params(400),
    );
  });
});
