// The diagrams core: blocks found in Markdown and YAML files, specs validated on the exact line,
// saga checks, and the Mermaid text of sagas, discovery patterns and simulation frames. Every
// generated diagram goes through mermaid's own parser.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagramsOf, discoveryMermaid, failStepOf, sagaMermaid, simulateSaga, type DiagramBlock, type DiscoverySpec, type SagaSpec } from '../../../src/diagrams';
import { DISCOVERY_PATTERNS } from '../../../src/diagrams/schema';
import { builtinTemplates } from '../../../src/templates/catalog';
import { renderTemplate } from '../../../src/templates/render';
import { diagramDb, loadMermaid, parseMermaid } from '../../support/diagram-mermaid';
import { REPO_ROOT } from '../../support/paths';

// Tests run from out/test/unit; the fixtures stay in the source tree.
const ROOT = REPO_ROOT;
const FIXTURES = path.join(ROOT, 'test/fixtures/diagrams');
const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Compares with a golden file; DW_UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function golden(name: string, actual: string): void {
  const file = path.join(FIXTURES, name);
  if (process.env.DW_UPDATE_GOLDEN === '1') writeFileSync(file, actual + '\n');
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    assert.fail(`${name} is missing: run DW_UPDATE_GOLDEN=1 npx mocha and review it`);
  }
  assert.equal(actual + '\n', expected, `${name} differs; if the change is intended, run DW_UPDATE_GOLDEN=1 npx mocha`);
}

const fence = '```';
const md = (info: string, yaml: string): string => `# Design\n\n${fence}${info}\n${yaml}\n${fence}\n`;
/** The one block of a document made of a heading, a blank line and the block: content starts on line 3. */
const only = (info: string, yaml: string): DiagramBlock => {
  const blocks = diagramsOf('design.md', md(info, yaml));
  assert.equal(blocks.length, 1);
  return blocks[0];
};
const errors = (b: DiagramBlock) => b.problems.filter((p) => p.severity === 'error');
const warnings = (b: DiagramBlock) => b.problems.filter((p) => p.severity === 'warning');

const ORDER: SagaSpec = {
  name: 'Place order',
  style: 'orchestration',
  orchestrator: 'Order saga',
  steps: [
    { service: 'Order', action: 'Create order (pending)', event: 'order.created', compensation: 'Cancel order' },
    { service: 'Payment', action: 'Charge card', event: 'payment.charged', compensation: 'Refund card' },
    { service: 'Inventory', action: 'Reserve items', event: 'inventory.reserved', compensation: 'Release items' },
    { service: 'Order', action: 'Confirm order', event: 'order.confirmed' },
  ],
};
const discovery = (pattern: DiscoverySpec['pattern']): DiscoverySpec => ({ pattern, caller: 'Order', service: 'Payment', instances: ['10.0.0.5:8080', '10.0.0.6:8080'] });

before(async function () {
  this.timeout(60000);
  await loadMermaid();
});

describe('diagram blocks in a document', () => {
  it('finds saga, discovery and mermaid blocks with their lines, and leaves other code alone', () => {
    const text = [
      '# Design', // 0
      '',
      '```saga', // 2
      'name: Checkout',
      'style: orchestration',
      'orchestrator: Checkout saga',
      'steps:',
      '  - service: Payment',
      '    action: Charge card',
      '```', // 9
      '',
      '```ts',
      'const x = 1;',
      '```',
      '```mermaid', // 14
      'graph LR; a --> b',
      '```',
      '```Discovery {.wide}', // 17
      'pattern: dns',
      'caller: Order',
      'service: Payment',
      'instances: [10.0.0.5]',
      '```', // 22
      '~~~mermaid', // 23
      'sequenceDiagram',
      '~~~',
    ].join('\n');
    const blocks = diagramsOf('design.md', text);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.index, b.line, b.contentLine, b.endLine, b.title]),
      [
        ['saga', 0, 2, 3, 9, 'Checkout'],
        ['mermaid', 1, 14, 15, 16, 'Mermaid diagram 1'],
        ['discovery', 2, 17, 18, 22, 'Service discovery: DNS'],
        ['mermaid', 3, 23, 24, 25, 'Mermaid diagram 2'],
      ],
    );
    assert.equal(blocks[1].mermaid, 'graph LR; a --> b\n');
    assert.equal(blocks[1].source, blocks[1].mermaid);
    assert.equal(blocks[0].saga?.steps[0].service, 'Payment');
    assert.match(blocks[0].mermaid ?? '', /^sequenceDiagram\n/);
    assert.ok(blocks.every((b) => !errors(b).length));
  });

  it('counts lines the editor way with CRLF line ends', () => {
    const b = diagramsOf('d.md', md('saga', 'name: X\nstyle: orchestration\nstepz: []').replace(/\n/g, '\r\n'))[0];
    assert.deepEqual(
      errors(b).map((p) => [p.line, p.code]),
      [
        [3, 'schema'],
        [5, 'unknown-key'],
      ],
    );
  });

  it('reads a standalone .saga.yaml or .discovery.yaml file as one block from line 0', () => {
    const [saga] = diagramsOf('orders/place-order.saga.yaml', 'name: Place order\nstyle: orchestration\norchestrator: O\nsteps:\n  - service: Order\n    action: Create\n');
    assert.deepEqual([saga.kind, saga.line, saga.contentLine, saga.endLine, saga.title], ['saga', 0, 0, 6, 'Place order']);
    assert.ok(saga.mermaid);
    const [disc] = diagramsOf('C:\\work\\payment.Discovery.yml', 'pattern: kubernetes\ncaller: order\nservice: payment\ninstances: [10.0.1.5]\nmesh: Istio\n');
    assert.equal(disc.kind, 'discovery');
    assert.deepEqual(disc.problems.map((p) => [p.line, p.code, p.severity]), [[4, 'unused-key', 'warning']]);
    const [bad] = diagramsOf('x.saga.yaml', 'name: X\nstyle: orchestration\nsteps:\n  - service: A\n    acton: B\n');
    assert.deepEqual(bad.problems.map((p) => [p.line, p.code]), [
      [3, 'schema'],
      [4, 'unknown-key'],
    ]);
    assert.equal(bad.mermaid, undefined);
    assert.deepEqual(diagramsOf('notes.yaml', 'name: X'), []);
  });
});

describe('diagram spec validation', () => {
  it('reports a wrong value on its line with what was expected', () => {
    const b = only('saga', 'name: Checkout\nstyle: choreograpy\nsteps:\n  - service: Payment\n    action: Charge card');
    assert.equal(b.mermaid, undefined);
    assert.equal(b.title, 'Checkout', 'the title survives errors');
    assert.deepEqual(errors(b).map((p) => [p.line, p.code]), [[4, 'schema']]);
    assert.equal(errors(b)[0].message, 'style: "choreograpy" is not allowed; expected choreography or orchestration (did you mean choreography?)');
  });

  it('reports a missing key on its list item, counting items from 1', () => {
    const b = only('saga', 'name: Checkout\nstyle: orchestration\norchestrator: C\nsteps:\n  - service: Payment\n    action: Charge card\n  - service: Shipping');
    assert.deepEqual(errors(b).map((p) => [p.line, p.message]), [[9, 'steps[2].action is missing; expected what the step does as text, e.g. "Charge card"']]);
  });

  it('reports a number where text belongs, with a hint to quote it', () => {
    const b = only('discovery', 'pattern: dns\ncaller: Order\nservice: 404\ninstances: [10.0.0.5]');
    assert.deepEqual(errors(b).map((p) => [p.line, p.message]), [[5, 'service: got the number 404; expected the service\'s name as text, e.g. "Payment" (put text in quotes)']]);
  });

  it('reports YAML syntax errors on the document line', () => {
    const b = only('saga', 'name: Checkout\nstyle: orchestration\nsteps:\n  - service: "Payment\n    action: x');
    assert.equal(errors(b).length, 1);
    assert.equal(errors(b)[0].code, 'yaml-syntax');
    assert.match(errors(b)[0].message, /^invalid YAML: /);
    assert.ok(errors(b)[0].line >= 6 && errors(b)[0].line <= 8, `line ${errors(b)[0].line}`);
    const tab = only('discovery', 'pattern: dns\ncaller: [a\nservice: b');
    assert.deepEqual(tab.problems.map((p) => p.code), ['yaml-syntax']);
  });

  it('reports unknown keys on their line, with a guess for a typo', () => {
    const b = only('saga', 'name: Checkout\nstyle: orchestration\norchestrator: C\nsteps:\n  - service: Payment\n    action: Charge card\n    compensaton: Refund card\ncolour: blue');
    assert.deepEqual(
      b.problems.map((p) => [p.line, p.code, p.message]),
      [
        [9, 'unknown-key', 'steps[1].compensaton: unknown key (did you mean compensation?)'],
        [10, 'unknown-key', 'colour: unknown key; expected one of: name, style, orchestrator, broker, steps, failAt'],
      ],
    );
    const swapped = only('discovery', 'pattern: dns\ncaller: a\nsevrice: b\ninstances: [x]');
    assert.ok(swapped.problems.some((p) => p.line === 5 && p.message === 'sevrice: unknown key (did you mean service?)'));
  });

  it('reports an empty or non-mapping block on its first content line', () => {
    assert.deepEqual(only('saga', '').problems.map((p) => [p.line, p.message]), [[3, 'expected a saga spec: keys name, style and steps; got an empty block']]);
    assert.deepEqual(only('discovery', '- a\n- b').problems.map((p) => [p.line, p.message]), [[3, 'expected a discovery spec: keys pattern, caller, service and instances; got a list']]);
  });

  it('reports an unclosed fence on the last line on that line, never after the end of the file (issue 18)', () => {
    for (const text of ['```saga', '```saga\n', '# Orders\n\n```discovery']) {
      const [block] = diagramsOf('doc.md', text);
      const last = text.replace(/\n$/, '').split('\n').length - 1;
      assert.deepEqual(block.problems.map((p) => p.line), [last], JSON.stringify(text));
      assert.match(block.problems[0].message, /got an empty block/);
    }
  });

  it('rejects blank names, empty lists and step numbers below 1', () => {
    const b = only('saga', 'name: "  "\nstyle: orchestration\nsteps: []\nfailAt: 0');
    assert.deepEqual(
      errors(b).map((p) => [p.line, p.message]),
      [
        [3, 'name is empty; expected the saga\'s name as text, e.g. "Place order"'],
        [5, 'steps is an empty list; expected a list of 1 to 50 steps, each with service and action'],
        [6, 'failAt: 0 is too small; expected a step number (1 for the first step) or a service name'],
      ],
    );
    const d = only('discovery', 'pattern: mesh\ncaller: a\nservice: b\ninstances: []');
    assert.deepEqual(
      errors(d).map((p) => [p.line, p.message]),
      [
        [3, 'pattern: "mesh" is not allowed; expected client-side, server-side, dns, service-mesh, kubernetes'],
        [6, 'instances is an empty list; expected a list of 1 to 20 instance addresses, e.g. "10.0.1.5:8080"'],
      ],
    );
  });
});

describe('saga checks', () => {
  const codes = (b: DiagramBlock) => warnings(b).map((p) => [p.line, p.code]);

  it('the lesson\'s order saga raises no warning in either style', () => {
    const blocks = diagramsOf('order-saga.md', fixture('order-saga.md'));
    assert.equal(blocks.length, 2);
    for (const b of blocks) assert.deepEqual(b.problems, [], b.title);
  });

  it('warns about a step that nothing can undo, but not the last one nor a pivot or a retryable step after the pivot', () => {
    const b = only(
      'saga',
      [
        'name: Book trip',
        'style: orchestration',
        'orchestrator: Trip saga',
        'steps:',
        '  - service: Trip', // 7
        '    action: Create trip',
        '  - service: Flight', // 9
        '    action: Book flight',
        '    compensation: Cancel flight',
        '  - service: Payment', // 12
        '    action: Charge card',
        '    pivot: true',
        '  - service: Hotel', // 15
        '    action: Book hotel',
        '    retryable: true',
        '  - service: Mail', // 18
        '    action: Send confirmation',
      ].join('\n'),
    );
    assert.deepEqual(codes(b), [
      [7, 'missing-compensation'],
      [18, 'not-retryable-after-pivot'],
    ]);
    assert.match(warnings(b)[0].message, /^Step 1 \(Trip: Create trip\) has no compensation\. A saga replaces a distributed transaction with local transactions plus compensating transactions/);
    assert.match(warnings(b)[1].message, /comes after the pivot \(step 3\)\. Once the pivot commits, the saga cannot roll back/);
  });

  it('a retryable step before the pivot still needs a compensation: a later step can fail', () => {
    const b = only('saga', 'name: Checkout\nstyle: orchestration\norchestrator: O\nsteps:\n  - service: Inventory\n    action: Reserve stock\n    retryable: true\n  - service: Payment\n    action: Charge card\nfailAt: 2');
    assert.deepEqual(codes(b), [[7, 'missing-compensation']]);
    assert.match(warnings(b)[0].message, /is retryable but has no compensation, and it comes before the pivot: step 2 can still fail/);
    const spec: SagaSpec = { name: 'Checkout', style: 'orchestration', orchestrator: 'O', steps: [{ service: 'Inventory', action: 'Reserve stock', retryable: true }, { service: 'Payment', action: 'Charge card' }] };
    assert.match(simulateSaga(spec, 2).pop()?.caption ?? '', /step 1 had no compensation, so its change stays and the data is left inconsistent/);
    const after = only('saga', 'name: X\nstyle: orchestration\norchestrator: O\nsteps:\n  - service: A\n    action: a\n    compensation: undo a\n  - service: B\n    action: b\n    pivot: true\n  - service: C\n    action: c\n    retryable: true\n  - service: D\n    action: d\n    retryable: true');
    assert.deepEqual(after.problems, [], 'retryable steps after the pivot need no compensation');
  });

  it('warns about a second pivot', () => {
    const b = only('saga', 'name: X\nstyle: orchestration\norchestrator: O\nsteps:\n  - service: A\n    action: a\n    pivot: true\n  - service: B\n    action: b\n    pivot: true\n    retryable: true');
    assert.deepEqual(codes(b), [[10, 'second-pivot']]);
  });

  it('warns about a choreography step that publishes no event, except the last', () => {
    const b = only('saga', 'name: X\nstyle: choreography\nsteps:\n  - service: A\n    action: a\n    compensation: undo a\n  - service: B\n    action: b\n    event: b.done\n    compensation: undo b\n  - service: C\n    action: c');
    assert.deepEqual(codes(b), [[6, 'missing-event']]);
    assert.match(warnings(b)[0].message, /each service reacts to the previous step's event, so nothing starts step 2\. Add "event", e.g\. "a\.done"/);
  });

  it('warns about a failAt that names no step, and draws the saga without a failure', () => {
    for (const failAt of ['9', 'Shipping']) {
      const b = only('saga', `name: X\nstyle: orchestration\norchestrator: O\nsteps:\n  - service: Order\n    action: a\nfailAt: ${failAt}`);
      assert.deepEqual(codes(b), [[9, 'unknown-fail-step']]);
      assert.match(warnings(b)[0].message, /expected a step number from 1 to 1 or one of the services \(Order\)/);
      assert.doesNotMatch(b.mermaid ?? '', /FAILURE/);
    }
    const byName = only('saga', 'name: X\nstyle: orchestration\norchestrator: O\nsteps:\n  - service: Order\n    action: a\n    compensation: c\n  - service: Payment\n    action: b\nfailAt: payment');
    assert.deepEqual(byName.problems, []);
    assert.match(byName.mermaid ?? '', /FAILURE at step 2/);
    assert.equal(failStepOf({ ...ORDER, failAt: '2' }), 2, 'a quoted number is a step number');
    assert.equal(failStepOf({ ...ORDER, steps: [{ service: '2', action: 'a' }, ...ORDER.steps], failAt: '2' }), 1, 'unless a service has that name');
  });

  it('warns about an orchestration without an orchestrator, and names a stand-in', () => {
    const b = only('saga', 'name: Checkout\nstyle: orchestration\nsteps:\n  - service: A\n    action: a');
    assert.deepEqual(codes(b), [[4, 'missing-orchestrator']]);
    assert.match(b.mermaid ?? '', /participant p1 as Checkout orchestrator/);
  });

  it('warns about keys the style does not draw', () => {
    const c = only('saga', 'name: X\nstyle: choreography\norchestrator: O\nsteps:\n  - service: A\n    action: a');
    assert.deepEqual(codes(c), [[5, 'unused-key']]);
    const o = only('saga', 'name: X\nstyle: orchestration\norchestrator: O\nbroker: Kafka\nsteps:\n  - service: A\n    action: a');
    assert.deepEqual(codes(o), [[6, 'unused-key']]);
  });
});

describe('saga diagrams', () => {
  it('draws the lesson\'s order saga in both styles (golden files), parsed by mermaid', async () => {
    const [orchestration, choreography] = diagramsOf('order-saga.md', fixture('order-saga.md'));
    golden('order-saga.orchestration.mmd', orchestration.mermaid ?? '');
    golden('order-saga.choreography.mmd', choreography.mermaid ?? '');
    for (const b of [orchestration, choreography]) assert.equal(await parseMermaid(b.mermaid ?? ''), 'sequence');
  });

  it('orchestration: a request and a reply per step, then the failure and the compensations in reverse order', async () => {
    const happy = sagaMermaid(ORDER);
    assert.equal(happy.match(/[^-]->>/g)?.length, 4);
    assert.equal(happy.match(/-->>/g)?.length, 4);
    assert.doesNotMatch(happy, /FAILURE|undo/);
    const failed = sagaMermaid({ ...ORDER, failAt: 3 });
    const lines = failed.split('\n').map((l) => l.trim());
    const at = (s: string) => lines.indexOf(s);
    assert.ok(at('p1->>p4: 3. Reserve items') > 0);
    assert.ok(at('Note over p4: FAILURE at step 3') > at('p1->>p4: 3. Reserve items'));
    assert.ok(at('p4--xp1: 3. failed') > at('Note over p4: FAILURE at step 3'), 'the failure reply is a crossed arrow');
    assert.ok(at('p1->>p3: undo 2. Refund card') > at('p4--xp1: 3. failed'));
    assert.ok(at('p1->>p2: undo 1. Cancel order') > at('p1->>p3: undo 2. Refund card'), 'compensations run in reverse order');
    assert.doesNotMatch(failed, /Confirm order|Release items/, 'nothing after the failing step runs, and the failing step is not compensated');
    const db = await diagramDb(failed);
    assert.deepEqual([...(db.getActors() as Map<string, { description: string }>).values()].map((a) => a.description), ['Order saga', 'Order', 'Payment', 'Inventory']);
  });

  it('choreography: services react to events through the broker; the failure event starts the compensations', () => {
    const lines = sagaMermaid({ ...ORDER, style: 'choreography', orchestrator: undefined, failAt: 3 })
      .split('\n')
      .map((l) => l.trim());
    assert.ok(lines.includes('participant p4 as Message broker'));
    const order = ['p1-)p4: publish order.created', 'p4-)p2: order.created', 'p2->>p2: 2. Charge card', 'p3-xp3: 3. Reserve items', 'p3-)p4: publish inventory.failed', 'p4-)p2: inventory.failed', 'p2->>p2: undo 2. Refund card', 'p2-)p4: publish payment.compensated', 'p4-)p1: payment.compensated', 'p1->>p1: undo 1. Cancel order'];
    const positions = order.map((l) => lines.indexOf(l));
    assert.ok(positions.every((p) => p >= 0), JSON.stringify(positions));
    assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
  });

  it('a retryable step that fails is retried and the saga goes on', async () => {
    const spec: SagaSpec = { ...ORDER, steps: ORDER.steps.map((s, i) => (i === 3 ? { ...s, retryable: true } : i === 2 ? { ...s, pivot: true } : s)), failAt: 4 };
    const text = sagaMermaid(spec);
    assert.match(text, /loop until it succeeds\n {4}p1->>p2: retry 4\. Confirm order\n {2}end/);
    assert.doesNotMatch(text, /undo/);
    assert.equal(await parseMermaid(text), 'sequence');
    const frames = simulateSaga(spec, 4);
    assert.match(frames[frames.length - 1].caption, /retried until it succeeded/);
  });

  it('a step that fails after the pivot is retried forward, not rolled back across the pivot', async () => {
    const spec: SagaSpec = { name: 'X', style: 'orchestration', orchestrator: 'O', steps: [{ service: 'A', action: 'a', compensation: 'undo a' }, { service: 'B', action: 'b', pivot: true }, { service: 'C', action: 'c' }] };
    const text = sagaMermaid({ ...spec, failAt: 3 });
    assert.doesNotMatch(text, /undo/);
    assert.match(text, /after the pivot, so no rollback/);
    assert.match(text, /loop until it succeeds\n {4}p1->>p4: retry 3\. c/);
    assert.equal(await parseMermaid(text), 'sequence');
    const frames = simulateSaga(spec, 3);
    assert.ok(!frames.some((f) => f.phase === 'compensation'), frames.map((f) => f.caption).join('\n'));
    assert.match(frames[frames.length - 2].caption, /comes after the pivot \(step 2\), so the saga can only go forward/);
    assert.equal(frames[frames.length - 1].caption, 'Done: step 3 failed after the pivot (step 2), so the saga could only go forward; it was retried until it succeeded, and the saga completed without rolling back.');
    const choreo = sagaMermaid({ ...spec, style: 'choreography', orchestrator: undefined, steps: spec.steps.map((s) => ({ ...s, event: `${s.action}.done` })), failAt: 3 });
    assert.doesNotMatch(choreo, /undo/);
  });

  it('a step without compensation is shown as left in place', () => {
    const spec: SagaSpec = { ...ORDER, steps: ORDER.steps.map((s, i) => (i === 0 ? { ...s, compensation: undefined } : s)), failAt: 3 };
    assert.match(sagaMermaid(spec), /Note over p2: step 1 has no compensation/);
    assert.equal(simulateSaga(spec, 3).pop()?.caption, 'Done: step 3 failed; step 2 was compensated; step 1 had no compensation, so its change stays and the data is left inconsistent.');
  });
});

describe('saga failure simulation', () => {
  const rects = (m: string) => m.match(/^ {2}rect rgba\(/gm)?.length ?? 0;
  /** The frame's lines without the highlight around its last part. */
  const withoutHighlight = (m: string): string[] => {
    const lines = m.split('\n');
    const rect = lines.findIndex((l) => l.startsWith('  rect rgba('));
    return (rect < 0 ? lines : [...lines.slice(0, rect), ...lines.slice(rect + 1, -1)]).map((l) => l.trim());
  };

  it('steps forward, fails, compensates in reverse, then shows the whole run', async () => {
    for (const style of ['orchestration', 'choreography'] as const) {
      const spec = { ...ORDER, style };
      const frames = simulateSaga(spec, 3);
      assert.deepEqual(
        frames.map((f) => [f.index, f.phase, f.step]),
        [
          [0, 'forward', 1],
          [1, 'forward', 2],
          [2, 'failure', 3],
          [3, 'compensation', 2],
          [4, 'compensation', 1],
          [5, 'done', undefined],
        ],
      );
      assert.deepEqual(frames.slice(0, -1).map((f) => rects(f.mermaid)), [1, 1, 1, 1, 1], 'one highlighted part per frame');
      assert.equal(rects(frames[5].mermaid), 0);
      assert.equal(frames[5].mermaid, sagaMermaid({ ...spec, failAt: 3 }), 'the last frame is the full diagram');
      for (let i = 1; i < frames.length; i++) {
        const before = withoutHighlight(frames[i - 1].mermaid);
        assert.deepEqual(withoutHighlight(frames[i].mermaid).slice(0, before.length), before, `frame ${i} goes on from frame ${i - 1}`);
      }
      assert.match(frames[2].caption, /^Step 3 fails \(Inventory: Reserve items\)/);
      assert.match(frames[3].caption, /^Compensating step 2: .*Refund card/);
      assert.equal(frames[5].caption, 'Done: step 3 failed; steps 2, 1 were compensated in reverse order.');
      for (const f of frames) assert.equal(await parseMermaid(f.mermaid), 'sequence', `${style} frame ${f.index}`);
    }
  });

  it('the happy path has a frame per step and no failure', () => {
    const frames = simulateSaga({ ...ORDER, failAt: 2 });
    assert.deepEqual(frames.map((f) => f.phase), ['forward', 'forward', 'forward', 'forward', 'done'], 'the spec\'s own failAt is not used');
    assert.equal(frames[4].caption, 'Done: all 4 steps committed; the saga completed.');
    assert.match(frames[1].mermaid, /rect rgba\(255, 193, 7, 0\.25\)\n {4}p1->>p3: 2\. Charge card\n {4}p3-->>p1: payment\.charged\n {2}end$/);
  });

  it('a failure at step 1 has nothing to compensate', () => {
    const frames = simulateSaga(ORDER, 1);
    assert.deepEqual(frames.map((f) => f.phase), ['failure', 'done']);
    assert.equal(frames[1].caption, 'Done: step 1 failed; there was nothing to compensate.');
  });

  it('refuses a step that does not exist', () => {
    assert.throws(() => simulateSaga(ORDER, 5), /from 1 to 4, got 5/);
    assert.throws(() => simulateSaga(ORDER, 0), RangeError);
    assert.throws(() => simulateSaga(ORDER, 1.5), RangeError);
  });
});

describe('service discovery diagrams', () => {
  it('draws the five patterns of the lesson (golden files), each parsed by mermaid', async () => {
    const blocks = diagramsOf('discovery.md', fixture('discovery.md'));
    assert.deepEqual(blocks.map((b) => b.discovery?.pattern), [...DISCOVERY_PATTERNS]);
    const types: string[] = [];
    for (const b of blocks) {
      assert.deepEqual(b.problems, [], b.title);
      golden(`discovery.${b.discovery?.pattern}.mmd`, b.mermaid ?? '');
      types.push(await parseMermaid(b.mermaid ?? ''));
    }
    assert.deepEqual(types, ['sequence', 'sequence', 'sequence', 'flowchart-v2', 'flowchart-v2']);
  });

  it('client-side: the caller asks the registry and picks an instance itself; instances register and send heartbeats', () => {
    const m = discoveryMermaid(discovery('client-side'));
    for (const line of ['participant p2 as Service registry', 'p3->>p2: register Payment at 10.0.0.5#58;8080', 'loop heartbeat every few seconds', 'p1->>p2: where is Payment?', 'p2-->>p1: 10.0.0.5#58;8080, 10.0.0.6#58;8080', 'p1->>p3: request, straight to the instance']) {
      assert.ok(m.includes(line), line);
    }
    assert.match(m, /Note over p1: picks 10\.0\.0\.5#58;8080 itself/);
  });

  it('server-side: the load balancer keeps the registry\'s list; the caller calls it, and it forwards without asking the registry each time', () => {
    const m = discoveryMermaid({ ...discovery('server-side'), loadBalancer: 'AWS ALB' });
    const order = ['p2->>p3: watch Payment', 'p3-->>p2: 10.0.0.5#58;8080, 10.0.0.6#58;8080, then every change', 'p1->>p2: request for Payment', 'p2->>p4: forward to 10.0.0.5#58;8080', 'p2-->>p1: response'];
    const at = order.map((l) => m.indexOf(l));
    assert.ok(at.every((p) => p > 0) && at.every((p, i) => i === 0 || p > at[i - 1]), JSON.stringify(at));
    assert.match(m, /participant p2 as AWS ALB/);
    assert.doesNotMatch(m, /p1->>p4/, 'the caller never talks to an instance');
    const request = m.slice(m.indexOf('p1->>p2: request for Payment'));
    assert.doesNotMatch(request, /p2->>p3|p3-->>p2/, 'no registry lookup on the path of a request');
  });

  it('DNS: a resolver with a TTL cache, A and SRV records, and the stale-entry caveat', () => {
    const m = discoveryMermaid(discovery('dns'));
    assert.match(m, /A records hold the instance IPs, SRV records host and port/);
    assert.match(m, /alt not cached, or the TTL has run out/);
    assert.match(m, /else cached/);
    assert.match(m, /stale entries/);
  });

  it('service mesh: sidecars beside caller and service, the control plane pushes endpoints, mTLS between proxies', () => {
    const m = discoveryMermaid({ ...discovery('service-mesh'), mesh: 'Istio' });
    assert.equal(m.match(/\["sidecar proxy"\]/g)?.length, 3);
    assert.match(m, /\["Istio control plane"\]/);
    assert.match(m, /-\.->\|"pushes endpoints, routes and certificates"\|/);
    assert.match(m, /==>\|"2\. mTLS#59; the proxy balances, retries and times out"\|/);
  });

  it('Kubernetes: CoreDNS name, ClusterIP virtual IP, kube-proxy routing to pod IPs from EndpointSlices', () => {
    const m = discoveryMermaid(discovery('kubernetes'));
    for (const text of ['CoreDNS#58; Payment.#60;namespace#62;.svc.cluster.local', 'Service Payment#58; ClusterIP, a stable virtual IP', 'kube-proxy', 'EndpointSlices of Payment#58; IPs of the ready pods', 'pod 10.0.0.6#58;8080']) {
      assert.ok(m.includes(text), text);
    }
  });

  // A ClusterIP is resolved on the caller's own node: no router, no extra hop; the control plane, not the pods, writes the EndpointSlices.
  it('Kubernetes: the caller\'s own node sends the request straight to a pod, and the control plane writes the EndpointSlices', () => {
    const m = discoveryMermaid(discovery('kubernetes'));
    const id = (label: string): string => {
      const found = new RegExp(`(n\\d+)\\["${label}`).exec(m);
      assert.ok(found, label);
      return found[1];
    };
    const arrows = (from: string): string[] => [...m.matchAll(new RegExp(`^ *${from} -\\.?-+>(?:\\|"[^"]*"\\|)? (n\\d+)$`, 'gm'))].map((x) => x[1]);
    const [caller, proxy, service, slices] = [id('Order pod'), id('kube-proxy'), id('Service Payment'), id('EndpointSlices')];
    const pods = ['10.0.0.5', '10.0.0.6'].map((a) => id(`pod ${a}`));
    assert.match(m, new RegExp(`subgraph n\\d+ \\["the node Order runs on"\\]\\n +${caller}\\[[^\\n]*\\n +${proxy}\\[[^\\n]*\\n +end`), 'kube-proxy runs on the caller\'s node');
    assert.ok(!arrows(caller).includes(service), 'the request does not go through the Service as a box');
    assert.ok(arrows(caller).includes(proxy));
    assert.deepEqual(arrows(proxy), pods, 'kube-proxy sends straight to the pods');
    for (const pod of pods) assert.ok(!arrows(pod).includes(slices), 'a pod never writes its own EndpointSlice');
    assert.deepEqual(arrows(id('EndpointSlice controller')), [slices]);
    assert.doesNotMatch(m, /every node \(iptables/);
  });
});

describe('accessible diagrams (issue 19)', () => {
  type AccDb = { getAccTitle(): string; getAccDescription(): string };
  const acc = async (mermaid: string): Promise<AccDb> => (await diagramDb(mermaid)) as unknown as AccDb;

  it('a saga tells a screen reader its name, style, services and how the drawn run ends', async () => {
    const db = await acc(sagaMermaid({ ...ORDER, failAt: 3 }));
    assert.equal(db.getAccTitle(), 'Saga: Place order');
    assert.equal(db.getAccDescription(), 'Orchestrated saga of 4 steps across Order, Payment, Inventory. Step 3 fails, so the steps before it are compensated in reverse order.');
    assert.match((await acc(sagaMermaid(ORDER))).getAccDescription(), /Every step commits\.$/);
  });

  it('every discovery pattern says how the caller finds the service', async () => {
    for (const pattern of DISCOVERY_PATTERNS) {
      const db = await acc(discoveryMermaid(discovery(pattern)));
      assert.match(db.getAccTitle(), /^Service discovery: /, pattern);
      assert.match(db.getAccDescription(), /^How Order finds Payment \(2 instances\): its? .{20,}\.$/, pattern);
    }
  });

  it('a name cannot turn the accessible lines into a directive, a comment or markup', async () => {
    const name = 'Pay %%{init: {"theme":"dark"}}%% #1; <b>now</b> `x`';
    const text = sagaMermaid({ ...ORDER, name });
    const [title, description] = text.split('\n').slice(1, 3);
    assert.equal(title, '  accTitle: Saga: Pay init: theme : dark 1 b now /b x');
    assert.doesNotMatch(description, /[%{}#;"<>`]/);
    assert.equal((await acc(text)).getAccTitle().startsWith('Saga: Pay'), true);
    assert.equal(await parseMermaid(text), 'sequence');
  });

  it('the text description lists every step with its compensation in order, then the run as drawn', () => {
    const [b] = diagramsOf('design.md', md('saga', [
      'name: Place order',
      'style: orchestration',
      'orchestrator: Order saga',
      'failAt: 3',
      'steps:',
      '  - { service: Order, action: Create order, compensation: Cancel order }',
      '  - { service: Payment, action: Charge card, compensation: Refund card }',
      '  - { service: Inventory, action: Reserve items, compensation: Release items }',
      '  - { service: Order, action: Confirm order }',
    ].join('\n')));
    const lines = b.description ?? [];
    assert.equal(lines[0], 'Place order: a saga by orchestration with 4 steps.');
    assert.match(lines[1], /^Step 1\. .*Create order.*; compensation: Cancel order\.$/);
    assert.match(lines[2], /^Step 2\. .*Charge card.*; compensation: Refund card\.$/);
    assert.match(lines[3], /^Step 3\. .*Reserve items.*; compensation: Release items\.$/);
    assert.match(lines[4], /^Step 4\. .*Confirm order.*; no compensation/);
    const undo = lines.findIndex((l) => /Refund card/.test(l) && !l.startsWith('Step'));
    const cancel = lines.findIndex((l) => /Cancel order/.test(l) && !l.startsWith('Step'));
    assert.ok(undo > 4 && cancel > undo, `the compensations are told in reverse order after the steps: ${lines.join(' | ')}`);
  });

  it('the text description of a discovery block walks its flow in numbered steps', () => {
    const [b] = diagramsOf('design.md', md('discovery', 'pattern: kubernetes\ncaller: checkout\nservice: payments\ninstances: [10.0.0.5, 10.0.0.6]'));
    const lines = b.description ?? [];
    assert.match(lines[0], /^Service discovery: Kubernetes\. checkout calls payments, which runs as 2 instances \(10\.0\.0\.5, 10\.0\.0\.6\)\.$/);
    assert.deepEqual(lines.slice(1).map((l) => l.slice(0, 3)), ['1. ', '2. ', '3. ']);
    assert.match(lines.join(' '), /ClusterIP.*kube-proxy.*EndpointSlice/);
  });
});

describe('built-in examples', () => {
  const context = { now: () => new Date(2026, 0, 1), workspace: 'shop' };
  const rendered = (id: string, values: Record<string, string>): DiagramBlock[] => {
    const template = builtinTemplates().find((t) => t.id === id);
    assert.ok(template, id);
    const r = renderTemplate(template, values, context);
    assert.ok(r.ok);
    return diagramsOf(`${id}.md`, r.text);
  };

  it('the saga template draws in both styles', async () => {
    for (const style of ['orchestration', 'choreography']) {
      const [b] = rendered('saga-design', { style, saga: 'Place order' });
      assert.deepEqual(errors(b), []);
      // The template keeps the orchestrator line and says to delete it for choreography.
      assert.deepEqual(warnings(b).map((p) => p.code), style === 'choreography' ? ['unused-key'] : []);
      assert.equal(await parseMermaid(b.mermaid ?? ''), 'sequence');
      for (const f of simulateSaga(b.saga!, 3)) await parseMermaid(f.mermaid);
    }
  });

  it('the service discovery template draws every pattern', async () => {
    for (const pattern of DISCOVERY_PATTERNS) {
      const [b] = rendered('service-discovery', { pattern, caller: 'Checkout', service: 'Fraud check' });
      assert.deepEqual(b.problems, []);
      await parseMermaid(b.mermaid ?? '');
    }
  });

  it('the example design document draws its saga and its Kubernetes discovery', async () => {
    const file = path.join(ROOT, 'examples/checkout-platform.design.md');
    const blocks = diagramsOf(file, readFileSync(file, 'utf8'));
    assert.deepEqual(blocks.map((b) => b.title), ['Place order', 'Service discovery: Kubernetes']);
    for (const b of blocks) {
      assert.deepEqual(b.problems, [], b.title);
      await parseMermaid(b.mermaid ?? '');
    }
  });
});
