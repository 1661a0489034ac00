import { docsUrl, type ChecklistItem } from '../schema';

export const communication: ChecklistItem = {
  id: 'communication',
  title: 'Communication',
  question: 'How do services talk to each other: synchronous REST/gRPC calls, or asynchronous events and queues, and where each?',
  strongAnswer: [
    'Synchronous calls (REST or gRPC) only where the caller needs an answer now: queries, validation, authorisation.',
    'Asynchronous events or queues for work that can happen later, with the broker named (Kafka, RabbitMQ, SQS/SNS).',
    'Delivery guarantees stated: at-least-once delivery with idempotent consumers, ordering where it matters. A caller that may retry sends an idempotency key the receiver stores with its result; a consumer keeps an inbox of the message ids it has processed, written in the same transaction as its own change, so a redelivered message changes nothing.',
    'Contracts: message and API schemas, and how they evolve. Consumer-driven contract tests (Pact, Spring Cloud Contract) run each consumer\'s expectations in the provider\'s pipeline, so a breaking change fails there before it ships.',
  ],
  headings: ['communication', 'inter-service communication', 'service communication', 'messaging', 'events', 'integration', 'interactions', 'how services talk', 'apis', 'api design', 'sync vs async', 'talking to each other', 'event flow'],
  topics: ['communication', 'communicate', 'talk to each other', 'inter-service', 'messaging', 'synchronous', 'asynchronous', 'sync', 'async', 'call each other'],
  concepts: [
    { id: 'rest', label: 'REST over HTTP', terms: ['rest', 'restful', 'http/json', 'json over http', 'http api', 'http call', 'http calls', 'http request', 'openapi'], narrow: true, part: 'synchronous-calls', notWith: ['the rest'] },
    { id: 'grpc', label: 'gRPC', terms: ['grpc', 'protobuf', 'protocol buffers', 'thrift'], narrow: true, part: 'synchronous-calls' },
    { id: 'graphql', label: 'GraphQL', terms: ['graphql', 'graphql federation', 'apollo federation'], narrow: true, part: 'synchronous-calls' },
    { id: 'events', label: 'asynchronous events', terms: ['publishes', 'publish', 'published to', 'subscribes', 'consumes', 'event-driven', 'event driven', 'domain event', 'publishes an event', 'publish an event', 'publishes events', 'publish events', 'emits an event', 'emit events', 'emits events', 'subscribes to', 'subscribe to', 'pub/sub', 'pubsub', 'publish/subscribe', 'fire-and-forget', 'fire and forget', 'event bus', 'event stream'],
      // Publishing content, not a message: "teachers publish a profile", "curators publish a new tour".
      notWith: ['publish a profile', 'publishes a profile', 'publish a new', 'publishes a new', 'publish the results', 'publishes the results', 'publish results', 'publishes results', 'publish a report', 'publishes a report', 'publish reports', 'publishes reports', 'publish the timetable', 'publishes the timetable', 'publish the schedule', 'publishes the schedule', 'publish a tour', 'publishes a tour', 'publish the draw', 'publishes the draw', 'publish the fixtures', 'publishes the fixtures', 'publish prices', 'publishes prices', 'publish the page', 'publishes the page', 'publish a page', 'publishes a page', 'publish an article', 'publishes an article', 'publish articles', 'publishes articles', 'publish a post', 'publishes a post', 'publish the report', 'publishes the report'] },
    { id: 'broker', label: 'a message broker', terms: ['kafka', 'rabbitmq', 'rabbit mq', 'amazon sqs', 'sqs', 'sns', 'nats', 'kinesis', 'google pub/sub', 'azure service bus', 'service bus', 'activemq', 'pulsar', 'eventbridge', 'redis streams', 'redis pub/sub', 'message broker', 'message queue', 'message bus', 'command queue', 'work queue', 'job queue', 'task queue'] },
    { id: 'sync-async-choice', label: 'a choice between sync and async', terms: ['synchronous call', 'synchronous calls', 'synchronously', 'asynchronously', 'asynchronous messaging', 'asynchronous events', 'async events', 'async messaging', 'request/response', 'request-response', 'request response', 'webhook', 'websocket', 'server-sent events', 'queue', 'queues', 'topic', 'topics', 'events', 'messages'], context: true },
    { id: 'delivery', label: 'delivery guarantees', terms: ['at-least-once', 'at least once', 'exactly-once', 'exactly once', 'at-most-once', 'idempotent consumer', 'ordering guarantee', 'partition key', 'consumer group'] },
  ],
  advice: 'Decide per interaction: synchronous REST/gRPC where the caller needs an answer now, asynchronous events or a queue (Kafka, RabbitMQ, SQS) for work that can happen later. Name the broker and the delivery guarantee.',
  tradeoffs: `| | Synchronous (REST, gRPC) | Asynchronous (events, queues) |
|---|---|---|
| Coupling | caller waits on callee | producer does not know its consumers |
| Latency | answer now | processed later |
| Failures | surface at once to the caller | absorbed by the broker, retried |
| Scaling | bound by the slowest hop | each consumer scales alone |
| Debugging | one call to follow | needs tracing across the broker |
| Fits | queries, validation, authorisation | side effects, notifications, long work |

Where the lesson is one-sided: it calls asynchronous messaging loosely coupled. The producer no longer waits on its consumers, but every consumer depends on the event's schema and meaning, so events need versioned contracts as much as APIs do.`,
  docs: docsUrl('communication'),
};
