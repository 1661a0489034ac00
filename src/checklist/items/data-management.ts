import { docsUrl, type ChecklistItem } from '../schema';

export const dataManagement: ChecklistItem = {
  id: 'data-management',
  title: 'Data management',
  question: 'Where does each service keep its data, and how do you keep data consistent across services without a shared database?',
  strongAnswer: [
    'Database per service: no service reads or writes another service\'s tables; data is reached through the owner\'s API or events. A private schema per service on one shared instance counts too, with a note that the instance is a shared failure and capacity domain.',
    'A consistency strategy for work that spans services: a saga of local transactions with compensations, and eventual consistency stated where it is acceptable.',
    'Events published without a dual write: a transactional outbox (or change data capture) makes a service\'s state change and its event commit together. Sagas rely on it, but it solves the dual write within one service; it does not make several services consistent. A relay that polls the outbox table is simple but adds delay and load on the database; change data capture (Debezium) reads the database log, with less delay and one more component to run.',
    'How other services get data they read often: replication through events, a cache, or a CQRS read model. A shared cache needs an invalidation rule: only the owner writes it, and readers accept data stale by up to its TTL or an invalidation event. A read model lags its source, so a user who has just saved may not see the change: read your own writes from the owner, or wait until the read model has the version you wrote.',
    'Why not two-phase commit across services: each participant holds its own locks from prepare until the decision reaches it, and stays blocked in doubt if the coordinator fails (a replicated coordinator shortens the wait, it does not remove it); every database and broker must support XA; and every transaction pays extra round trips of latency.',
  ],
  headings: ['data management', 'data', 'data model', 'data ownership', 'storage', 'persistence', 'databases', 'database', 'consistency', 'data consistency', 'transactions', 'distributed transactions', 'state', 'where data lives'],
  topics: ['database', 'data store', 'datastore', 'consistency', 'transaction', 'transactions', 'persistence', 'storage', 'data ownership', 'schema'],
  concepts: [
    { id: 'database-per-service', label: 'a database per service', terms: ['keeps * in', 'keeps its * in', 'keeps its own', 'owns its data', 'stores its * in', 'database per service', 'database-per-service', 'db per service', 'own database', 'own db', 'its own database', 'their own database', 'own schema', 'private schema', 'private schemas', 'separate schema', 'separate schemas', 'dedicated schema', 'own data store', 'own postgresql', 'own postgres', 'own mysql', 'own mongodb', 'own instance', 'own database instance', 'own cluster', 'own table', 'own tables', 'own dynamodb table', 'own bucket', 'own keyspace', 'owns its data', 'own their data', 'owns its own data', 'private database', 'separate database', 'separate databases', 'dedicated database', 'schema per service', 'no shared database', 'only through its api', 'through the owning service', 'read-only copy', 'read-only copies', 'only writer', 'single writer', 'sole writer', 'only the * service writes', 'only the * service can write', 'only the * service may write', 'only * writes', 'never reads another', 'decentralized data', 'decentralised data'] },
    // Sharing one store is a decision on ownership too, if a poor one (the shared-database anti-pattern says so).
    { id: 'shared-store', label: 'one store shared by the services', terms: ['one shared database', 'one shared schema', 'shared schema', 'one schema per module', 'schema per module', 'all read and write', 'read and write one', 'instance per service', 'database per module'] },
    { id: 'saga', label: 'sagas with compensating transactions', terms: ['saga', 'sagas', 'compensating transaction', 'compensating transactions', 'compensation', 'compensate', 'compensating action'] },
    { id: 'outbox', label: 'the transactional outbox', terms: ['outbox', 'transactional outbox', 'change data capture', 'cdc', 'debezium', 'inbox pattern'] },
    { id: 'eventual-consistency', label: 'eventual consistency', terms: ['eventual consistency', 'eventually consistent', 'strong consistency', 'strongly consistent', 'read-your-writes', 'consistency model'] },
    { id: 'cqrs', label: 'CQRS read models and replication', terms: ['denormalised copy', 'denormalized copy', 'keeps a copy', 'own copy of', 'keeps its own copy', 'cqrs', 'command query responsibility segregation', 'read model', 'materialized view', 'materialised view', 'local copy', 'replicated through events', 'replicated via events', 'replicated from events', 'replicates the data', 'replicated copy', 'replica of the data it needs', 'event sourcing', 'projection'] },
    { id: 'two-phase-commit', label: 'two-phase commit and why not', terms: ['two-phase commit', 'two phase commit', '2pc', 'distributed transaction', 'xa transaction'] },
    { id: 'stores', label: 'a named data store', terms: ['postgres', 'postgresql', 'mysql', 'mariadb', 'aurora', 'mongodb', 'mongo', 'cassandra', 'dynamodb', 'cosmos db', 'cosmosdb', 'spanner', 'cockroachdb', 'elasticsearch', 'opensearch', 's3', 'redis', 'sql server', 'oracle', 'neo4j', 'influxdb', 'timescaledb', 'bigtable', 'firestore', 'scylladb', 'clickhouse', 'relational database', 'document store', 'key-value store', 'time-series database'], narrow: true, context: true },
    { id: 'partitioning', label: 'partitioning and replication of the store', terms: ['sharding', 'sharded', 'shard', 'partitioned by', 'read replica', 'read replicas', 'primary-replica', 'leader-follower'], narrow: true, context: true },
  ],
  advice: 'Give each service its own database and let others reach the data only through its API or its events. For work that spans services, use a saga with compensations and say where eventual consistency is acceptable. Have each service publish its events through a transactional outbox so that its state change and its event commit together: the outbox solves that dual write within one service, it does not make several services consistent.',
  tradeoffs: `| | Choreography saga | Orchestration saga | Two-phase commit |
|---|---|---|---|
| Control | each service reacts to events | one orchestrator drives the steps | a coordinator asks every participant to prepare; each holds its own locks until the decision |
| Coupling | no coordinator, but hidden in the event contracts: each service must know which events to react to and emit | explicit: the orchestrator knows every step | tight: all must be up to commit |
| Following the flow | hard: a saga's state is pieced together from events across services | easy: the orchestrator holds each saga's state | easy, but blocking |
| Failure | compensation logic scattered across the services | orchestrator runs compensations | rollback; a participant in doubt keeps its locks until the coordinator's decision reaches it |
| Fits | short, linear flows that one team owns | flows that branch, span teams or must be watched | rarely across microservices: every store and broker must support XA, and each commit adds round trips |

Where the lesson is one-sided: it rates choreography's coupling lower and chooses by the number of steps. The coupling moves into the event contracts and the compensation logic is scattered; whether the flow branches, who can see where a saga stands and who owns the flow matter more than the step count.`,
  docs: docsUrl('data-management'),
};
