// Built-in template: a microservices high-level design with one section per checklist item.
import { ITEM_IDS } from '../../checklist/schema';
import { sectionSkeleton } from '../sections';
import { AUTHOR_VARIABLE, SYSTEM_VARIABLE } from './names';

export const microservicesHld = `---
id: microservices-hld
name: Microservices high-level design
description: A design document with one section per checklist item, plus requirements, capacity estimates, services and their data, APIs and trade-offs.
fileName: '{{system}}-design'
variables:
${SYSTEM_VARIABLE}  - name: services
    prompt: The services you expect, comma-separated (a first guess is fine)
    default: Cart, Order, Payment, Inventory, Notification
  - name: team_size
    prompt: Number of engineers who will build and run it
    default: '8'
    pattern: ^\\d+$
    message: must be a whole number of engineers, e.g. 8
${AUTHOR_VARIABLE}frontMatter:
  author: '{{author}}'
---
# {{system}} — high-level design

<!--
One short paragraph: what the system does, for whom, and what is out of scope.
Each section below should hold a decision and the reason for it. These comments are prompts:
the checklist ignores them, so replace them with your answers as you go.
-->

## Requirements

### Functional

<!--
- The three to five things users must be able to do, one line each.
-->

### Non-functional

<!--
- Latency targets (p99), availability (for example 99.9 %), durability and consistency needs.
- Which operations must never be lost or applied twice (payments, orders)?
- Constraints that shape the design: compliance (PCI-DSS, GDPR), budget, deadlines.
-->

## Capacity estimates

<!--
- Daily active users; requests per second on average and at peak (often 2 to 10 times the average).
- Read/write ratio, data written per day, storage after a year.
- What these numbers rule in or out: one database or several, caching, partitioning.
-->

## Services and their data

<!--
Starting list: {{services}}.
- For each service: the business capability it owns, the data it is the single owner of, and its store (PostgreSQL, DynamoDB, Redis...).
- With {{team_size}} engineers, keep to as many services as they can own end to end; merge services that would always change together.
-->

| Service | Capability it owns | Data it owns | Store |
|---|---|---|---|

## APIs

<!--
- The public endpoints clients call (method, path, purpose), for example POST /orders.
- The calls and events between services, and where their contracts live (OpenAPI, protobuf, an event schema registry).
- How APIs are versioned so that a change does not break callers (a version in the path, additive changes, a deprecation period).
-->

${ITEM_IDS.map((id) => sectionSkeleton(id)).join('\n')}
## Trade-offs

<!--
- What you gave up, and for what (for example eventual consistency in exchange for independent scaling).
- The alternatives you rejected, and why.
- What would make you revisit the design: ten times the load, a new team, a new regulation.
-->
`;
