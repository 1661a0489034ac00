// Built-in template: one business transaction as a saga, with a `saga` block for the diagram view.
import { AUTHOR_VARIABLE, SAFE_NAME, SAFE_NAME_MESSAGE, SYSTEM_VARIABLE } from './names';

const fence = '```';

export const sagaDesign = `---
id: saga-design
name: Saga design
description: A business transaction across services as a saga — steps, compensations, choreography or orchestration and why — with a saga block for the diagram.
fileName: '{{saga}}-saga'
variables:
${SYSTEM_VARIABLE}  - name: saga
    prompt: The business transaction the saga carries out (for example Place order, Book trip)
    default: Place order
    pattern: ${JSON.stringify(SAFE_NAME)}
    message: ${JSON.stringify(SAFE_NAME_MESSAGE)}
  - name: style
    prompt: How the saga is coordinated (choreography or orchestration)
    default: orchestration
    pattern: ^(choreography|orchestration)$
    message: must be choreography or orchestration
${AUTHOR_VARIABLE}frontMatter:
  author: '{{author}}'
---
# {{saga}} — saga design for {{system}}

<!--
A saga stands in for one ACID transaction that would otherwise span several services' databases.
Each step is a local transaction in one service; when a step fails, compensating transactions undo
the steps that have already committed. Two-phase commit is not used: each participant holds its own locks from prepare
until the coordinator's decision reaches it, and stays blocked in doubt if that decision is lost (replicating the coordinator
shortens the wait, it does not remove it); every database and broker would have to support XA; and each commit adds round trips.
These comments are prompts: the checklist ignores comments and code blocks, so replace them with your answers.
-->

## Business transaction

<!--
- What does "{{saga}}" achieve for the user or the business, and what starts it (an API call, an event)?
- Which services take part, and what data does each change? A step only touches the data of the service that runs it.
- What must be true when the saga has finished, and what may users see while it is still running (an order shown as pending)?
-->

## Steps

<!--
- One row per local transaction, in order: the service, what it changes, the event it publishes (choreography)
  or the reply it sends (orchestration), and the compensation that undoes it.
- Put the steps most likely to fail (checks, reservations) early, and the steps that cannot be undone (an e-mail, a shipment) last.
-->

| # | Service | Local transaction | Event or reply | Compensation |
|---|---|---|---|---|

## Compensations

<!--
- A compensation is a new transaction that undoes a step's effect in business terms (refund the card, release the stock);
  it is not a database rollback, and the original step stays in the history.
- Compensations run in reverse order of the completed steps. They must be idempotent and are retried until they succeed.
- Which step is the point of no return (the pivot)? Steps before it need compensations; steps after it must be retryable so that they always complete.
-->

## Choreography or orchestration

<!--
Starting point: {{style}}.
- Choreography: each service reacts to the previous step's event and publishes its own. No coordinator to run, but the coupling
  moves into the event contracts (every participant must know which events to react to and emit), the compensation logic is
  scattered across the services, and a saga's state must be pieced together from events. Suits short, linear flows one team owns.
- Orchestration: an orchestrator tells each service what to do and runs the compensations. The flow and each saga's state are in
  one place, easy to follow and to change, but the orchestrator knows every participant and must itself be highly available.
  Suits flows that branch, span several teams or must be watched.
- Which fits this saga, and why: does the flow branch, who owns it, how will you see where a saga is stuck?
  These matter more than the number of steps.
-->

## Failure handling

<!--
- Walk through a failure at each step: which compensations run, in which order, and what does the user see?
- A timeout does not say whether the step happened: how do you find out (query its status, retry with an idempotency key)?
- How are messages made reliable: a transactional outbox so the state change and its event commit together, at-least-once delivery, consumers that ignore duplicates?
-->

## Isolation

<!--
- Sagas are not isolated from each other: other requests can see the intermediate states. Which anomalies matter here (lost updates, reading a reservation that is later cancelled)?
- Which countermeasure fits: a semantic lock (a pending state that other requests respect), commutative updates, re-reading a value before acting on it?
-->

## Diagram

<!--
The block below is YAML drawn by the diagram view. Its steps are an example order saga: replace them with yours. Unlike the lesson's
example, it reserves the stock before the card is touched, and authorises the card before capturing it.
For choreography, give each step the event it publishes and delete the orchestrator line. Add "failAt: <step number>" to draw a failure.
-->

${fence}saga
name: {{saga}}
style: {{style}}
orchestrator: {{saga}} orchestrator
# Example steps: replace them with the steps of your saga.
steps:
  - service: Order
    action: Create order (pending)
    event: order.created
    compensation: Cancel order
  # Reserve the stock before touching the card: the step most likely to fail goes first.
  - service: Inventory
    action: Reserve items
    event: inventory.reserved
    compensation: Release items
  - service: Payment
    action: Authorise card
    event: payment.authorised
    compensation: Void authorisation
  # The pivot: once the money is captured the saga no longer rolls back, it goes forward.
  - service: Payment
    action: Capture payment
    event: payment.captured
    pivot: true
  # After the pivot a step needs no compensation, because it is retried (idempotently) until it succeeds.
  - service: Order
    action: Confirm order
    event: order.confirmed
    retryable: true
${fence}
`;
