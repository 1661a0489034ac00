// What the checklist teaches (issue 15): each item's advice, strong answer and trade-offs, its section
// skeleton and its docs page say what is true, and none of them the false claims a reviewer would flag.
import * as assert from 'node:assert/strict';
import { checklistDocs } from '../../../src/checklist/docs';
import { builtinItems } from '../../../src/checklist/items';
import type { ItemId } from '../../../src/checklist/schema';
import { builtinTemplateTexts } from '../../../src/templates/builtin';
import { sectionPrompts } from '../../../src/templates/sections';
import { builtinRubrics } from '../../../src/scoring';

const item = (id: ItemId) => builtinItems.find((i) => i.id === id)!;

/** The item's section of docs/checklist.md, as a reader sees it. */
function docsSection(id: ItemId): string {
  const docs = checklistDocs();
  const start = docs.indexOf(`<a id="${id}"></a>`);
  const end = docs.indexOf('\n## ', start);
  return docs.slice(start, end < 0 ? undefined : end);
}

/** Every place a reader meets the item's advice: its strong answer, advice, section prompts and docs page. */
function surfaces(id: ItemId): { where: string; text: string }[] {
  const i = item(id);
  return [
    ...i.strongAnswer.map((text) => ({ where: 'strong answer', text })),
    { where: 'advice', text: i.advice },
    ...sectionPrompts(id).map((text) => ({ where: 'section skeleton', text })),
    { where: 'docs/checklist.md', text: docsSection(id) },
  ];
}

/** The lines of the texts (a bullet, an advice, a prompt, a docs line) that match `re`, each with where it comes from. */
function saying(id: ItemId, re: RegExp): { where: string; text: string }[] {
  return surfaces(id).flatMap(({ where, text }) =>
    text.split('\n').filter((s) => re.test(s)).map((s) => ({ where, text: s })),
  );
}

/** The text under a heading of a built-in template, up to the next heading of any level. */
function templateSection(template: string, heading: string): string {
  const text = builtinTemplateTexts.find((t) => t.file === `built-in/${template}.md`)!.text;
  const at = text.search(new RegExp(`^#+ ${heading}$`, 'm'));
  assert.ok(at >= 0, `${template} has no "${heading}" heading`);
  const rest = text.slice(text.indexOf('\n', at) + 1);
  const next = rest.search(/^#/m);
  return next < 0 ? rest : rest.slice(0, next);
}

describe('what the checklist teaches', () => {
  describe('the outbox and the saga', () => {
    it('never offers the outbox as an alternative to a saga', () => {
      const offered = saying('data-management', /saga[^.?]*\bor (the|a) (transactional )?outbox|saga[^.?]*, (the|a) transactional outbox,/i);
      assert.deepEqual(offered, []);
    });

    it('says, wherever it names the outbox, that it solves one service\'s dual write, not consistency across services', () => {
      const named = saying('data-management', /\boutbox\b/i).filter((s) => !s.text.startsWith('- **')); // the concept list names terms only
      for (const where of ['strong answer', 'advice', 'section skeleton', 'docs/checklist.md']) assert.ok(named.some((s) => s.where === where), `no mention in the ${where}`);
      for (const s of named) {
        assert.match(s.text, /dual write|commit together/i, `${s.where}: ${s.text}`);
        assert.match(s.text, /(does not|doesn't|not) (by itself )?make several services consistent|not consistency across services/i, `${s.where}: ${s.text}`);
      }
    });
  });

  describe('Kubernetes Services and the extra hop', () => {
    it('never says a Kubernetes Service costs an extra hop: kube-proxy on the caller\'s node resolves the ClusterIP', () => {
      const hop = saying('service-discovery', /kubernetes services?|k8s services?|clusterip/i).filter((s) => /\b(one more|an extra|extra( network)?) hop\b/i.test(s.text) && !/\bno (extra|central|more)\b/i.test(s.text));
      assert.deepEqual(hop, []);
      assert.ok(saying('service-discovery', /caller's (own )?node/i).length > 0, 'says where the ClusterIP is resolved');
      assert.ok(saying('service-discovery', /no (extra hop|central router)/i).some((s) => s.where === 'docs/checklist.md'));
    });

    it('the service discovery template keeps Kubernetes out of the server-side examples and says why', () => {
      assert.doesNotMatch(templateSection('service-discovery', 'Server-side discovery'), /Kubernetes Services,|Kubernetes Services\)/);
      const k8s = templateSection('service-discovery', 'Kubernetes Service discovery');
      assert.match(k8s, /kube-proxy's rules \(iptables or IPVS\)\s+on the caller's own node/);
      assert.match(k8s, /no extra hop/);
      assert.doesNotMatch(k8s, /It is\s+server-side discovery/);
    });
  });

  describe('readiness checks', () => {
    it('keeps readiness about the instance: checking shared dependencies takes every pod out at once', () => {
      assert.deepEqual(saying('monitoring', /deep readiness/i), []);
      const caveat = saying('monitoring', /readiness/i).filter((s) => /instance itself/i.test(s.text) && /every pod out of rotation at once/i.test(s.text));
      assert.deepEqual([...new Set(caveat.map((s) => s.where))].sort(), ['docs/checklist.md', 'section skeleton', 'strong answer']);
    });
  });

  describe('blue-green rollback', () => {
    it('never promises an instant rollback, and says what switching back cannot undo', () => {
      assert.deepEqual(saying('deployment', /instant (rollback|switch)/i), []);
      const switchBack = saying('deployment', /blue-green/i).filter((s) => /switch(ing)? (of traffic|back|blue-green)/i.test(s.text));
      for (const where of ['strong answer', 'advice', 'section skeleton', 'docs/checklist.md']) assert.ok(switchBack.some((s) => s.where === where), `no blue-green rollback in the ${where}`);
      for (const s of switchBack) {
        assert.match(s.text, /writes/, `${s.where}: ${s.text}`);
        assert.match(s.text, /messages it consumed/, `${s.where}: ${s.text}`);
        assert.match(s.text, /destructive migration/, `${s.where}: ${s.text}`);
      }
      assert.ok(saying('deployment', /expand\/contract/).some((s) => s.where === 'section skeleton'));
    });
  });

  describe('choreography and orchestration', () => {
    const oneSided = /coupling \| lowest|lower coupling|(three or four|five or more|3–4|5\+) steps/i;

    it('the data-management trade-offs say where choreography hides its coupling, and do not choose by step count', () => {
      assert.deepEqual(saying('data-management', oneSided), []);
      const table = docsSection('data-management');
      for (const point of [/hidden in the event contracts/, /compensation logic scattered/, /branch/, /owns/]) assert.match(table, point);
    });

    it('the saga template weighs branching, visibility and ownership, not the number of steps', () => {
      const section = templateSection('saga-design', 'Choreography or orchestration');
      assert.doesNotMatch(section, oneSided);
      for (const point of [/coupling\s+moves into the event contracts/, /compensation logic is\s+scattered/, /does the flow branch, who owns it, how will you see where a saga is stuck/]) assert.match(section, point);
    });
  });

  describe('two-phase commit', () => {
    const wrong = /coordinator locks|single point of failure/i;

    it('says the participants hold their own locks, and names in-doubt blocking, XA support and latency as the costs', () => {
      const lines = saying('data-management', /two-phase|2pc|coordinator/i).filter((s) => !s.text.startsWith('- **'));
      assert.deepEqual(lines.filter((s) => wrong.test(s.text)), []);
      const said = lines.map((s) => s.text).join('\n');
      for (const cost of [/holds its own locks/, /in doubt/, /XA/, /round trips/]) assert.match(said, cost);
    });

    it('the saga template gives the same reasons', () => {
      const intro = builtinTemplateTexts.find((t) => t.file === 'built-in/saga-design.md')!.text.split('## Business transaction')[0];
      assert.doesNotMatch(intro, wrong);
      for (const cost of [/each participant holds its own locks/, /blocked in doubt/, /support XA/, /round trips/]) assert.match(intro, cost);
    });
  });

  describe('shared caches', () => {
    it('never offers a shared cache without saying who invalidates it and how stale reads may be', () => {
      const cache = saying('data-management', /\bcache\b/i);
      for (const where of ['strong answer', 'section skeleton', 'docs/checklist.md']) assert.ok(cache.some((s) => s.where === where), `no cache in the ${where}`);
      for (const s of cache) {
        assert.match(s.text, /invalidat/i, `${s.where}: ${s.text}`);
        assert.match(s.text, /stale/i, `${s.where}: ${s.text}`);
      }
    });
  });

  describe('service mesh telemetry', () => {
    it('says traces still need each service to forward the trace headers', () => {
      const mesh = saying('service-discovery', /service mesh \|/i);
      assert.ok(mesh.length > 0);
      for (const s of mesh) assert.match(s.text, /forward the trace headers/, s.text);
      const template = templateSection('service-discovery', 'Mesh-based discovery');
      assert.doesNotMatch(template, /telemetry without changes to the code/);
      assert.match(template, /copy the trace headers \(traceparent\)/);
    });
  });

  describe('rolling deployments', () => {
    it('never says rolling costs nothing: it needs surge capacity or runs reduced', () => {
      const rolling = saying('deployment', /\brolling\b/i).filter((s) => /cost|capacity|\| medium/i.test(s.text));
      for (const where of ['strong answer', 'advice', 'section skeleton', 'docs/checklist.md']) assert.ok(rolling.some((s) => s.where === where), `no rolling cost in the ${where}`);
      for (const s of rolling) {
        assert.doesNotMatch(s.text, /low cost|no extra capacity|\| none \| medium/, `${s.where}: ${s.text}`);
        assert.match(s.text, /surge/, `${s.where}: ${s.text}`);
        assert.match(s.text, /reduced|below full/, `${s.where}: ${s.text}`);
      }
    });
  });

  describe('the lesson\'s own tables', () => {
    it('each trade-off table that keeps the lesson\'s rows says where the lesson is one-sided', () => {
      for (const id of ['communication', 'data-management', 'service-discovery', 'deployment'] as const) {
        assert.match(item(id).tradeoffs ?? '', /\n\nWhere the lesson is one-sided: /, id);
      }
      assert.match(item('communication').tradeoffs ?? '', /depends on the event's schema/);
    });

    it('counts a private schema on a shared instance as a database per service, noting the shared failure and capacity domain', () => {
      assert.ok(saying('data-management', /private schema per service on one shared instance/).some((s) => /shared failure and capacity domain/.test(s.text) && s.where === 'strong answer'));
    });
  });
});

describe('the points a senior reviewer expects (issue 15, part 3)', () => {
  const strong = (id: ItemId): string => item(id).strongAnswer.join('\n');
  it('idempotency keys and the consumer-side inbox', () => {
    assert.match(strong('communication'), /idempotency key[^.]*stores with its result/i);
    assert.match(strong('communication'), /inbox of the message ids[^.]*same transaction/i);
  });
  it('the outbox relay: polling against change data capture, with what each costs', () => {
    assert.match(strong('data-management'), /polls the outbox[^.]*delay[^.]*load[^.]*; change data capture[^.]*log/i);
  });
  it('backpressure, queue-based load levelling and retry amplification across layers', () => {
    assert.match(strong('fault-tolerance'), /backpressure: bounded queues/i);
    assert.match(strong('fault-tolerance'), /queue-based load levelling/i);
    assert.match(strong('fault-tolerance'), /at one layer only: three attempts at each of three layers are 27 calls/i);
  });
  it('where rate-limit state lives across gateway replicas', () => {
    assert.match(strong('api-gateway'), /rate-limit counters[^.]*replicas[^.]*shared store/i);
  });
  it('consumer-driven contract tests', () => {
    assert.match(strong('communication'), /consumer-driven contract tests[^.]*provider.s pipeline/i);
  });
  it('read-your-writes with read models', () => {
    assert.match(strong('data-management'), /read model lags[^.]*read your own writes/i);
  });
  it('the anti-corruption layer in a migration: the plan template and the e-commerce model answer', () => {
    const template = builtinTemplateTexts.find((t) => t.file === 'built-in/migration-plan.md')!.text;
    assert.match(template, /anti-corruption layer translate/i);
    const rubric = builtinRubrics().find((r) => r.id === 'ecommerce-migration')!;
    assert.ok(rubric.criteria.some((c) => c.modelAnswer.some((l) => /anti-corruption layer/i.test(l))));
  });
});
