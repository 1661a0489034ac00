// Verdicts a reviewer would agree with on prose the engine was not written for: each case is a kind of error
// seen on independently written design documents (issue 13), in wording of our own.
import * as assert from 'node:assert/strict';
import { defaultEngine, type ChecklistReport } from '../../../src/checklist/engine';
import { TOO_MANY_SERVICES } from '../../../src/checklist/granularity';
import { builtinRubrics } from '../../../src/scoring/catalog';
import { parseDocument } from '../../../src/shared/document';

const check = (text: string): ChecklistReport => defaultEngine().run(parseDocument(text));
const status = (text: string, id: string): string | undefined => check(text).items.find((i) => i.id === id)?.status;
const antipatterns = (text: string): string[] => check(text).antipatterns.map((a) => a.id);

describe('checklist verdicts: a topic discussed is not a topic decided', () => {
  it('what was floated, remarked or only in the running decides nothing', () => {
    assert.equal(status('# Cups\n\n## Outages\n\n- Ideas: cache responses, back off on 429s, fall back to manual entry.\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Cups\n\n## Outages\n\nPriya mentioned circuit breakers.\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Ferries\n\n## Finding services\n\nOptions people have mentioned: Cloud Map, an internal ALB per service.\n', 'load-balancing'), 'weak');
    assert.equal(status('# Loans\n\n## Edge\n\nAzure API Management is the obvious candidate, since we already run it.\n', 'api-gateway'), 'weak');
    assert.equal(status('# Signing\n\n## Discovery\n\nPlain Kubernetes Services would work but pin long-lived gRPC connections to one pod.\n', 'service-discovery'), 'weak');
    // The same tools, chosen, still decide.
    assert.equal(status('# Cups\n\n## Outages\n\nEvery call to the bracket API has a circuit breaker and retries with backoff.\n', 'fault-tolerance'), 'covered');
  });

  it('another option on the table is not the choice', () => {
    assert.equal(status('# Pharmacy\n\n## Data\n\nAnother option is one instance with separate schemas.\n', 'data-management'), 'weak');
  });

  it('a reviewer noting a gap, or a default left in place, is not the design deciding it', () => {
    assert.equal(status('# Auction\n\n## Review\n\nService-to-service authentication inside the cluster is not described.\n', 'security'), 'weak');
    assert.equal(status('# Auction\n\n## Scaling\n\nHow connections are spread across the pods is left to the ingress defaults for now.\n', 'load-balancing'), 'weak');
  });

  it("a slide's row of names, 'the rest' and a parcel's weight are not decisions on communication, rollout or balancing", () => {
    const slide = '# Volunteers\n\n**The services**\n\n- Messaging · Email · SMS · Push Notification\n- Feature Flags · Audit Log · File Upload · Admin\n';
    assert.equal(status(slide, 'communication'), 'weak');
    assert.equal(status(slide, 'deployment'), 'weak');
    assert.equal(status('# Miles\n\n## Partners\n\nTwo partners move to the new path; the rest stay on nightly files.\n', 'communication'), 'missing');
    assert.equal(status('# Laundry\n\n## Flow\n\nBilling asks Laundry for the weight before charging.\n', 'load-balancing'), 'missing');
    assert.equal(status('# Laundry\n\n## Balancing\n\nThe canary gets 5% of requests by weighted routing at the load balancer.\n', 'load-balancing'), 'covered');
  });

  it('a firewall at the edge is only part of security; a freezer vault is not secrets management', () => {
    assert.equal(status('# Prints\n\n## Security\n\nCloudflare in front (WAF, bot protection, rate limiting per IP).\n', 'security'), 'weak');
    assert.equal(status('# Prints\n\n## Security\n\nCloudflare in front with a WAF, and calls between services use mTLS.\n', 'security'), 'covered');
    assert.equal(status('# Seeds\n\n## Services\n\n- accessions: seed lots, passport data, vault and freezer location\n', 'security'), 'missing');
    assert.equal(status('# Seeds\n\n## Secrets\n\nDatabase passwords come from Vault at start-up.\n', 'security'), 'covered');
  });

  it('a mesh installed for mTLS alone balances nothing; a replica count alone is only part of balancing', () => {
    assert.equal(status('# Journeys\n\n## Traffic\n\nWe install Linkerd only for the mTLS between the pods.\n', 'load-balancing'), 'weak');
    assert.equal(status('# Holds\n\n## Scaling\n\n3 replicas per service to start, 6 for Catalog.\n', 'load-balancing'), 'weak');
    assert.equal(status('# Holds\n\n## Scaling\n\n3 replicas per service behind an ALB with least-outstanding-requests balancing.\n', 'load-balancing'), 'covered');
  });

  it("the platform's own balancing, named with what it does, decides load balancing", () => {
    assert.equal(status('# Rentals\n\n## Instances\n\nSearch has 3 to 8 pods. The Kubernetes Service spreads the requests between pods, and readiness probes take a bad pod out.\n', 'load-balancing'), 'covered');
    assert.equal(status('# Couriers\n\n## Pods\n\nkube-proxy distributes connections over the pods of each service.\n', 'load-balancing'), 'covered');
    assert.equal(status('# Parking\n\n## Instances\n\nConsul DNS returns the healthy instances in random order and the caller takes the first.\n', 'load-balancing'), 'covered');
    // The pods alone are capacity, not balancing.
    assert.equal(status('# Rentals\n\n## Instances\n\nSearch has 3 to 8 pods.\n', 'load-balancing'), 'missing');
  });

  it('fixed hostnames in configuration are a (poor) discovery decision; a colleague preferring them is not', () => {
    assert.equal(status('# Freight\n\n## Runtime\n\nApplications find each other through fixed hostnames set in each app\'s `application.properties`.\n', 'service-discovery'), 'covered');
    assert.equal(status('# Chess\n\n## Runtime\n\nOleg would rather keep a static list in config and edit it when we add a node.\n', 'service-discovery'), 'weak');
  });

  it('a topic handed to a separate RFC or to another team\'s named document is not decided here', () => {
    assert.equal(status('# Rx\n\n## 6. Security\n\nAccess control and service-to-service authentication will be handled in a separate security RFC once this one is accepted.\n', 'security'), 'missing');
    assert.equal(status('# Drones\n\n## Security\n\n- Command links and service-to-service auth are all covered in the Platform Security team\'s "SkyDrop Threat Model & Controls" doc\n', 'security'), 'missing');
  });

  it('a data pipeline or a reporting pipeline is not a release pipeline', () => {
    assert.equal(status('# Eyewear\n\n## Reporting\n\nThe part we thought about most is the nightly reporting pipeline, because finance reads it every morning.\n', 'deployment'), 'missing');
    assert.equal(status('# Eyewear\n\n## Releases\n\nEach service has its own GitHub Actions pipeline that deploys on every merge to main.\n', 'deployment'), 'covered');
  });

  it('one protocol named is only part of the communication question', () => {
    assert.equal(status('# Shop\n\n## How services talk\n\nAll APIs are REST.\n', 'communication'), 'weak');
    assert.equal(status('# Shop\n\n## How services talk\n\nOrders calls Payments over REST to check the card before confirming the order.\n', 'communication'), 'covered');
  });

  it('REST named beside a chain of calls still leaves open what goes asynchronously', () => {
    const chain = '## Checkout\n\nAt checkout, Booking calls Pricing, Pricing calls Promotions, and Promotions calls Loyalty.\n';
    assert.equal(status(`# Seats\n\n## How services talk\n\nAll APIs are REST.\n\n${chain}`, 'communication'), 'weak');
    assert.deepEqual(antipatterns(`# Seats\n\n## How services talk\n\nAll APIs are REST.\n\n${chain}`), ['synchronous-chains']);
    // The asynchronous side decided as well: the question is answered, chain and all.
    const both = `# Seats\n\n## How services talk\n\nAll APIs are REST; the e-ticket goes out from a RabbitMQ queue.\n\n${chain}`;
    assert.equal(status(both, 'communication'), 'covered');
  });

  it('options weighed in a table, or a row answered "No" in its Decided column, decide nothing', () => {
    const table = (decided: string): string =>
      `# Prices\n\n## Questions\n\n| Question | Options on the table | Decided? |\n|---|---|---|\n| Metrics and alerting | Cloud Monitoring; Prometheus + Grafana | ${decided} |\n`;
    assert.equal(status(table('No'), 'monitoring'), 'weak');
    assert.equal(status(table('Pending'), 'monitoring'), 'weak');
    const register = '# Stock\n\n## Register\n\n| Topic | Options | Chosen |\n|---|---|---|\n| Releases | Octopus Deploy, or GitHub Actions with environments | — |\n';
    assert.equal(status(register, 'deployment'), 'weak');
    assert.equal(status('# Triage\n\n## Tracing\n\n**Options:** Datadog APM; Honeycomb; a self-hosted Grafana and Tempo stack.\n', 'monitoring'), 'weak');
    // The chosen column still decides.
    const chosen = '# Stock\n\n## Register\n\n| Topic | Options | Chosen |\n|---|---|---|\n| Releases | Octopus Deploy, GitHub Actions | GitHub Actions with one pipeline per service, blue-green |\n';
    assert.equal(status(chosen, 'deployment'), 'covered');
  });

  it('how things stand today is not what the design decides', () => {
    assert.equal(status('# Scooters\n\n## Entry point\n\nRight now the app talks straight to nginx.\n', 'api-gateway'), 'weak');
    assert.equal(status('# Fantasy\n\n## Observability\n\nToday: console logs and a Grafana board nobody trusts.\n', 'monitoring'), 'weak');
    assert.equal(status('# Fantasy\n\n## Observability\n\nWe ship logs to Loki and metrics to Prometheus, with Grafana dashboards per service.\n', 'monitoring'), 'covered');
  });

  it('the end-user login alone is only part of security; propagation or mTLS decides it', () => {
    assert.equal(status('# Shop\n\n## Security\n\nCustomers log in through Auth0.\n', 'security'), 'weak');
    assert.equal(status('# Shop\n\n## Security\n\nCustomers log in through Auth0, and calls between services use mTLS.\n', 'security'), 'covered');
  });

  it('an option turned down with nothing chosen leaves the question open', () => {
    assert.equal(status('# Shop\n\n## Edge\n\n- Kong: rejected (licensing).\n', 'api-gateway'), 'weak');
    assert.equal(status('# Shop\n\n## Finding services\n\nEureka we do not want, it is made for Java.\n', 'service-discovery'), 'weak');
    assert.equal(status('# Shop\n\n## Finding services\n\nWe rejected Eureka; services find each other through Kubernetes DNS instead.\n', 'service-discovery'), 'covered');
  });

  it('options listed side by side are not a choice', () => {
    assert.equal(status('# Shop\n\n## Edge\n\nAzure API Management, or an nginx gateway on the site servers.\n', 'api-gateway'), 'weak');
  });

  it('a service catalogue after a lead-in decides the boundaries, whatever the heading', () => {
    const doc = ['# Wedding marketplace', '', '**Services.**', '', '- *Listings*: vendor profiles, packages and photos.', '- *Booking*: quote requests and accepted bookings.', '- *Payments*: deposits and vendor payouts.', ''].join('\n');
    assert.equal(status(doc, 'service-boundaries'), 'covered');
  });

  it('a catalogue with bold names, under a heading or a table of parts, decides the boundaries; one only proposed does not', () => {
    const entries = '- **Charge Point Link**: holds the charger connections and sends start and stop commands.\n- **Sessions**: session start and stop, meter readings, session state.\n- **Billing**: prices finished sessions and charges the card.\n';
    assert.equal(status(`# VoltWay\n\n**Services**\n\n${entries}`, 'service-boundaries'), 'covered');
    assert.equal(status(`# Deck\n\n## Slide 3: The pieces\n${entries}`, 'service-boundaries'), 'covered');
    const table = '# TyreSlot\n\n## Overview\n\n| Part | Looks after |\n|---|---|\n| Booking | Baskets, bookings, cancellations |\n| Garage Availability | Bays, opening hours, slot calendars |\n| Tyre Stock | Tyre catalogue and stock per garage |\n';
    assert.equal(status(table, 'service-boundaries'), 'covered');
    assert.notEqual(status(`# Laundry\n\n## Service cut\n\nProbably we will cut the system in the following services:\n\n${entries}`, 'service-boundaries'), 'covered');
  });

  it('what is not yet designed, or labelled but with nothing agreed, is not decided', () => {
    assert.notEqual(status('# Ads\n\n## Calls\n\nTimeouts, retries and circuit breaking are not yet designed.\n', 'fault-tolerance'), 'covered');
    assert.notEqual(status('# Pets\n\n## Notes\n\n- **Timeouts and retries between services.** Worth a proper look; nothing agreed.\n', 'fault-tolerance'), 'covered');
    assert.notEqual(status('# Coffee\n\n## Peak\n\nRetries and timeouts will matter at peak.\n', 'fault-tolerance'), 'covered');
  });

  it('a need, options side by side, or suggestions made decide nothing about the gateway', () => {
    for (const text of [
      'We need one front door. Kong and AWS API Gateway have both been suggested.',
      'AWS API Gateway in front of the ALB, or doing it inside Django with a middleware.',
      'Rate limiting at the API gateway would be good because of the voucher abuse last year.',
      'We have talked several times about putting a proper API gateway in front of the public endpoints.',
    ]) {
      assert.notEqual(status(`# Shop\n\n## Edge\n\n${text}\n`, 'api-gateway'), 'covered', text);
    }
    assert.equal(status('# Shop\n\n## Edge\n\nAll public traffic enters through Kong, which routes by path and validates tokens.\n', 'api-gateway'), 'covered');
  });

  it('a topic left to another team\'s named document, or only marked deferred, is not discussed here', () => {
    assert.equal(status('# Radio\n\n## Security\n\nFor network security see the Broadcast IT team\'s “On-air network baseline” document.\n', 'security'), 'missing');
    assert.equal(status('# Podcasts\n\n## Security\n\nIt is covered by Platform Security\'s “Castwave edge and identity” document.\n', 'security'), 'missing');
    assert.equal(status('# Jobs\n\n## Security\n\nDeferred.\n', 'security'), 'missing');
  });

  it('options being considered, answered no, or preferred by some decide nothing; a shared schema decides ownership', () => {
    for (const [text, id] of [
      ['Consul and plain Kubernetes DNS are both being considered.', 'service-discovery'],
      ['The options are AWS Cloud Map with DNS names, or an internal ALB per service.', 'service-discovery'],
      ['Eureka: no, it is for Java, and the others are Go.', 'service-discovery'],
      ['Canary is preferred by some members; blue-green is preferred by others.', 'deployment'],
      ['A Datadog APM trial and a Honeycomb trial are both pending procurement.', 'monitoring'],
    ] as const) {
      assert.notEqual(status(`# Platform\n\n## Notes\n\n${text}\n`, id), 'covered', text);
    }
    assert.equal(status('# Camp\n\n## Data\n\nData: one PostgreSQL database, with one schema per module, and the modules read and write each other\'s tables.\n', 'data-management'), 'covered');
  });

  it('a health check\'s timeout, a hold expiring or a batch scheduler\'s retries are not fault tolerance', () => {
    for (const text of [
      'Target group health check: `GET /healthz` every 10 s, 2 s timeout, unhealthy after 3 failures.',
      'Booking states: seats held, paid, hold timed out, seats released.',
      'The DAG retries each task three times, 10 minutes apart.',
    ]) {
      assert.notEqual(status(`# Camp\n\n## Notes\n\n${text}\n`, 'fault-tolerance'), 'covered', text);
    }
    assert.equal(status('# Camp\n\n## Notes\n\nEvery call to Payments has a 2 s timeout and is retried once with backoff, because the provider stalls at peak.\n', 'fault-tolerance'), 'covered');
  });

  it('security at the edge alone is one part; a rule of permission is not a doubt; trusting the network is no control', () => {
    const sec = (text: string): string | undefined => status(`# News\n\n## Security\n\n${text}\n`, 'security');
    assert.equal(sec('nginx on the edge terminates TLS and checks the driver\'s JWT with auth_request.'), 'weak');
    assert.equal(sec('Linkerd gives us mutual TLS between all meshed pods, and its authorization policies only allow the traffic we expect (only Rendering may call Subscriptions).'), 'covered');
    assert.notEqual(sec('Services trust any caller inside the VPC.'), 'covered');
    assert.notEqual(sec('Renee thinks the duty data justifies mTLS, Jonas thinks NetworkPolicies are enough.'), 'covered');
  });

  it('needs, plans and opinions decide nothing', () => {
    assert.equal(status('# Shop\n\n## Releases\n\nEach service will need its own pipeline.\n', 'deployment'), 'weak');
    assert.equal(status('# Shop\n\n## Messaging\n\nArjen prefers NATS, Fatima thinks plain HTTP is enough.\n', 'communication'), 'weak');
  });

  it('wishes, feelings, tools on offer and action items to decide decide nothing', () => {
    for (const [text, item] of [
      ['We wish to move to some CI/CD pipeline with Jenkins.', 'deployment'],
      ['Ideally each service keeps its own PostgreSQL database.', 'data-management'],
      ['An API gateway in front of the apps is felt to be necessary.', 'api-gateway'],
      ['Decide timeout and retry values for the calls to the bank.', 'fault-tolerance'],
      ['Azure DevOps and Jenkins are both available for the pipelines.', 'deployment'],
    ] as const) {
      assert.equal(status(`# Laundry\n\n## Notes\n\n${text}\n`, item), 'weak', text);
    }
    assert.equal(status('# Laundry\n\n## Notes\n\nCalls to the bank time out after 2 s and retry twice with backoff.\n', 'fault-tolerance'), 'covered');
  });
});

describe('checklist anti-patterns: only from what the design itself does', () => {
  it("advice to a reader ('if you find yourself wanting to read another service's tables') is not the design sharing a database", () => {
    assert.deepEqual(antipatterns("# Courts\n\n## Data\n\nIf you find yourself wanting to read another service's tables, ask its team for an endpoint instead.\n"), []);
    assert.deepEqual(antipatterns("# Courts\n\n## Data\n\nThe Hearings service reads another service's tables directly for the daily list.\n"), ['shared-database']);
  });

  it('how a split usually goes wrong elsewhere is a warning, not this design', () => {
    const doc = '# Prints\n\n## Why not microservices\n\nWe looked at how a split usually goes wrong for teams our size: services that still have to be released together, and a shared database kept temporarily.\n';
    assert.deepEqual(antipatterns(doc), []);
    assert.deepEqual(antipatterns('# Prints\n\n## Releases\n\nAll six services are released together every Thursday.\n'), ['distributed-monolith']);
  });

  it('writers of one table named in the passive or one by one, a shared store, and copies by scp or kubectl by hand', () => {
    const has = (text: string, id: string): void => assert.ok(antipatterns(`# X\n\n## Data\n\n${text}\n`).includes(id), text);
    has('The `job_assignments` table in the Jobs database is written directly by Jobs, Matching and Billing.', 'ignoring-data-ownership');
    has('The `appointments` table lives in the scheduling cluster, and session and billing also write to it directly.', 'ignoring-data-ownership');
    has('The reservations, dropoff and pickup modules each update its `state` column directly.', 'ignoring-data-ownership');
    has('Marketplace and Payments share one Postgres database, `petsit_core`.', 'shared-database');
    has('Releases are done by the on-call engineer: build the jar locally, scp it to both VMs and restart the unit.', 'manual-deployments');
    has('Releases: SSH to the bastion and run `kubectl apply` by hand for each service.', 'manual-deployments');
  });

  it('build pipelines, event flows and separate pairs of arrows are not call chains', () => {
    assert.deepEqual(antipatterns('# Records\n\n## Releases\n\nOne pipeline per service: GitHub Actions -> tests -> image -> ECR -> helm.\n'), []);
    assert.deepEqual(antipatterns('# Seeds\n\n## Flow\n\n`request.approved` -> accessions reserves packets -> `packets.reserved` -> requests ships them.\n'), []);
    assert.deepEqual(antipatterns('# Books\n\n## Resilience\n\nBreakers on payments -> PSP, shipping -> carriers and cart -> inventory.\n'), []);
  });

  it('a warning of a chain that could happen, or a row of things not done, is not the design', () => {
    assert.deepEqual(antipatterns('# Vets\n\n## Calls\n\nA tempting shortcut is to let billing call appointments, which calls patients, which calls diagnostics.\n'), []);
    const table = '# Books\n\n| Question | Decision | Not doing |\n|---|---|---|\n| Releasing | Argo Rollouts canary per service. | A weekly release train that ships every service together. Copying artefacts to hosts by hand. |\n';
    assert.deepEqual(antipatterns(table), []);
  });

  it('several writers of one table or one schema, said in one clause, however the verbs are dressed', () => {
    assert.deepEqual(antipatterns('# Lessons\n\n## Data\n\n- Decision: Solver, Rooms and Cover will all write directly to the same `lessons` table.\n'), ['ignoring-data-ownership']);
    assert.deepEqual(antipatterns('# Timetabler\n\n## Data\n\nAll five services read and write the existing `timetabler` MySQL schema directly, because the solver needs every table.\n'), ['shared-database']);
    // Each writer to its own table, a list that only ends on "and X writes", and a table inside one service's database are not.
    assert.deepEqual(antipatterns('# Lessons\n\n## Data\n\nSolver, Rooms and Cover each write to their own table.\n'), []);
    assert.deepEqual(antipatterns('# Gems\n\n## Purchase\n\nWallet takes the gems, Inventory adds the items, and Ledger writes the record.\n'), []);
    assert.ok(!antipatterns('# Patterns\n\n## Data\n\nCheckout, Watermark and Downloads all write to the `purchases` table in the Checkout database.\n').includes('shared-database'));
  });

  it("today's way kept ('as they do today') is the design; 'returned as-is' and 'would rather not' are no hedges", () => {
    assert.deepEqual(antipatterns('# Stadium\n\n## Data\n\nAll five services will read and write one shared PostgreSQL schema, `concessions`, as they do today.\n'), ['shared-database']);
    assert.deepEqual(antipatterns('# Loans\n\n## Releases\n\nDeploys stay as they are today: Tomasz copies each build to the two app servers by hand and restarts it.\n'), ['manual-deployments']);
    const adr = '# CRM\n\n## ADR-7\n\n**Decision.** We don\'t set timeouts, retries or circuit breakers on calls between our own services; if a call fails, the error is returned to the screen as-is.\n';
    assert.deepEqual(antipatterns(adr), ['no-circuit-breakers']);
    // What is being replaced still is not the design.
    assert.deepEqual(antipatterns('# Stadium\n\n## Data\n\nToday all five services read and write one shared PostgreSQL schema; each gets its own database in the new design.\n'), []);
  });

  it('under "Today", a review of the running system shows its anti-patterns; a document with a target leaves them behind', () => {
    const today = '## How it runs today\n\nThe platform runs as 40 services in production, built and operated by a team of 6 engineers.\n';
    assert.deepEqual(antipatterns(`# Review of the recipe platform\n\n${today}\n## Findings\n\nMost changes touch five services.\n`), ['too-fine-granularity']);
    assert.deepEqual(antipatterns(`# Recipes: moving to six services\n\n${today}\n## Target\n\nSix services, one per team, each with its own database.\n`), []);
  });

  it("a saga's steps, a lifecycle, and one caller's two calls are not a call chain", () => {
    assert.deepEqual(antipatterns('# Claims\n\n## Flow\n\nIntake is an orchestrated saga in AWS Step Functions: validate → fetch documents → triage → assign → notify.\n'), []);
    assert.deepEqual(antipatterns('# Rentals\n\n## Model\n\nA subscription has a lifecycle (ordered → scheduled → delivered → active → collected → closed).\n'), []);
    const fanOut = '# Courses\n\n## Register\n\nEnrollment needs an answer right away, so the calls it makes on that path are synchronous REST: it asks Holds whether the student is clear and asks Catalog for the capacity.\n';
    assert.deepEqual(antipatterns(fanOut), []);
    // A real chain still is one.
    assert.deepEqual(antipatterns('# Courses\n\n## Register\n\nEnrollment calls Holds, which calls Finance, which calls Ledger, before the student sees a result.\n'), ['synchronous-chains']);
  });

  it('event sourcing is how a service stores its data, not how services talk; bare replication is not a read model (issue 15)', () => {
    const es = '# Orders\n\n## Orders service\n\nThe Orders service stores every change as an event with event sourcing in EventStoreDB, and rebuilds an order by replaying its events.\n';
    assert.equal(status(es, 'communication'), 'missing');
    const replication = '# Orders\n\n## Storage\n\nThe Orders database uses synchronous replication across three zones.\n';
    assert.notEqual(status(replication, 'data-management'), 'covered');
  });

  it('12 microservices for 8 engineers is too fine, as the modular-monolith challenge says; 6 for 8 is not (issue 15)', () => {
    const doc = (n: number): string => `# Ledger\n\n## Services\n\nEight engineers will run the product as ${n} microservices, one repository each.\n`;
    assert.deepEqual(antipatterns(doc(12)), ['too-fine-granularity']);
    assert.deepEqual(antipatterns(doc(6)), []);
    // The challenge's scenario, run through the checklist as a design, is the mistake the challenge names.
    const scenario = builtinRubrics().find((r) => r.id === 'stay-modular-monolith')?.scenario ?? '';
    assert.match(scenario, /Eight engineers/);
    assert.match(scenario, /12 microservices/);
    assert.deepEqual(antipatterns(`# Ledgerly\n\n## Plan\n\nEight engineers split the application into 12 microservices this quarter.\n`), ['too-fine-granularity']);
    assert.ok(12 >= TOO_MANY_SERVICES.perEngineer * 8 && 12 >= TOO_MANY_SERVICES.atLeast);
  });

  it('design smells come from the design itself, not from a proposal in the minutes, a ruled-out option or the safe version (issue 15)', () => {
    const xa = 'wrapping the Stock and Transfusion databases in one XA transaction with a coordinator, so both commit together.';
    assert.deepEqual(antipatterns(`# Blood bank\n\n## Consistency\n\nOur design runs ${xa}\n`), ['cross-service-2pc']);
    assert.deepEqual(antipatterns(`# Blood bank\n\n## Consistency\n\nMaria proposed ${xa} The saga below replaces it.\n`), []);
    assert.deepEqual(antipatterns(`# Blood bank\n\n## Consistency\n\nThe first proposal was ${xa}\n`), []);
    assert.deepEqual(antipatterns('# Blood bank\n\n## Consistency\n\nI would rule out two-phase commit across the Stock and Transfusion databases.\n'), []);
    // Old data the release removes is the design's own act, not a description of the old system.
    assert.deepEqual(antipatterns('# Cards\n\n## Release\n\nThe release drops the legacy points column, and if it fails we roll back by switching traffic back to blue.\n'), ['destructive-migration-rollback']);
    // "When either of them fails" is a condition, not a choice left open.
    assert.deepEqual(antipatterns('# Buses\n\n## Health\n\nThe readiness probe queries PostgreSQL and calls the Positions API, and reports not ready when either of them fails.\n'), ['deep-health-checks']);
  });

  it('its own tables, a rollback by hand, joins ruled out and retries set aside are not their anti-patterns', () => {
    assert.deepEqual(antipatterns('# Food\n\n## Data\n\nEach service only updates its own tables (Intake writes `donations`, Stock writes `stock_levels`, Distribution writes `picks`).\n'), []);
    assert.deepEqual(antipatterns('# Dental\n\n## Releases\n\nArgo CD deploys every merge to main. If something is wrong we do `helm rollback` by hand.\n'), []);
    assert.deepEqual(antipatterns('# Vaccines\n\n## Modules\n\nA module that needs another module\'s data calls its public interface; cross-schema joins are not possible by construction.\n'), []);
    assert.deepEqual(antipatterns('# Vaccines\n\n## Calls\n\nEach has a circuit breaker: after 5 failures it opens for 60 s and events stay queued rather than being retried in a tight loop.\n'), []);
    assert.deepEqual(antipatterns('# Vaccines\n\n## Calls\n\nFailed calls are retried in a tight loop until they succeed.\n'), ['no-circuit-breakers', 'unsafe-retries']);
  });

  it('a state machine or a route table is not a call chain', () => {
    assert.deepEqual(antipatterns('# Payroll\n\n## Run states\n\nDRAFT -> CALCULATED -> APPROVED -> FILED -> PAID\n'), []);
    assert.deepEqual(antipatterns('# Family trees\n\n## Edge\n\nRoutes: `/search/*` -> Search, `/trees/*` -> Trees, `/media/*` -> Media.\n'), []);
    assert.deepEqual(antipatterns('# Shop\n\n## Checkout\n\nCheckout -> Pricing -> Inventory -> Warehouse, each a blocking REST call.\n'), ['synchronous-chains']);
  });

  it('states in lower case are not a call chain either', () => {
    assert.deepEqual(antipatterns('# Crews\n\n## Work orders\n\nA work order moves through `raised -> planned -> crew assigned -> on site -> closed`.\n'), []);
    assert.deepEqual(antipatterns('# Ploughs\n\n## Runs\n\nA plough run goes `queued → assigned → en_route → ploughing → done`.\n'), []);
    assert.deepEqual(antipatterns('# Wash\n\n## Gate\n\nGate -> plate recognition -> subscription -> billing, each a synchronous REST call while the car waits.\n'), ['synchronous-chains']);
  });

  it('an option in a table column of options turned down is not the design', () => {
    const doc = ['# Tracking', '', '| Topic | Decision | Turned down |', '|---|---|---|', '| Releases | Argo CD canary with automatic rollback | Manual releases by SSH |', ''].join('\n');
    assert.deepEqual(antipatterns(doc), []);
  });

  it('a slide that crosses an option out does not make it the design', () => {
    assert.deepEqual(antipatterns('# Remittances\n\n## What we will not do\n\n- ✗ One shared ledger database that every service updates\n'), []);
  });

  it('named writers of one table in a shared database are both ownership and sharing problems', () => {
    const found = antipatterns('# Resale\n\n## Data\n\nListings, Orders and Fraud will all write to the `tickets` table in the shared `resale` Postgres database.\n');
    assert.ok(found.includes('ignoring-data-ownership'), found.join(', '));
    assert.ok(found.includes('shared-database'), found.join(', '));
  });

  it('a build copied to servers by hand is a manual deployment; a failure that simply reaches the user has no breaker', () => {
    assert.deepEqual(antipatterns('# Energy\n\n## Releases\n\nThe JAR is copied to the four application servers by hand; we keep this process.\n'), ['manual-deployments']);
    assert.deepEqual(antipatterns('# Printing\n\n## Quotes\n\nIf Slicer is slow, the quote request fails and the error propagates back to the customer, who retries.\n'), ['no-circuit-breakers']);
  });
});

describe('design smells: the decision the design states, in whatever shape it is written (independent-blind5)', () => {
  const smells = (text: string): { id: string; lines: number[] }[] => check(text).antipatterns.map((a) => ({ id: a.id, lines: a.instances.map((i) => i.line) }));

  it('an option turned down, a condition and an argument about a practice are not its use', () => {
    assert.deepEqual(antipatterns('# Gym\n\n## Booking and billing\n\n- Considered XA across `booking` and `billing` databases: rejected\n- Stripe cannot take part in a prepare phase\n'), []);
    assert.deepEqual(antipatterns('# Boxes\n\n## Health\n\nIf readiness checks Postgres, every pod of a service goes unready at once.\n'), []);
    assert.deepEqual(antipatterns('# Boxes\n\n## Consistency\n\nTwo-phase commit across two services\' databases means locks held across a network hop.\n'), []);
    // The main clause after a condition still decides.
    assert.deepEqual(antipatterns('# Boxes\n\n## Payments\n\nIf the charge fails, we retry it in a tight loop until it succeeds.\n').includes('unsafe-retries'), true);
  });

  it('a probe named in one sentence and its handler\'s checks in the next are a deep health check', () => {
    const doc = '# Repairs\n\n## Health\n\nEvery service exposes `/health`, which the liveness and readiness probes both call every ten seconds.\nThe handler runs `SELECT 1` against the shared Postgres cluster and opens a channel on RabbitMQ, and returns 503 if either does not answer.\n';
    assert.deepEqual(antipatterns(doc), ['deep-health-checks']);
    assert.deepEqual(antipatterns('# Repairs\n\n## Orders\n\nThe handler runs `SELECT 1` against Postgres before it answers.\n'), []);
  });

  it('a call after the commit, past a semicolon, is a dual write; a worker picking committed rows up is not', () => {
    assert.deepEqual(antipatterns('# Repairs\n\n## Requests\n\nThe request service inserts the row and commits; then, as the next step in the same handler, it calls `POST /v1/jobs` on the dispatch service.\n'), ['dual-write']);
    assert.deepEqual(antipatterns('# Claims\n\n## Payouts\n\nAfter commit, a payout worker in payment-service picks up PENDING payouts and calls the bank.\n'), []);
  });

  it('expand and contract for another service does not excuse this one\'s destructive change, and the rollback promise is shown too', () => {
    const release = (other: string): string =>
      `# Loans\n\n## Migration\n\nThe repayment-svc release renames, in place, \`installment.amt\` to \`amount_cents\` and drops the \`legacy_rate\` column.\n\n${other}\n\n## Rollback\n\nRolling back means redeploying 4.9.3, which brings back the previous image.\n`;
    const found = smells(release('`statements-svc` changes follow expand and contract.')).find((a) => a.id === 'destructive-migration-rollback');
    assert.ok(found, 'the destructive change is flagged');
    assert.deepEqual(found.lines, [5, 11], 'both the migration and the rollback promise are shown');
    assert.deepEqual(antipatterns(release('Every schema change in this release follows expand and contract.')), []);
    // "Change it in place" of an API contract is no schema change.
    assert.deepEqual(antipatterns('# Shop\n\n## APIs\n\nWhen a contract changes we change it in place and update the callers.\n\n## Rollback\n\nWe roll back by redeploying the previous image.\n').includes('destructive-migration-rollback'), false);
  });

  it('blue and green copies of one service on its database, a release manager\'s header and a booking\'s state are not anti-patterns', () => {
    assert.deepEqual(antipatterns('# Galleries\n\n## Release\n\nGreen is a full copy of the `orders-api` pods; blue and green use the same `orders` database.\n'), []);
    assert.deepEqual(antipatterns('# Loans release R-87\n\nMeridian Loan Servicing · **Release manager:** Carla Nwosu · **Release window:** Tuesday\n\n6. 22:00 Release manager posts the result in #release and closes the deploy step.\n'), []);
    assert.deepEqual(antipatterns('# Venues\n\n## Services\n\n| service | owns |\n|---|---|\n| `booking` | booking requests and their state (requested → held → confirmed → cancelled) |\n'), []);
  });
});

describe('design smells in the shapes independent-blind6 used: lists, tables, configuration, two sentences', () => {
  it('an option with its verdict after it, or turned down in words, is not the design', () => {
    assert.deepEqual(antipatterns('# Samples\n\n## Options\n\n1. One distributed transaction across `intake` and `results` with XA. Rejected: it ties two databases to one coordinator.\n2. Intake writes its own database first.\n'), []);
    assert.deepEqual(antipatterns('# Desks\n\n## Payments\n\nWe looked at a two-phase commit across `bookings`, `members` and `billing` and turned it down.\n'), []);
  });

  it('a retry loop in a table cell, and the plain calls "once the commit has returned", are found', () => {
    const table = '# Buses\n\n## Notifications\n\n| channel | provider | on failure |\n|---|---|---|\n| SMS | Twilio | re-send immediately in a loop until Twilio accepts the message |\n';
    assert.ok(antipatterns(table).includes('unsafe-retries'));
    assert.deepEqual(antipatterns('# Samples\n\n## Intake\n\nThere is no outbox; the POST and the publish are plain calls from the handler once the commit has returned.\n'), ['dual-write']);
  });

  it('a probe definition in configuration that names a shared dependency is a deep health check; its own warm-up is not', () => {
    const yaml = (comment: string): string => `# Resale\n\n## Health\n\n\`\`\`yaml\nlivenessProbe:\n  httpGet: { path: /healthz, port: 8080 }   # process is up\nreadinessProbe:\n  httpGet: { path: /ready, port: 8080 }     # ${comment}\n\`\`\`\n`;
    const found = check(yaml('503 unless PING to redis-shared and GET payments-service /status both succeed')).antipatterns.find((a) => a.id === 'deep-health-checks');
    assert.equal(found?.line, 8, 'the readinessProbe line, not the liveness one');
    assert.deepEqual(antipatterns(yaml('503 until the caches of this pod are warm')), []);
    assert.deepEqual(antipatterns(yaml('does not check the database or Redis')), []);
    // In prose: traffic only while the dependencies answer.
    assert.deepEqual(antipatterns('# Resale\n\n## Health\n\nA pod only takes traffic while both Redis and payments-service answer.\n'), ['deep-health-checks']);
  });

  it('"built on Kafka\'s exactly-once processing" with no duplicate check is the assumption', () => {
    assert.deepEqual(antipatterns('# Customs\n\n## Today\n\nThe services are built on Kafka\'s exactly-once processing.\n'), ['exactly-once-assumption']);
    assert.deepEqual(antipatterns('# Customs\n\n## Events\n\nThe services are built on Kafka\'s exactly-once processing, and every consumer still deduplicates by message id.\n'), []);
  });

  it('expand and contract told step by step is not a destructive change; dropping a legacy table is one', () => {
    const rollback = '\n\n## Rollback\n\nAny release can be rolled back by redeploying the previous image.\n';
    assert.deepEqual(antipatterns(`# Books\n\n## Schema\n\nRelease 41 adds the \`shelf_name\` column and writes both columns, a backfill copies old values, release 42 switches reads, and only release 44 drops the old \`list_name\` column.${rollback}`), []);
    assert.deepEqual(antipatterns(`# Seeds\n\n## Migration\n\n- drop table \`legacy_orders\` (the orders imported from the old shop);\n- the new code reads only the new columns.${rollback}`), ['destructive-migration-rollback']);
  });
});

describe('design smells in the wording independent-blind7 used', () => {
  it('a send to a queue after the commit, and reliance stated in the next sentence, are found', () => {
    assert.deepEqual(antipatterns('# Lenses\n\n## Refills\n\nThe handler updates the subscription row, commits, and then sends `RefillReady` to the `shipping-requests` queue from the same code.\n'), ['dual-write']);
    const twoSentences = '# Chargers\n\n## Meter events\n\nKafka transactions give us exactly-once delivery of each meter event. Because of that, the consumer adds each delta to the running total as it arrives.\n';
    assert.deepEqual(antipatterns(twoSentences), ['exactly-once-assumption']);
  });

  it('another consumer\'s at-least-once handling does not excuse this one\'s reliance on exactly-once', () => {
    const doc = (other: string): string => `# Festival\n\n## Events\n\nThe seat-release workers rely on Kafka's exactly-once guarantee for \`seat.released\` and keep no record of what they processed. ${other}\n`;
    assert.deepEqual(antipatterns(doc('The notifications service treats `ticket.issued` as at-least-once and stores each event id.')), ['exactly-once-assumption']);
    assert.deepEqual(antipatterns(doc('Every consumer treats its topic as at-least-once and stores each event id.')), []);
  });

  it('retries "until Stripe answers" and "keeps trying" are loops; a past review of XA is history', () => {
    assert.ok(antipatterns('# Tattoos\n\n## Deposits\n\nThe capture worker keeps trying until Stripe answers with success or a decline.\n').includes('unsafe-retries'));
    assert.deepEqual(antipatterns('# Scores\n\n## As-is\n\nIn 2022 the developers looked at withdrawing a part and flagging its loans in one XA transaction across the two services.\n'), []);
  });

  it('a destructive migration written as SQL, with the rollback in a table cell, is found', () => {
    const doc = '# Daycare\n\n## Migration\n\n```sql\nALTER TABLE visits DROP COLUMN price_pence;\n```\n\n## Release\n\n| Step | What |\n|---|---|\n| Rollback | Redeploy the last image with `kubectl argo rollouts undo` |\n';
    const found = check(doc).antipatterns.find((a) => a.id === 'destructive-migration-rollback');
    assert.deepEqual(found?.instances.map((i) => i.line), [6, 13]);
    // With expand/contract as the rule for every change, the same SQL is the contract step of a later release.
    assert.deepEqual(antipatterns(doc.replace('## Migration\n\n', '## Migration\n\nEvery schema change follows expand and contract.\n\n')), []);
  });
});

describe('checklist verdicts after blind9: decoys and plainly worded mistakes', () => {
  it('manual testing, an approval click or a rollback decision before an automated release is not a manual deployment', () => {
    assert.deepEqual(antipatterns('# Shop\n\n## Releases\n\nOn Monday the QA team tests the release candidate on staging by hand. Then the pipeline deploys it.\n'), []);
    assert.deepEqual(antipatterns('# Bank\n\n## Releases\n\nBefore approval, biomedical scientists run the validation scripts by hand; after that the release rolls out on its own.\n'), []);
    assert.deepEqual(antipatterns('# Finds\n\n## Releases\n\nThe release manager then clicks "deploy" on the production stage, and the pipeline rolls it out.\n'), []);
    assert.deepEqual(antipatterns('# Port\n\n## Rollback\n\nThe decision to roll back belongs to the release manager and the inspector together.\n'), []);
    // The release itself by hand still is.
    assert.deepEqual(antipatterns('# Port\n\n## Release\n\nOn each of the six servers an operator logs in over SSH and carries out runbook RB-114 by hand.\n'), ['manual-deployments']);
    assert.deepEqual(antipatterns('# Review\n\n## Releases\n\nThe ops engineer copies the tarballs from the share to each of the eight application servers by hand with scp.\n'), ['manual-deployments']);
  });

  it('one application deployed as one unit is a monolith, not a distributed one', () => {
    assert.deepEqual(antipatterns('# Finds\n\n## Shape\n\nFindr is one Spring Boot application, deployed as a single unit, divided inside into modules.\n'), []);
    assert.deepEqual(antipatterns('# Wine\n\n## Releases\n\nDecision: all four services must run the same library version, so we release all four together every second Thursday.\n'), ['distributed-monolith']);
  });

  it('an option considered and turned down, or a state the team has left, is not the design', () => {
    assert.deepEqual(antipatterns('# Rx\n\n## Signing\n\nI did consider having the Sign button call prescription, which calls pharmacy, which calls the network, all synchronously. I rejected that.\n'), []);
    assert.deepEqual(antipatterns('# Daycare\n\n## Data\n\nWhile prototyping in 2023 we ran all four services on one shared Postgres database; we split it before launch.\n'), []);
  });

  it('finds calls with no guard and writers of one table, in the words teams use', () => {
    assert.deepEqual(antipatterns('# Lockers\n\n## Collect\n\n- Collect calls the locker controller and notification; neither call has a timeout or a retry configured.\n'), ['no-circuit-breakers']);
    assert.deepEqual(antipatterns('# Timetables\n\n## Calls\n\nWhen room availability fails, the error is passed straight back to whoever clicked.\n'), ['no-circuit-breakers']);
    assert.deepEqual(antipatterns('# Blood\n\n## Units\n\nDonation-service, stock-service and crossmatch-service all update `blood_unit` rows.\n'), ['ignoring-data-ownership']);
    assert.deepEqual(antipatterns('# Bikes\n\n## Data\n\nAll of these services connect to the existing `cyclo` MySQL 8 database, as they do today in the monolith.\n'), ['shared-database']);
    assert.deepEqual(antipatterns('# Buses\n\n## API\n\nThe route API has no version in the path; when a field is renamed, it changes in place on the next deploy.\n'), ['no-api-versioning']);
    assert.deepEqual(antipatterns('# Discovery\n\n| | |\n|---|---|\n| Team | 6 engineers |\n| Services | 40 independently built services |\n'), ['too-fine-granularity']);
  });

  it('a topic left to another team or document is missing; candidates without a pick are weak', () => {
    assert.equal(status('# Funds\n\n## Monitoring\n\nMetrics, logs, tracing and alerting for these services belong to the platform team\'s RFC-014.\n', 'monitoring'), 'missing');
    assert.equal(status('# Collect\n\n## Security\n\nThe platform security team writes it separate, in their own document.\n', 'security'), 'missing');
    assert.equal(status('# Review\n\n## Gateway\n\nThe draft lists Traefik, Kong and an nginx tier as candidates and does not pick one yet.\n', 'api-gateway'), 'weak');
    assert.equal(status('# Collect\n\n## Failures\n\nBetween order-service and slot-service we need timeouts and retries.\n', 'fault-tolerance'), 'weak');
  });
});

describe('checklist verdicts after blind10: mistakes worded the way teams word them', () => {
  it('reads states in lower case and cycles as a state machine, and a noun "call" as no call', () => {
    assert.deepEqual(antipatterns('# Seeds\n\n## Returns\n\nA returned batch moves received → drying → testing → accepted or rejected.\n'), []);
    assert.deepEqual(antipatterns('# Laundry\n\n## Machines\n\nOne machine goes like this: `idle → paid → running → finished → door_open → idle`.\n'), []);
    assert.deepEqual(antipatterns('# Tyres\n\n## Calls\n\nFor the availability call the booking service uses a 600 ms timeout and one retry, and the call is wrapped in a circuit breaker.\n'), []);
  });

  it('history, a first idea in a thread and the system being replaced are not the design', () => {
    assert.deepEqual(antipatterns('# Zoo\n\n## Releases\n\nUntil January 2022 releases were made by copying files to the server over SSH.\n'), []);
    assert.deepEqual(antipatterns('# Kits\n\n## Orders\n\nFor submitting an order I was thinking `orders` calls `proofs`, which calls `printing`, which calls `dispatch`, all synchronously.\n'), []);
  });

  it('finds the mistakes in plain words', () => {
    assert.deepEqual(antipatterns('# Bakery\n\n## Orders\n\n- Confirming an order waits however long `oven-planning` takes to re-plan; there is no cap on the wait.\n'), ['no-circuit-breakers']);
    assert.deepEqual(antipatterns('# Zoo\n\n## API\n\nThe contract for each endpoint is whatever the code on the `main` branch returns today.\n'), ['no-api-versioning']);
    assert.deepEqual(antipatterns('# Audio\n\n## Releases\n\nReleases are run from a developer\'s laptop with our ship script.\n'), ['manual-deployments']);
    assert.deepEqual(antipatterns('# Yard\n\n## Release\n\n2. Dave copies `yard-4.2.zip` from the NAS onto YARD-APP01 and YARD-APP02 and unzips it.\n'), ['manual-deployments']);
    assert.deepEqual(antipatterns('# Interpreters\n\n## Assignments\n\nBoth booking and payments hold an assignments table, and both of them write the assignment\'s status.\n'), ['ignoring-data-ownership']);
    assert.deepEqual(antipatterns('# Licences\n\n## Data\n\nEach service writes its own tables in that schema and reads the others\' tables directly.\n'), ['shared-database']);
    assert.deepEqual(antipatterns('# Hackerspace\n\n## Services\n\nThat is thirty-two services in all, and the four of us will run every one of them.\n'), ['too-fine-granularity']);
  });

  it('services that reach each other by name have decided discovery; a template question decides nothing', () => {
    assert.equal(status('# Zoo\n\n## Network\n\nServices reach each other by their Swarm service names on the overlay network, resolved by Swarm\'s internal DNS.\n', 'service-discovery'), 'covered');
    assert.equal(status('# Audio\n\n## Security\n\n*How are service-to-service and user traffic protected?*\n', 'security'), 'missing');
    assert.equal(status('# Toys\n\n## Security\n\nSecurity (member sign-in, service-to-service authentication, secrets) is outside this log.\n', 'security'), 'missing');
    assert.equal(status('# Trials\n\n## Failures\n\nTimeouts, retries and a fallback for the check-in path are on the roadmap (issue #212).\n', 'fault-tolerance'), 'weak');
  });
});

describe('checklist verdicts: put out of scope, deferred, or guarding something else', () => {
  it('a clause that puts its topic outside the scope leaves the item missing, even with the mechanism named', () => {
    assert.equal(status('# Stalls\n\n## Notes\n\nLoad balancing and scaling were outside the scope of this review, at the committee\'s request.\n', 'load-balancing'), 'missing');
    assert.equal(status('# Cranes\n\n## Notes\n\nHow requests are spread over the instances of each service is out of scope here.\n', 'load-balancing'), 'missing');
    // With no topic in the clause, the section's own item is the one left out.
    assert.equal(status('# Huts\n\n## Monitoring\n\nOut of scope for this document.\n', 'monitoring'), 'missing');
    // Another clause of the same sentence still decides its own item.
    assert.equal(status('# Huts\n\n## Notes\n\nPayments are out of scope; every call between services goes through the load balancer with round-robin over healthy instances.\n', 'load-balancing'), 'covered');
  });

  it('a topic written up in another document, or foreseen as not enough, is not decided here', () => {
    assert.equal(status('# Lessons\n\n## Thread\n\nOn monitoring: I will write that up separately in the ops notes, so please leave it out of this thread.\n', 'monitoring'), 'missing');
    assert.equal(status('# Books\n\n## Watching\n\nWe know the default CloudWatch metrics will not be enough once live bidding opens.\n', 'monitoring'), 'weak');
    assert.equal(status('# Printers\n\n## Failures\n\nWe tried tenacity for retries with backoff and pybreaker for a breaker, but nothing has been picked yet.\n', 'fault-tolerance'), 'weak');
  });

  it("a deployment's circuit breaker guards a release, not a call", () => {
    assert.equal(status('# Classes\n\n## Releases\n\nWe switched on the ECS deployment circuit breaker, which rolls a service back when new tasks keep failing.\n', 'fault-tolerance'), 'missing');
    assert.equal(status('# Classes\n\n## Calls\n\nThe enrolment client wraps the tutor API in a circuit breaker that opens after five failures.\n', 'fault-tolerance'), 'covered');
  });
});

describe('checklist verdicts: call chains written as code, joined clauses and labels', () => {
  const chain = (text: string): boolean => antipatterns(text).includes('synchronous-chains');

  it('reads `rental.Rent()` as a call to rental, whatever the method is called', () => {
    assert.ok(chain('# Lockers\n\n## Rent\n\n- `rental.Rent()` calls `payments.Charge()`, `payments` then calls `codegen.Issue()` once the card is approved, and `codegen` calls `locker-ctl.SetCode()` while the skier waits.\n'));
  });

  it('a clause joined by "and" keeps the subject of the clause it joins', () => {
    assert.ok(chain('# Lab\n\n## Changes\n\nIntake calls the Lab service and waits; the Lab service re-plans the bench work and calls the Delivery service, and the Delivery service calls the Clinic portal before anyone answers.\n'));
  });

  it('a word like "publish" or "message" elsewhere in the sentence does not make the call asynchronous', () => {
    assert.ok(chain('# Chess\n\n## Rounds\n\nThe arbiter presses "Publish round 4", and tournament calls pairing. Pairing then calls ratings for 600 players. Ratings calls the federation registry before it answers.\n'));
    assert.ok(chain('# Grooming\n\n## Book\n\nBooking calls Calendar and waits. Calendar calls Payments and waits. Payments then calls Notifications and waits until the SMS message is sent.\n'));
    // A call made through a queue is still not a hop of a synchronous chain.
    assert.ok(!chain('# Grooming\n\n## Book\n\nBooking calls Calendar. Calendar calls Payments. Payments sends a message to the notifications queue.\n'));
  });

  it('"sends X to Y in a synchronous call" is a call; "a synchronous gRPC call" is a noun, not a caller', () => {
    assert.ok(chain('# Wash\n\n## Gate\n\nThe barrier service sends the frame to plate-recognition in a synchronous gRPC call. Plate-recognition reads the plate and then calls subscription, and subscription calls billing while the car waits.\n'));
  });
});

describe('checklist verdicts: the title names the whole document', () => {
  it('a title like "where we are and where we are going" does not make the target design the current state', () => {
    const doc = (title: string): string => `# ${title}\n\n## Today\n\nOne PHP app.\n\n## Target\n\nListings, Orders and Fraud will all write to the \`tickets\` table in the shared \`resale\` Postgres database.\n`;
    assert.ok(antipatterns(doc("Resale: where we are and where we're going")).includes('ignoring-data-ownership'));
    // Under a heading of its own, the current state is still not the design.
    assert.ok(!antipatterns("# Resale\n\n## Where we are\n\nListings, Orders and Fraud all write to the `tickets` table in the shared `resale` Postgres database.\n\n## Target\n\nEach service owns its tables.\n").includes('ignoring-data-ownership'));
  });
});

describe('checklist verdicts: a decision owed, options side by side, a default unexamined', () => {
  it('reads each of these as the topic raised, not decided', () => {
    assert.equal(status('# Rota\n\n## Traffic\n\nDiscovery and load balancing deserved a real decision, and did not get one.\n', 'load-balancing'), 'weak');
    assert.equal(status('# Porters\n\n## Security\n\nService-to-service auth: needs sorting before the pilot.\n', 'security'), 'weak');
    assert.equal(status('# Repairs\n\n## Monitoring\n\nThe IT company knows Zabbix; Prometheus with Grafana is also possible.\n', 'monitoring'), 'weak');
    assert.equal(status('# Crops\n\n## Scaling\n\nSpreading traffic across pods is left to whatever Kubernetes and the AWS load balancer configure by default.\n', 'load-balancing'), 'weak');
    assert.equal(status('# Tyres\n\n## Discovery\n\nMarek wants Consul and its DNS interface for the fitter app.\n', 'service-discovery'), 'weak');
    assert.equal(status('# Jobs\n\n## Tracing\n\nEveryone agreed we needed tracing across jobs and invoicing.\n', 'monitoring'), 'weak');
  });

  it('the same tools, decided, still cover the item', () => {
    assert.equal(status('# Repairs\n\n## Monitoring\n\nWe run Prometheus with Grafana, alerting on the p99 of each API.\n', 'monitoring'), 'covered');
    assert.equal(status('# Tyres\n\n## Discovery\n\nServices register with Consul and find each other through its DNS interface.\n', 'service-discovery'), 'covered');
  });
});

describe('checklist verdicts: logs alone are part of monitoring; using a tool is not weighing it', () => {
  it('a log group per service is only part of the monitoring question', () => {
    assert.equal(status('# Tyres\n\n## Logs\n\nEvery service writes its logs to its own CloudWatch log group.\n', 'monitoring'), 'weak');
    assert.equal(status('# Tyres\n\n## Observability\n\nEvery service writes JSON logs to Loki with a trace id, and Prometheus alerts on the p99 of each API.\n', 'monitoring'), 'covered');
  });

  it('"so I can look at the chain in Jaeger" uses tracing; "we will look at Jaeger" weighs it', () => {
    assert.equal(status('# Vets\n\n## Observability\n\nOpenTelemetry tracing, with the trace id passed in headers, so I can look at the booking chain end to end in Jaeger.\n', 'monitoring'), 'covered');
    assert.equal(status('# Vets\n\n## Observability\n\nWe will look at Jaeger for tracing.\n', 'monitoring'), 'weak');
  });
});

describe("checklist verdicts: another team's standard, a hand-off, a calendar's availability", () => {
  it('a topic decided by another group\'s standard or handed to someone for later is missing here', () => {
    assert.equal(status('# Rings\n\n## Monitoring\n\nMetrics, logging and alerting follow the research group\'s observability standard.\n', 'monitoring'), 'missing');
    assert.equal(status('# Chess\n\n## Monitoring\n\nMonitoring: I would point to the platform team\'s observability standard rather than design it here.\n', 'monitoring'), 'missing');
    assert.equal(status('# Honey\n\n## Security\n\nThe board has asked Willem to look at them separately.\n', 'security'), 'missing');
    assert.equal(status('# Recitals\n\n## Security\n\nSecurity follows the trust policy. This README does not restate it.\n', 'security'), 'missing');
  });

  it('availability in a calendar or a profile is not fault tolerance', () => {
    assert.equal(status('# Agency\n\n## Services\n\n- translators: profiles, language pairs, rates and availability.\n', 'fault-tolerance'), 'missing');
    assert.equal(status('# Agency\n\n## Resilience\n\nThe booking API runs highly available across two zones, with failover of its database.\n', 'fault-tolerance'), 'covered');
  });
});

describe('checklist verdicts: a verb that looks like a term, a template instruction, load spread by the platform', () => {
  it('"the booking spans two services" is no tracing; a span per hop is', () => {
    assert.equal(status('# Slots\n\n## Flow\n\nThe booking spans two services that each commit locally.\n', 'monitoring'), 'missing');
    assert.equal(status('# Slots\n\n## Tracing\n\nOpenTelemetry records a span per hop, exported to Tempo.\n', 'monitoring'), 'covered');
  });

  it("a template's instruction left in place is no content", () => {
    assert.equal(status('# Plots\n\n## API gateway\n\n_Describe the single entry point for external clients: routing, authentication at the edge, rate limits._\n', 'api-gateway'), 'missing');
    assert.equal(status('# Plots\n\n## API gateway\n\n*Template: single entry point for external clients, routing and authentication at the edge.*\n', 'api-gateway'), 'missing');
  });

  it('"not covered in this thread: load balancing" leaves the item out', () => {
    assert.equal(status('# Donations\n\n## Notes\n\nNot covered in this thread: load balancing.\n', 'load-balancing'), 'missing');
  });

  it('load spread round-robin by kube-proxy or an ALB is balancing, not discovery', () => {
    const text = '# Rooms\n\n## Traffic\n\nRequests to a service are spread round-robin by kube-proxy over the pods that are ready.\n';
    assert.equal(status(text, 'service-discovery'), 'missing');
    assert.equal(status(text, 'load-balancing'), 'covered');
    assert.equal(status('# Rooms\n\n## Discovery\n\nServices call each other through Kubernetes Services and cluster DNS names.\n', 'service-discovery'), 'covered');
  });
});

describe('checklist verdicts: ingress, a mesh and a Kubernetes product name in other roles', () => {
  it('a network policy that denies ingress decides no gateway; an ingress that only spreads load decides no gateway', () => {
    assert.notEqual(status('# Farm\n\n## Network\n\nNetworkPolicies deny all ingress in the namespace except the service-to-service pairs listed below.\n', 'api-gateway'), 'covered');
    assert.notEqual(status('# Daycare\n\n## Pods\n\ningress-nginx spreads requests round-robin across ready pods.\n', 'api-gateway'), 'covered');
    assert.equal(status('# Daycare\n\n## Edge\n\nThe ingress routes /api/bookings to booking and /api/pets to pets, and checks the session token first.\n', 'api-gateway'), 'covered');
  });

  it('sidecars for mutual TLS balance nothing; "Azure Kubernetes Service" is a platform, not discovery', () => {
    assert.notEqual(status('# Brackets\n\n## Network\n\nDecision: Consul Connect sidecars give mutual TLS between all services.\n', 'load-balancing'), 'covered');
    assert.equal(status('# Laundry\n\n## Platform\n\nAll services run in AKS (Azure Kubernetes Service), in one namespace.\n', 'service-discovery'), 'missing');
  });

  it("a topic owned by a named team, or left to the reader's platform team, is missing here", () => {
    assert.equal(status('# Stamps\n\n## Edge\n\n- Public entry for web and mobile clients (edge routing, login, rate limits) is owned by the Web Platform team.\n', 'api-gateway'), 'missing');
    assert.equal(status("# Points\n\n## Releases\n\nHow it gets built and shipped I'd leave to your platform team.\n", 'deployment'), 'missing');
  });
});

/** Each line, alone in a document's Releases section, shows the anti-pattern. */
function flaggedInReleases(id: string, lines: readonly string[]): void {
  for (const text of lines) assert.ok(antipatterns(`# Site\n\n## Releases\n\n${text}\n`).includes(id), text);
}

describe('checklist verdicts: kinds blind15 showed', () => {
  it('"the birds that the handler would fly" supposes nothing; "that would turn one action into a chain" does', () => {
    assert.ok(antipatterns('# Falconry\n\n## Booking\n\nBooking calls handler, handler calls welfare for the birds that the handler would fly, and welfare calls transport; each caller holds its request open until the one below has answered.\n').includes('synchronous-chains'));
    assert.ok(!antipatterns('# Beacons\n\n## Rejected\n\nThat would turn one desk action into desk -> checkin -> roster -> waiver calls.\n').includes('synchronous-chains'));
  });

  it('a topic with no owner is not data with no owner', () => {
    assert.ok(!antipatterns('# Orchids\n\n## Gaps\n\nLoad spreading and internal security have no owner.\n').includes('ignoring-data-ownership'));
    assert.ok(antipatterns('# Orchids\n\n## Data\n\nThe plant record has no owner: greenhouse and sales both change it.\n').includes('ignoring-data-ownership'));
  });

  it('a release by a written procedure on each server, an scp to a login, an upload in a cloud console are manual', () => {
    flaggedInReleases('manual-deployments', [
      'A release is put live by the developer on duty, who works through `RELEASE.md` on each of the four servers in turn.',
      'For each tower, `scp` the tarball to `ops@t07.towers.internal:/opt/app/`, ssh in, unpack it and restart the agent.',
      'To release, the engineer on duty downloads the jar and uploads it in the Elastic Beanstalk console.',
    ]);
  });
});

describe("checklist verdicts: a payment provider's gateway API", () => {
  it('is not Kubernetes\' Gateway API, nor an API gateway', () => {
    assert.equal(status('# Heat\n\n## Billing\n\nDirect debits are submitted to GoCardless through their payment gateway API by a nightly job.\n', 'api-gateway'), 'missing');
    assert.equal(status('# Heat\n\n## Edge\n\nThe Kubernetes Gateway API routes /bills to billing and /meters to metering.\n', 'api-gateway'), 'covered');
  });
});

describe('checklist verdicts: work still owed, and the question asked in its own words', () => {
  it('an open task, a status in brackets, a ticket to agree it or a proposal to come decides nothing', () => {
    for (const line of [
      '- [ ] Timeouts for pet-profile and vet-history (unassigned)',
      'ADR-009 (Proposed): timeouts and retries on the `settlement` call.',
      'There is a ticket (RR-412) to agree a timeout and a fallback.',
      'Lucía, Dmitri: link-drop, retry and timeout proposal.',
    ]) assert.equal(status(`# Quotes\n\n## Resilience\n\n${line}\n`, 'fault-tolerance'), 'weak', line);
    // Done, it is the decision.
    assert.equal(status('# Quotes\n\n## Resilience\n\n- [x] Timeouts of 800 ms on pet-profile, with two retries and backoff.\n', 'fault-tolerance'), 'covered');
  });

  it('how requests are spread across replicas, left to the platform or never examined, is raised and not decided', () => {
    for (const line of [
      'Each service runs two replicas. How requests are spread between them is whatever the cluster does out of the box.',
      'How is traffic spread across the replicas? Whatever the cluster does by default; nobody has looked further.',
    ]) assert.equal(status(`# Recitals\n\n## Instances\n\n${line}\n`, 'load-balancing'), 'weak', line);
    assert.equal(status('# Recitals\n\n## Instances\n\nEach service runs two replicas.\n', 'load-balancing'), 'missing');
  });

  it('a metrics product named alone is part of monitoring; with alerts on what matters it is decided', () => {
    assert.equal(status('# Farm\n\n## Operations\n\nPrometheus, Grafana and Loki on a VM at the base.\n', 'monitoring'), 'weak');
    assert.equal(status('# Farm\n\n## Operations\n\nPrometheus scrapes every service; an alert on error rate above 2% pages the on-call engineer.\n', 'monitoring'), 'covered');
  });
});

describe('checklist verdicts: a gateway that checks the login token', () => {
  it('has decided the edge, not security between the services', () => {
    assert.equal(status('# Harps\n\n## Security\n\nThe gateway checks the token of the customer (Keycloak) before the request arrives at a service.\n', 'security'), 'weak');
    assert.equal(status('# Harps\n\n## Security\n\nThe gateway checks the token of the customer (Keycloak); between the services every call uses mTLS from Linkerd.\n', 'security'), 'covered');
  });
});

describe('anti-patterns: kinds blind16 showed', () => {
  it('a first idea or an outsider\'s proposal is not the design', () => {
    assert.ok(!antipatterns('# Hives\n\n## Data\n\nWe thought first about one big Postgres for all four services, because it is simple. Now each service has its own database.\n').includes('shared-database'));
    assert.ok(!antipatterns('# Turbines\n\n## Services\n\nA consultancy proposed eleven services for our team of three. We keep one modular application.\n').includes('too-fine-granularity'));
  });

  it('one version and one release for every service is a distributed monolith, however it is put', () => {
    flaggedInReleases('distributed-monolith', [
      'All four services travel on one release train. They are versioned together as Linen 2.x and go live on the first Monday.',
      '| What goes out | All 34 services together, built from one release branch and tagged with the same version |',
      'We release on Thursday evenings, and the whole set goes out that night: fittings, stock and productions.',
    ]);
    assert.ok(!antipatterns('# Site\n\n## Releases\n\nEach service has its own version and pipeline and ships when it is ready.\n').includes('distributed-monolith'));
  });
});

describe('checklist verdicts: a topic left to another document is absent here', () => {
  it('put out of scope or left to another team, its passing words raise nothing', () => {
    const left = '# Orchards\n\n## Access\n\nSecurity is outside this review. The estate contractor looks after the office logins and the VPN.\n';
    assert.equal(status(left, 'security'), 'missing');
    assert.match(check(left).items.find((i) => i.id === 'security')?.reason ?? '', /out of scope|another document/);
    const asked = '# Interview\n\n**Q: And security?**\n\nA: I kept security out of scope for this answer, given the time.\n';
    assert.equal(status(asked, 'security'), 'missing');
  });

  it('left open in this document, it is still raised', () => {
    assert.equal(status('# Depot\n\n## Security\n\nHow the services authenticate each other is not decided in this RFC.\n', 'security'), 'weak');
    assert.equal(status('# Huts\n\n## Discovery\n\nNot decided; Jonas to bring a recommendation to the June kick-off.\n', 'service-discovery'), 'weak');
  });
});

describe('checklist verdicts: kinds the dev sets showed', () => {
  it('a payment gateway or a network policy\'s ingress rules do not raise the API gateway', () => {
    assert.equal(status('# Prints\n\n## Payments\n\nThe payment gateway calls our webhook when a charge clears.\n', 'api-gateway'), 'missing');
    assert.equal(status('# Solar\n\n## Network\n\nNetworkPolicies deny all ingress in the namespace except the listed pairs.\n', 'api-gateway'), 'missing');
    assert.equal(status('# Solar\n\n## Edge\n\nThe gateway routes /api/* to the services.\n', 'api-gateway'), 'weak');
  });

  it("a reason in another clause does not widen the login into the whole of security", () => {
    const edge = '# Tuners\n\n## Edge\n\nKong terminates TLS, checks the JWT from Keycloak, and limits the booking page to 10 requests a minute because bots scraped it.\n';
    assert.equal(status(edge, 'security'), 'weak');
    assert.equal(status('# Stock\n\n## Calls\n\nREST for stock lookups against Inventory, because the wave builder must have the answer first.\n', 'communication'), 'covered');
  });

  it('"inside the VPC" is a place, not a network decision; an idempotency key alone is one part of fault tolerance', () => {
    assert.notEqual(status('# Walkers\n\n## Calls\n\nInside the VPC the services accept any call that reaches them.\n', 'security'), 'covered');
    assert.equal(status('# Walkers\n\n## Calls\n\nThe databases are only reachable inside the VPC, through security groups per service.\n', 'security'), 'covered');
    assert.equal(status('# Rink\n\n## Payments\n\nEach charge carries our order id as the idempotency key.\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Rink\n\n## Calls\n\nEach charge carries our order id as the idempotency key, and is retried twice with backoff after a 2 s timeout.\n', 'fault-tolerance'), 'covered');
  });

  it('an action item owing a write-up decides nothing', () => {
    assert.equal(status('# Resale\n\n## Actions\n\n- Priya: write-up on service-to-service authentication, for the June session.\n', 'security'), 'weak');
  });
});

describe('anti-patterns: calls with no guard, however it is put', () => {
  it('"no client timeout" and "hangs until the registry replies" are calls without a timeout; a meter\'s breaker is not', () => {
    assert.ok(antipatterns('# Wine\n\n## Calls\n\nService-to-service HTTP calls run with no client timeout and no retry policy.\n').includes('no-circuit-breakers'));
    assert.ok(antipatterns('# Rota\n\n## Calls\n\nOn a shift change the roster service hangs until the registry replies.\n').includes('no-circuit-breakers'));
    assert.ok(!antipatterns('# Meters\n\n## Devices\n\nOlder meters have no remote circuit breaker at all.\n').includes('no-circuit-breakers'));
  });
});

describe('checklist verdicts: kinds blind17 showed', () => {
  it('"split into two services, ticketing and donations" draws the boundaries; "its own small Postgres database" is one per service', () => {
    assert.equal(status('# Museum\n\n## Plan\n\n1. We split harbourside-web into two services, ticketing and donations, before April.\n', 'service-boundaries'), 'covered');
    assert.equal(status('# Karaoke\n\n## Data\n\nEach service gets its own small Postgres database on the shared RDS instance, and publishes events through an outbox.\n', 'data-management'), 'covered');
  });

  it('a wish, a check still to make and a figure only suggested decide nothing', () => {
    assert.equal(status("# Dogs\n\n## Calls\n\nI'd want timeouts on that call for sure.\n", 'fault-tolerance'), 'weak');
    assert.equal(status('# Leases\n\n## Actions\n\n- Check the Adyen SDK timeout and retry defaults and write them up.\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Vouchers\n\n## Findings\n\nPut timeouts on every outbound call from auth-switch (300 ms suggested).\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Noise\n\n## Releases\n\nWe will obviously need a pipeline before the pilot.\n', 'deployment'), 'weak');
  });
});

describe('anti-patterns: kinds blind17 showed', () => {
  it("a rejected finer split and the ops staff's headcount are not too-fine granularity", () => {
    const mono = '# Shelfback: stay a modular monolith\n\n## What splitting would look like\n\nThe finer version comes to twelve services for 6 engineers.\n\n## What we propose\n\nOne deployable with six modules.\n';
    assert.ok(!antipatterns(mono).includes('too-fine-granularity'));
    assert.ok(!antipatterns('# DJs\n\n## Who\n\n- **Ops** (3 people): disputes and refunds\n- 8 services, 3 squads (11 engineers)\n').includes('too-fine-granularity'));
    assert.ok(antipatterns('# DJs\n\n## Who\n\n- 24 services, 4 engineers\n').includes('too-fine-granularity'));
  });

  it('two services each writing their own tables in one schema share a database; one table written by two does not have one owner', () => {
    const deck = '# Deck\n\n## Data\n\nOne Postgres, schema `deck`: planner writes `lane_assignment`, checkin writes `arrival`, and both of them read across all four tables.\n';
    assert.deepEqual(antipatterns(deck), ['shared-database']);
    assert.ok(antipatterns('# Lots\n\n## Data\n\n- `lots` table in auction DB: auction-svc writes the status, bidding-svc writes the high bid.\n').includes('ignoring-data-ownership'));
    assert.ok(antipatterns('# Cameras\n\n## Data\n\n`listing.status` is written by Listings when the seller edits, and written directly by Orders at checkout.\n').includes('ignoring-data-ownership'));
    assert.ok(antipatterns('# Swaps\n\n## Data\n\n- swap-svc and billing-svc both read + write the `swaps` tables directly.\n').includes('shared-database'));
  });

  it('one coordinated release for all services, and "no /v1", are shown however tersely', () => {
    assert.ok(antipatterns('# Carpool\n\n## Releases\n\nAll seven services are promoted to production together in a single coordinated release.\n').includes('distributed-monolith'));
    assert.ok(antipatterns('# Pawn\n\n## APIs\n\n- no /v1, no version headers on internal APIs.\n').includes('no-api-versioning'));
  });

  it("why a v2 exists describes the first version, not the design", () => {
    assert.ok(!antipatterns('# Patrol: design v2\n\n## Why there is a v2\n\nOwen built images on his laptop and deployed them by SSH to the two hosts.\n\n## Releasing it\n\nGitHub Actions builds and deploys every merge.\n').includes('manual-deployments'));
  });
});

describe('checklist verdicts: advice and needs are not decisions', () => {
  it('an imperative under "Recommendations", a "Need:" label and "were not walked through" raise the topic only', () => {
    assert.equal(status('# Bakery review\n\n## Recommendations\n\nAdd timeouts and breakers to the shop-orders call before December.\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Campsite\n\n## Calls\n\nNeed: timeouts and retries for the barrier camera calls.\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Bakery\n\n## Failures\n\nTimeouts, retries and breakers were not walked through in these sessions.\n', 'fault-tolerance'), 'weak');
    // The same sentence in the design itself decides.
    assert.equal(status('# Bakery\n\n## Failures\n\nEvery call from shop-orders to recipes has a 2 s timeout and a circuit breaker.\n', 'fault-tolerance'), 'covered');
  });
});

describe('checklist verdicts: kinds blind18 showed', () => {
  it('publishing content, a fixtures generator and a LoRaWAN gateway are words in other roles', () => {
    assert.equal(status('# Tours\n\n## Summary\n\nCurators publish a new tour without any chance of disturbing the rental desk.\n', 'communication'), 'missing');
    assert.equal(status('# Orders\n\n## Events\n\nOrders publishes `order.placed` to Kafka, and billing consumes it.\n', 'communication'), 'covered');
    assert.equal(status('# League\n\n## Fixtures\n\nThe fixtures service runs a round-robin generator with constraints.\n', 'load-balancing'), 'missing');
    assert.equal(status('# Grain\n\n## Probes\n\nProbes report over LoRaWAN to a gateway on each elevator.\n', 'api-gateway'), 'missing');
  });

  it('what an option would give, what is up to you and a default as it came decide nothing', () => {
    assert.equal(status('# Theatre\n\n## Finding services\n\nInside the cluster, the Kubernetes Service names would work out of the box.\n', 'service-discovery'), 'weak');
    assert.equal(status('# Telematics\n\n## Discovery\n\nConsul would give us one catalogue for cluster and VM workloads.\n', 'service-discovery'), 'weak');
    assert.equal(status('# Appeals\n\n## Alerts\n\nWe export Prometheus metrics; what you alert on is up to you.\n', 'monitoring'), 'weak');
    assert.equal(status('# Piano\n\n## Traffic\n\nServices sit behind the AWS load balancer that came with the EKS setup.\n', 'load-balancing'), 'weak');
  });
});

describe('anti-patterns: kinds blind19 showed', () => {
  it('testing by hand before a release, what "I have seen" others do, and a tool named for context are not the design', () => {
    assert.ok(!antipatterns('# Housing\n\n## Releases\n\nBefore each release, Tomás tests manually in pre-production with a list of 25 checks. GitHub Actions then deploys.\n').includes('manual-deployments'));
    assert.ok(!antipatterns("# Bikes\n\n## Services\n\nWe are 4 engineers. I've seen people split this sort of thing into thirty services, one for photos, one for payments.\n").includes('too-fine-granularity'));
    assert.ok(!antipatterns('# Licences\n\n## Background\n\nAbout LicencePro, only for context: each new version was copied by hand to each office computer.\n').includes('manual-deployments'));
    assert.ok(antipatterns('# Licences\n\n## Releases\n\nEach new version is copied by hand to each office server over SSH.\n').includes('manual-deployments'));
  });
});

describe('checklist verdicts: kinds blind20 showed', () => {
  it('copies that run and the platform spreading calls over them decide load balancing; a rollout across them does not', () => {
    const pods = '# Checks\n\n## Runtime\n\nEverything runs on the AKS cluster, 2 replicas per service. Traffic to the pods goes through the standard Kubernetes Service.\n';
    assert.notEqual(status(pods, 'load-balancing'), 'missing');
    const spread = '# Exams\n\n## Platform\n\nServices call each other by name, and the cluster spreads the calls across the two pods each service runs.\n';
    assert.notEqual(status(spread, 'load-balancing'), 'missing');
    const rollout = '# Tickets\n\n## Releases\n\nThe pipeline deploys each release as a rolling update across the instances.\n';
    assert.equal(status(rollout, 'load-balancing'), 'missing');
  });

  it('a topic left to another team, with one narrow part named in passing, is left out, not weak', () => {
    const doc = [
      '# Tutoring payments', '', '## Gateway', '', 'Kong validates the Auth0 JWT, applies per-user rate limits and routes by path prefix.', '',
      '## Security', '', 'The security of the platform (authentication between services, secrets, network rules) was outside the remit of this review.', '',
    ].join('\n');
    assert.equal(status(doc, 'security'), 'missing');
    // Without the note that leaves it out, the login at the gateway is a decision on part of the question.
    assert.equal(status(doc.split('## Security')[0], 'security'), 'weak');
  });
});

describe('checklist verdicts: words of monitoring in another role', () => {
  it('tracing goods or people, patient monitors and a question only reported raise no monitoring', () => {
    assert.equal(status('# Food bank\n\n## Recalls\n\nRecall traceability means tracing every pallet back to its donor when a supplier recalls a product.\n', 'monitoring'), 'missing');
    assert.equal(status('# Beds\n\n## Wards\n\nInfection control asked whether we could help with contact tracing on the wards.\n', 'monitoring'), 'missing');
    assert.equal(status('# Beds\n\n## Interview\n\nThe interviewer asked about monitoring.\n', 'monitoring'), 'missing');
    // Monitoring of the system still is.
    assert.equal(status('# Beds\n\n## Operations\n\nWe will need monitoring before the pilot.\n', 'monitoring'), 'weak');
  });
});

describe('checklist anti-patterns: who writes what, sentence by sentence', () => {
  it('one table written by two services in two bullets shows ignoring data ownership; each writing its own does not', () => {
    const shared = [
      '# Kegs', '', '## Data', '', 'To keep v1 simple:', '',
      '- `scan-ingest` updates `kegs.status` and `kegs.location_id` directly when it applies a scan.',
      '- `distributor-portal` also updates `kegs.status` directly when a distributor marks a keg as delivered.', '',
    ].join('\n');
    assert.ok(antipatterns(shared).includes('ignoring-data-ownership'));
    const own = shared.replace('`distributor-portal` also updates `kegs.status`', '`distributor-portal` updates `deliveries.state`');
    assert.ok(!antipatterns(own).includes('ignoring-data-ownership'));
  });

  it('a condition with no comma to close it states nothing: "if two modules write the same table we are back to…"', () => {
    const argued = '# Patrol\n\n## Data\n\nWe decided no: if two modules write the same table we are back to nobody knowing who changed what.\n';
    assert.ok(!antipatterns(argued).includes('ignoring-data-ownership'));
    assert.ok(antipatterns('# Patrol\n\n## Data\n\nIncidents and rota both write the same table directly.\n').includes('ignoring-data-ownership'));
  });
});

describe('checklist anti-patterns: the kinds still missed on unseen documents (issue 13)', () => {
  it('a chain told with adverbs after the verb, a modal, or words between the verb and its object', () => {
    const chain = [
      '# Lockers', '', '## Reserve path', '',
      '`locker-api`, to show the box at once, calls synchronously `slot-service`.',
      'The `slot-service` calls for the check of the member the `member-service`.',
      'The `member-service` calls then the `billing-service` for the deposit.', '',
    ].join('\n');
    assert.ok(antipatterns(chain).includes('synchronous-chains'));
    // The same services, the last hop sent as an event: two hops are not a chain of three.
    assert.ok(!antipatterns(chain.replace('calls then the `billing-service` for the deposit', 'publishes `member.checked` to Kafka')).includes('synchronous-chains'));
  });

  it('arrows that go on in calls are one chain; a route with its method is not a service', () => {
    const mixed = '# Kilns\n\n## Firing\n\nbutton → web/app → `kiln-api` → `firing-svc` POST /v1/firings → `firing-svc` calls `clay-svc` → `clay-svc` calls `glaze-svc` → back up the chain.\n';
    assert.ok(antipatterns(mixed).includes('synchronous-chains'));
    const routes = '# Kilns\n\n## Edge\n\nRoutes: `/v1/firings` → `firing-svc`, `/v1/clay` → `clay-svc`, `/v1/glaze` → `glaze-svc`.\n';
    assert.ok(!antipatterns(routes).includes('synchronous-chains'));
  });

  it('a call left at its client defaults, its error handed on, has no timeout or breaker; a bound set does', () => {
    const bare = '# Tides\n\n## Calls\n\n`harbour-svc` calls the tide API with the OkHttp client and its default settings; if it hangs, the error comes back to the kiosk as a 502.\n';
    assert.ok(antipatterns(bare).includes('no-circuit-breakers'));
    const bounded = '# Tides\n\n## Calls\n\n`harbour-svc` calls the tide API with the OkHttp client and its default settings, except a 2 s timeout and a circuit breaker.\n';
    assert.ok(!antipatterns(bounded).includes('no-circuit-breakers'));
    // The main clause after a condition still states the practice.
    assert.ok(antipatterns('# Tides\n\n## Calls\n\nIf the tide API returns an error, the error is sent back to the kiosk unchanged.\n').includes('no-circuit-breakers'));
  });

  it('several parts on one store, however they reach it; one service\'s two pools are one owner', () => {
    assert.ok(antipatterns('# Hives\n\n## Data\n\nAll three use the same PostgreSQL database and the same schema.\n').includes('shared-database'));
    assert.ok(antipatterns('# Hives\n\n## Data\n\nOne schema `hives` shared by colony-svc and harvest-svc.\n').includes('shared-database'));
    assert.ok(!antipatterns('# Hives\n\n## Data\n\nBoth pools connect to the same `hives` database.\n').includes('shared-database'));
    assert.ok(!antipatterns('# Hives\n\n## Data\n\nIt replaces HiveDesk, whose modules all share a single Oracle schema.\n').includes('shared-database'));
  });

  it('one table every side edits, or a write into another service\'s tables, ignores ownership; into its own does not', () => {
    assert.ok(antipatterns('# Quilts\n\n## Data\n\nPatterns live in one table that both sides edit.\n').includes('ignoring-data-ownership'));
    assert.ok(antipatterns('# Quilts\n\n## Data\n\n`orders` writes the fabric choice straight into the cutting-room\'s tables.\n').includes('ignoring-data-ownership'));
    assert.ok(!antipatterns('# Quilts\n\n## Data\n\nAn adapter inside cutting-room consumes `order.placed` and writes it into the cutting-room\'s own tables.\n').includes('ignoring-data-ownership'));
  });

  it('a build copied to servers told as steps is a manual deployment; the team named by its people counts', () => {
    assert.ok(antipatterns('# Mills\n\n## Release\n\n1. Copy it to both app servers: `scp mill-<ver>.tar.gz ops@mill-a:/opt/releases/`.\n').includes('manual-deployments'));
    assert.ok(antipatterns('# Mills\n\n## Release\n\nA new build is copied onto each VM by whoever is on duty that week.\n').includes('manual-deployments'));
    assert.ok(antipatterns('# Mills\n\n## Services\n\nThe platform is the 18 services below, built and run by Ines and Tom.\n').includes('too-fine-granularity'));
    assert.ok(!antipatterns('# Mills\n\n## Services\n\nThe platform is the 3 services below, built and run by Ines and Tom.\n').includes('too-fine-granularity'));
  });
});

describe('checklist verdicts: the parts of the system, however they are introduced (issue 13)', () => {
  it('a catalogue after a lead-in paragraph whose first sentence names the parts decides the boundaries', () => {
    const doc = [
      '# Herbs', '', '## Parts', '',
      'We divide the system in these services. We are a small team, so I kept the number down.', '',
      '1. **Seeds** — the catalogue of seeds and their sowing months.',
      '2. **Trays** — which tray holds what, and when it was sown.',
      '3. **Orders** — what the shops ordered and when it ships.', '',
    ].join('\n');
    assert.equal(status(doc, 'service-boundaries'), 'covered');
    // The same list offered as a thought, not decided.
    assert.notEqual(status(doc.replace('We divide the system in these services.', 'Maybe we could one day divide the system in these services.'), 'service-boundaries'), 'covered');
  });

  it('entries whose bold names are in code count as named entries', () => {
    const doc = '# Herbs\n\nIt runs as three services:\n\n- **`seed-service`** — the catalogue of seeds.\n- **`tray-service`** — which tray holds what.\n- **`order-service`** — what the shops ordered.\n';
    assert.equal(status(doc, 'service-boundaries'), 'covered');
  });

  it('one application with its modules named is a decision on the boundaries; an Argo CD application set is not', () => {
    const one = '# Rota\n\n## Build\n\n- **One Django application** with one Postgres database; inside the app, three Django apps: `people`, `shows` and `rota`.\n';
    assert.equal(status(one, 'service-boundaries'), 'covered');
    assert.notEqual(status('# Rota\n\n## Deploy\n\nArgo CD deploys the release as one application set.\n', 'service-boundaries'), 'covered');
  });
});

describe('checklist anti-patterns: shared stores and shared writers in tables and across sentences (issue 13)', () => {
  it('a table giving two parts the same named store shows a shared database; a technology alone, or each its own, does not', () => {
    const table = (a: string, b: string): string => `# Loans\n\n## Parts\n\n| Service | Job | Store |\n|---|---|---|\n| Intake | takes files | ${a} |\n| Scoring | scores them | ${b} |\n`;
    assert.ok(antipatterns(table('`loans` PostgreSQL', '`loans` PostgreSQL')).includes('shared-database'));
    assert.ok(!antipatterns(table('PostgreSQL', 'PostgreSQL')).includes('shared-database'));
    assert.ok(!antipatterns(table('`loans` PostgreSQL (own schema)', '`loans` PostgreSQL (own schema)')).includes('shared-database'));
    assert.ok(!antipatterns(table('`intake` PostgreSQL', '`scoring` PostgreSQL')).includes('shared-database'));
  });

  it('a row naming two writers of one piece of data ignores ownership; one writer a row does not', () => {
    const table = (w: string): string => `# Films\n\n## Data\n\n| Data | Written by | Read by |\n|---|---|---|\n| \`entry.status\` | ${w} | Jury |\n| Fees | Fees & Waivers | Portal |\n`;
    assert.ok(antipatterns(table('Portal, Jury Review (each updates the column directly)')).includes('ignoring-data-ownership'));
    assert.ok(!antipatterns(table('Portal')).includes('ignoring-data-ownership'));
  });

  it('several parts on one named store, or writers of the store named just before, share a database', () => {
    assert.ok(antipatterns('# Taxes\n\n## Data\n\nFiling, Payments and Notices will continue to share the `taxpayer_core` schema this season.\n').includes('shared-database'));
    assert.ok(antipatterns('# Zoo\n\n## Data\n\nAll three services will keep connecting straight to the existing `zoo_main` Postgres database.\n').includes('shared-database'));
    assert.ok(antipatterns('# Chess\n\n## Data\n\n- Player records are in the main Postgres database. Both Game and Rating write to it.\n').includes('shared-database'));
    // A story from elsewhere, and one service's worker counted as part of it, are not this design sharing a store.
    assert.ok(!antipatterns('# Meals\n\n## Why not services\n\nAt my previous job, several of them were reading and writing the same database.\n').includes('shared-database'));
    assert.ok(!antipatterns('# Bills\n\n## Data\n\nEach module connects with its own role, so a cross-schema query fails at the database.\n').includes('shared-database'));
  });

  it('the same rows updated by a second writer, "whichever writes last", and "written by A and by B" ignore ownership', () => {
    assert.ok(antipatterns('# Tyres\n\n## Data\n\nWeighbridge writes the weight into `consignment`. Collections also updates the same rows when a job completes.\n').includes('ignoring-data-ownership'));
    assert.ok(antipatterns('# Loans\n\n## Data\n\nEach step sets the status column as it finishes. Whichever service writes last sets the value users see.\n').includes('ignoring-data-ownership'));
    assert.ok(antipatterns('# Cars\n\n## Data\n\n`vehicles` is written by fleet-service (pairing) **and** by key-service (after a rotation).\n').includes('ignoring-data-ownership'));
  });

  it('a paragraph about the system being retired, a journey or a runbook in arrows, and an option turned down show nothing', () => {
    assert.ok(!antipatterns('# Courts\n\n## Background\n\nThe present system is one application. It is released by hand twice a year. It will be retired once the last division moves.\n').includes('manual-deployments'));
    assert.ok(!antipatterns('# Classes\n\n## Flow\n\nStudent creates account → takes placement test → picks class → pays.\n').includes('synchronous-chains'));
    assert.ok(!antipatterns('# Silos\n\n## Release\n\n`docker save` → scp the tar to the VM → ssh in → `docker load`.\n').includes('synchronous-chains'));
    assert.ok(antipatterns('# Classes\n\n## Flow\n\nThe web app calls enrolment → pricing → payments → ledger on every checkout.\n').includes('synchronous-chains'));
    const proposal = '# Timetables\n\n## What the consultancy proposed, and why we are not doing it\n\nThe report drew eleven services: rooms, buildings, staff, slots, modules, sections, enrolment, rules, solver, publishing and alerts, for a team of five.\n';
    assert.ok(!antipatterns(proposal).includes('too-fine-granularity'));
  });
});

describe('checklist verdicts: what the author has not come to, or only leans towards (issue 13)', () => {
  it('"I haven\'t really covered it" raises nothing; a leaning left undecided is not a decision', () => {
    assert.equal(status('# Rooms\n\n## Odds and ends\n\nLoad balancing, I haven\'t really covered it.\n', 'load-balancing'), 'missing');
    assert.notEqual(status('# Zoo\n\n## Calls\n\nIf Tickets is down, my gut says show the member a "try again in a minute" message, but that isn\'t decided.\n', 'fault-tolerance'), 'covered');
    // Not come to yet, beside a narrow decision, leaves the question open rather than to someone else.
    assert.equal(status('# Care\n\n## Security\n\nCarers sign in through Auth0 and the services check the JWT. I haven\'t got to service-to-service auth yet.\n', 'security'), 'weak');
  });

  it('APIs changed in place, beside one protocol, still leave open what goes asynchronously', () => {
    const doc = '# Pianos\n\n## Calls\n\nEach service exposes REST. We don\'t version the API: when a response changes, we change it in place.\n';
    assert.ok(antipatterns(doc).includes('no-api-versioning'));
    assert.equal(status(doc, 'communication'), 'weak');
  });
});

describe('checklist anti-patterns: the kinds blind23 showed (issue 13)', () => {
  it('every part on one login, a store reached "also", tables read "directly" and credentials for two schemas share a database', () => {
    assert.ok(antipatterns('# Hives\n\n## Data\n\n- every service connects straight to it with the shared `hive_app` role\n').includes('shared-database'));
    assert.ok(antipatterns('# Gifts\n\n## Data\n\nTo keep phase 1 small, giftaid-service also connects to the `donations` database.\n').includes('shared-database'));
    assert.ok(antipatterns('# Solar\n\n## Data\n\nFor the ratio, `kpi-svc` reads directly the inverter tables with one SQL join.\n').includes('shared-database'));
    assert.ok(antipatterns('# Trains\n\n## Data\n\nThe saga runs on XA datasources with read/write credentials for the inventory and payment schemas.\n').includes('shared-database'));
    assert.ok(antipatterns('# Bags\n\n## Data\n\nAll five use the Oracle 19c schema `BAGGAGE`; each reads and writes what it needs.\n').includes('shared-database'));
    // The modules of one application on one database are not services sharing one.
    assert.ok(!antipatterns('# Waste\n\n## Data\n\nAll modules (routes, trucks, billing) use the same database.\n').includes('shared-database'));
  });

  it('several writers inserting and updating rows of one table ignore ownership', () => {
    assert.ok(antipatterns('# Hives\n\n## Alerts\n\n- swarm-detector, queen-loss-detector and temp-alerts all insert and update rows in the same `alerts` table\n').includes('ignoring-data-ownership'));
  });

  it('a release by ssh and git pull, or a hotfix copied by hand under a condition, is a manual deployment', () => {
    assert.ok(antipatterns('# Food\n\n## Release\n\nWhoever is on the rota SSHes into the droplet, does a `git pull`, and runs `docker compose up -d --build`.\n').includes('manual-deployments'));
    assert.ok(antipatterns('# Race\n\n## Release\n\n- If a hotfix is needed during the freeze, Kai builds the jar on his laptop, copies it to the two EC2 hosts with `scp`, and restarts the service over SSH.\n').includes('manual-deployments'));
  });
});

describe('checklist verdicts: wants, tools not picked, another team\'s roadmap, and ids for retries (issue 13)', () => {
  it('"we will want metrics … no tool picked yet" is weak; another team\'s roadmap leaves the topic out', () => {
    assert.equal(status('# Laundry\n\n## Monitoring\n\nWe will want proper metrics and alerts on the order funnel; no tool picked yet.\n', 'monitoring'), 'weak');
    assert.equal(status('# Gym\n\n## Security\n\nThe platform team has mTLS and service tokens on their roadmap; we\'ll pick them up when they land.\n', 'security'), 'missing');
  });

  it('a request id carried as an idempotency key is no tracing; carried through the logs it is', () => {
    assert.notEqual(status('# Trains\n\n## Calls\n\nSeat-hold is retried once, carrying the hold request id so inventory returns the existing hold rather than a second one.\n', 'monitoring'), 'covered');
    assert.notEqual(status('# Trains\n\n## Observability\n\nEvery log line carries the request id, and the gateway sets it on each hop.\n', 'monitoring'), 'missing');
  });
});

describe('checklist verdicts: fault tolerance from words in another role, or a practice used unevenly (issue 13)', () => {
  it('a queue\'s visibility timeout and a heartbeat leaving the registry protect no call; "some use it, some don\'t" decides nothing', () => {
    assert.notEqual(status('# Pods\n\n## Failures\n\nRight now it would just go back on the queue when the visibility timeout expires.\n', 'fault-tolerance'), 'covered');
    assert.notEqual(status('# Bikes\n\n## Failures\n\nWhen an instance stops sending heartbeats for 90 seconds, Eureka removes it and clients stop calling it.\n', 'fault-tolerance'), 'covered');
    assert.equal(status('# Gym\n\n## Failures\n\nSome services use Resilience4j for timeouts and circuit breakers, some don\'t, and the settings are all over the place.\n', 'fault-tolerance'), 'weak');
    assert.equal(status('# Gym\n\n## Failures\n\nEvery service uses Resilience4j: a 300 ms timeout and a circuit breaker on each outgoing call.\n', 'fault-tolerance'), 'covered');
  });
});

describe('checklist verdicts: parts named by what they do, and the way in named by its traffic (issue 13)', () => {
  it('a lead-in naming the components, then each in code with what it does, decides the boundaries; without the lead-in it does not', () => {
    const parts = '# Bags\n\n## Today\n\nFive components handle a checked bag:\n\n- `bsm-ingest` takes messages from the departure system.\n- `scan-api` receives scans from the handhelds.\n- `load-planner` assigns bags to carts and marks them loaded.\n';
    assert.equal(status(parts, 'service-boundaries'), 'covered');
    assert.equal(status(parts.replace('Five components handle a checked bag:', 'A checked bag goes like this:'), 'service-boundaries'), 'missing');
  });

  it('external traffic through Envoy that routes and limits is the way in', () => {
    assert.equal(status('# Boards\n\n## Platform\n\nExternal traffic comes through the Envoy Gateway: it routes /scores/* to score-intake and enforces a per-player rate limit.\n', 'api-gateway'), 'covered');
  });
});

describe('checklist anti-patterns: the kinds blind24 showed (issue 13)', () => {
  it('parts kept on the existing schema, all sharing the postgres, one database for everything, rights on another\'s table', () => {
    assert.ok(antipatterns('# Wine\n\n## Data\n\n- membership-svc and fulfilment-svc keep working against the existing `vinapp` schema for this phase\n').includes('shared-database'));
    assert.ok(antipatterns('# Sofas\n\n## Data\n\nsimplest is they each update `units.status` directly, they all share the postgres anyway\n').includes('shared-database'));
    assert.ok(antipatterns('# Bakery\n\n## Data\n\nWe are keeping a single Postgres database (`crumb_prod`) for everything.\n').includes('shared-database'));
    assert.ok(antipatterns('# Trucks\n\n## Data\n\nI\'d give the payments service\'s DB user an UPDATE grant on that one table.\n').includes('shared-database'));
    assert.ok(antipatterns('# Tolls\n\n## Data\n\n`invoicing` exposes its datasource to `account-service` for this purpose only.\n').includes('shared-database'));
    // Turned down, or each on its own, it is not.
    assert.ok(!antipatterns('# Tattoos\n\n## Options\n\nRejected alternative: one database for everything.\n').includes('shared-database'));
    assert.ok(!antipatterns('# Club\n\n## Data\n\nEach module\'s database role only has write grants on its own schema.\n').includes('shared-database'));
  });
});
