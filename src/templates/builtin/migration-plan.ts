// Built-in template: moving a monolith to microservices step by step.
import { AUTHOR_VARIABLE } from './names';

export const migrationPlan = `---
id: migration-plan
name: Monolith-to-microservices migration plan
description: A step-by-step migration — modular monolith, strangler fig, what to extract first, data ownership, infrastructure before migration.
fileName: '{{system}}-migration-plan'
variables:
  - name: system
    prompt: Name of the monolith or the product
    default: Storefront
  - name: team_size
    prompt: Number of engineers working on it
    default: '50'
    pattern: ^\\d+$
    message: must be a whole number of engineers, e.g. 50
${AUTHOR_VARIABLE}frontMatter:
  author: '{{author}}'
---
# Migrating {{system}} from a monolith to microservices

<!--
Microservices pay off when the organisation and the system need them: more than about 20 to 30 engineers getting in each
other's way, parts with very different scaling needs or technology stacks, parts that must be deployed on their own, or
failures that must not spread. With {{team_size}} engineers, say which of these signals apply and which do not.
Migrate in steps while the system keeps running, never as a big-bang rewrite.
These comments are prompts: the checklist ignores them, so replace them with your answers.
-->

## Why migrate

<!--
- Which problems does the monolith cause (slow deployments, one module's bug taking others down, teams blocking each other, a stack that does not fit a new need)? Give numbers where you have them.
- Which of them would microservices solve, and which would a well-structured modular monolith solve at lower cost?
- How will you know the migration worked (deployment time, change failure rate, releases per team per week)?
-->

## Phase 1: modular monolith

<!--
- Which modules, cut along business capabilities (bounded contexts) rather than technical layers?
- How are the boundaries enforced while there is still one deployment: tables private to their module, calls only through a module's public interface, dependency rules checked in the build?
- Which tangles must be cut first: joins across modules, tables several modules write, circular dependencies?
-->

## Phase 2: strangler fig

<!--
- What sits in front of the monolith to route requests (an API gateway, a reverse proxy, a facade inside the monolith), so that traffic moves to a new service one route at a time?
- How does traffic shift safely: shadow traffic, a canary share, a feature flag, and a quick way back to the monolith?
- Where does an anti-corruption layer translate between the monolith's model and the new service's, so the old model does not leak into the new code?
- When is the old code removed from the monolith?
-->

## What to extract first, and why

<!--
- Good first candidates have clear boundaries and few dependencies, and gain most from independent deployment, scaling or failure isolation.
- Weigh value against risk: a simple, low-risk extraction proves the platform; a critical one delivers more but needs the platform to be ready first.
- What comes next, and what would make you stop and reassess?
-->

## Data ownership

<!--
- Which service becomes the single owner of each table or entity? Other services use its API or its events, never its tables.
- How is the shared database split: first schemas with no joins across module boundaries, then separate databases? How are both sides kept in sync during the move (change data capture, events from a transactional outbox), rather than by dual writes from application code that can diverge?
- Which transactions now cross a boundary, and do they become sagas with compensations or stay inside one service?
-->

## Infrastructure before migration

<!--
- A CI/CD pipeline per service with automated tests, so that each service can be released on its own.
- Observability: metrics per service, central logs with correlation ids, distributed tracing, health checks.
- A gateway or routing layer for the strangler fig, service discovery, configuration and secrets management.
- Defaults for timeouts, retries and circuit breakers, and contract tests between the monolith and the new services.
-->

## Phase 3: target architecture

<!--
- Which services exist at the end, each with its data? Which parts stay in a smaller monolith on purpose?
-->

## Risks and rollback

<!--
- The usual traps: a distributed monolith (services that must be deployed together), services too small for the team, long chains of synchronous calls, data drifting out of sync.
- How is each extraction rolled back if it goes wrong?
-->

## Milestones

<!--
- The phases with rough dates, and the measure that shows each one is done.
-->
`;
