import * as assert from 'node:assert/strict';
import { ChecklistEngine, defaultEngine, type ChecklistReport } from '../../../src/checklist/engine';
import { ANTIPATTERN_IDS, ITEM_IDS } from '../../../src/checklist/schema';
import { parseDocument } from '../../../src/shared/document';

const run = (md: string): ChecklistReport => defaultEngine().run(parseDocument(md));
const status = (md: string, id: string): string | undefined => run(md).items.find((i) => i.id === id)?.status;
const antipatterns = (md: string): string[] => run(md).antipatterns.map((a) => a.id);

describe('checklist engine', () => {
  it('declares the ten items and eight anti-patterns as validated data', () => {
    const engine = new ChecklistEngine();
    assert.deepEqual(engine.items.map((i) => i.id), [...ITEM_IDS]);
    assert.deepEqual([...engine.antiPatterns.map((a) => a.id)].sort(), [...ANTIPATTERN_IDS].sort());
  });

  it('rejects malformed item data with a clear error', () => {
    assert.throws(() => new ChecklistEngine([{ id: 'nope', title: '' }], []), /id|title/);
  });

  it('a heading alone never covers an item', () => {
    assert.equal(status('# Design\n\n## Service discovery\n\n## Next\n', 'service-discovery'), 'missing');
  });

  it('TODO, TBD and HTML comments are not content', () => {
    assert.equal(status('## Service discovery\n\nTODO: describe how services find each other.\n', 'service-discovery'), 'missing');
    assert.equal(status('## Monitoring\n\nTBD\n', 'monitoring'), 'missing');
    assert.equal(status('## Monitoring\n\n<!-- Prometheus, Grafana, Jaeger -->\n', 'monitoring'), 'missing');
  });

  it('a concrete mechanism covers the item, with evidence lines', () => {
    const r = run('# Design\n\nServices find each other through Consul; each instance registers on start.\n');
    const item = r.items.find((i) => i.id === 'service-discovery');
    assert.equal(item?.status, 'covered');
    assert.deepEqual(item?.evidence.map((e) => e.line), [3]);
  });

  it('a rejected option still counts when the document decides something else', () => {
    assert.equal(status('No service mesh; discovery through Kubernetes DNS.\n', 'service-discovery'), 'covered');
  });

  it('a negated mechanism alone is not coverage', () => {
    assert.equal(status('We will not use a service mesh.\n', 'service-discovery'), 'missing');
  });

  it('"security is out of scope" in prose is not coverage', () => {
    assert.equal(status('## Security\n\nSecurity is out of scope for this document.\n', 'security'), 'missing');
  });

  it('a topic raised without a decision is weak', () => {
    assert.equal(status('We should think about monitoring at some point.\n', 'monitoring'), 'weak');
    assert.equal(status('We might use Prometheus, not decided yet.\n', 'monitoring'), 'weak');
  });

  it('the author can mark an item out of scope, and it leaves the score', () => {
    const r = run('<!-- design-workbench: out-of-scope security, api-gateway -->\n# X\n');
    assert.equal(r.items.find((i) => i.id === 'security')?.status, 'out-of-scope');
    assert.equal(r.items.find((i) => i.id === 'api-gateway')?.status, 'out-of-scope');
    assert.equal(r.considered, 8);
  });

  it('scores covered as 1 and weak as ½', () => {
    const r = run('Services find each other through Consul.\n\nWe should think about monitoring.\n');
    assert.equal(r.score, Math.round((100 * 1.5) / 10));
  });

  it('switched-off items are neither reported nor counted', () => {
    const r = defaultEngine().run(parseDocument('# X\n'), { disabled: new Set(['security']) });
    assert.equal(r.items.length, 9);
    assert.equal(r.considered, 9);
  });

  describe('anti-patterns', () => {
    it('shared database when several services share one', () => {
      assert.deepEqual(antipatterns('The order, payment and user services share one PostgreSQL database.\n'), ['shared-database']);
    });
    it('not when the document rejects a shared database', () => {
      assert.deepEqual(antipatterns('We avoid a shared database: each service owns its schema.\n'), []);
      assert.deepEqual(antipatterns('Services never share a database.\n'), []);
    });
    it('not for a private schema per service on one shared instance: that is a database per service', () => {
      for (const md of [
        'All services share one PostgreSQL instance, but each has a private schema and its own credentials.\n',
        'We run one Postgres cluster shared by all services, with a schema per service.\n',
        'The order, payment and inventory services share a single RDS instance; each service owns a separate schema.\n',
        'The services share one Postgres database.\nEach service has its own schema and no service reads another service\'s schema.\n',
      ]) {
        assert.deepEqual(antipatterns(md), [], md);
        assert.equal(status(md, 'data-management'), 'covered', md);
      }
    });
    it('still when the services read each other\'s tables, private schemas or not', () => {
      for (const md of [
        'Each service has its own schema on the shared cluster.\nThe billing service reads the orders table in the Order schema directly.\n',
        'All five services share one database cluster, each with its own schema. The nightly report joins across the services\' schemas.\n',
        'Each service has its own schema in the shared database, but the order service joins directly against the customer service\'s tables.\n',
        'Every service keeps a separate schema on one MySQL instance, with cross-schema joins for the dashboards.\n',
        'All services read and write one shared schema in the main database.\n',
      ]) assert.deepEqual(antipatterns(md), ['shared-database'], md);
    });
    it('a synchronous chain of three hops, across sentences', () => {
      const md = 'The order service calls the inventory service.\n\nThe inventory service calls the pricing service, which calls the tax service.\n';
      const r = run(md);
      assert.deepEqual(r.antipatterns.map((a) => [a.id, a.line]), [['synchronous-chains', 1]]);
    });
    it('not for two hops, nor for events', () => {
      assert.deepEqual(antipatterns('The order service calls the inventory service, which calls pricing.\n'), []);
      assert.deepEqual(antipatterns('Order publishes an event -> payment -> inventory -> shipping.\n'), []);
    });
    it('manual deployments, distributed monolith, no versioning, no breakers, ownership, granularity', () => {
      assert.deepEqual(antipatterns('The ops team deploys each release manually over SSH.\n'), ['manual-deployments']);
      assert.deepEqual(antipatterns('All services must be deployed together every Friday.\n'), ['distributed-monolith']);
      assert.deepEqual(antipatterns('Our APIs are not versioned; we change them in place.\n'), ['no-api-versioning']);
      assert.deepEqual(antipatterns('Calls to the payment provider have no timeout and no circuit breaker.\n'), ['no-circuit-breakers']);
      assert.deepEqual(antipatterns('Both the order and inventory services update the same stock table.\n'), ['ignoring-data-ownership']);
      assert.deepEqual(antipatterns('Our team of 4 engineers runs 40 microservices.\n'), ['too-fine-granularity']);
    });
    it('not when the document warns against them', () => {
      const md = '## Anti-patterns we avoid\n\n- Deploying all services together.\n- A shared database.\n- Manual deployments.\n';
      assert.deepEqual(antipatterns(md), []);
    });
  });
});
