import { docsUrl, type ChecklistItem } from '../schema';

export const serviceBoundaries: ChecklistItem = {
  id: 'service-boundaries',
  title: 'Service boundaries',
  question: 'Which services are there, and what does each one own? Name the business capability behind each boundary.',
  strongAnswer: [
    'Services cut along business capabilities or bounded contexts, not technical layers.',
    'Each service named with the data and the behaviour it owns.',
    'A reason for each boundary: team ownership, different scaling, release cadence or failure isolation.',
    'Granularity that fits the team: a handful of services a team can own, merged where they always change together.',
  ],
  headings: ['service boundaries', 'boundaries', 'services', 'service catalog', 'service catalogue', 'decomposition', 'bounded contexts', 'domain model', 'components', 'service breakdown', 'who owns what', 'ownership', 'service responsibilities', 'modules'],
  topics: ['service boundary', 'boundaries', 'decompose', 'decomposition', 'split into services', 'break down', 'bounded context', 'responsibility', 'responsibilities', 'business capability', 'microservice'],
  concepts: [
    { id: 'bounded-context', label: 'bounded contexts (domain-driven design)', terms: ['bounded context', 'domain-driven design', 'domain driven design', 'ddd', 'subdomain', 'aggregate root', 'context map'] },
    { id: 'business-capability', label: 'decomposition by business capability', terms: ['business capability', 'business capabilities', 'by capability', 'by business domain', 'along business domains', 'one service per domain', 'per business domain'] },
    { id: 'ownership', label: 'what each service owns', terms: ['owns', 'owned by', 'owning service', 'is the owner of', 'single owner', 'sole owner', 'only writer', 'responsible for', 'in charge of', 'source of truth for', 'system of record'] },
    { id: 'service-list', label: 'a named list of services', terms: ['responsibility', 'responsibilities', 'purpose', 'split into', 'decomposed into', 'broken into', 'consists of the following services', 'the services are', 'we have the following services', 'extract the', 'extracted into'], context: true },
    { id: 'handles', label: 'what each service does', terms: ['service per', 'microservice per', 'one service for', 'handles', 'manages', 'takes care of', 'deals with', 'is about', 'does only', 'single responsibility'], context: true },
    // "We split harbourside-web into two services, ticketing and donations": the count and the cut, anywhere.
    { id: 'split', label: 'a named list of services', terms: ['into two services', 'into three services', 'into four services', 'into five services', 'into six services', 'into seven services', 'into eight services', 'into 2 services', 'into 3 services', 'into 4 services', 'into 5 services', 'into 6 services', 'into 7 services', 'into 8 services', 'into two microservices', 'into three microservices', 'into four microservices', 'into five microservices', 'into six microservices', 'into seven microservices', 'into eight microservices', 'split * into * services', 'splits * into * services'] },
    { id: 'team-alignment', label: 'boundaries aligned with teams', terms: ["conway's law", 'conway', 'one team per service', 'team owns', 'team topology', 'stream-aligned team'] },
    { id: 'modular-monolith', label: 'module boundaries inside a modular monolith', terms: ['modular monolith', 'module boundaries', 'strangler fig', 'strangler pattern', 'one application', 'single application', 'one deployable', 'single deployable', 'inside the app', 'inside the application', 'one django', 'one rails', 'one spring boot'], notWith: ['application set', 'applicationset', 'argo'] },
  ],
  namedEntries: true,
  advice: 'List each service with the business capability and the data it owns, and say why the boundary sits there (team, scaling, failure isolation). Decompose by business capability, not by technical layer.',
  docs: docsUrl('service-boundaries'),
};
