import { docsUrl, type AntiPattern } from '../schema';
import { NOT_OWN, WRITERS, WRITES } from './ignoring-data-ownership';

const STORE = '(database|databases|db|dbs|schema|schemas|data ?store|postgres(ql)?|mysql|mongo(db)?|oracle|sql server|(database|db|rds|postgres|mysql|sql) (instance|cluster)|[a-z]+db( instance| cluster)?|tables)';

/** Several parts, by name ("billing and metering", "a, b and c") or by number ("all three", "all four central services"). */
const SEVERAL = '(\\b[a-z0-9-]+(, [a-z0-9-]+)*,? and [a-z0-9-]+|\\b(all|both)( of them| (two|three|four|five|six|seven|eight|nine|ten|[0-9]+))?( [a-z-]+){0,2})';

export const sharedDatabase: AntiPattern = {
  id: 'shared-database',
  title: 'Shared database',
  problem: 'Several services read and write the same tables, so a schema change in one breaks the others and none can be deployed or scaled alone. A private schema per service on one shared database instance or cluster is not this anti-pattern, as long as no service reads or writes another\'s schema; it only shares a failure and capacity domain (one outage, one noisy neighbour, one upgrade window for all).',
  advice: 'Give each service its own database, or at least its own schema and credentials, and reach another service\'s data only through its API or its events. Where the schemas share an instance, say how one service\'s load and the instance\'s outages or upgrades affect the others.',
  decides: 'data-management',
  keywords: ['databas', 'db', 'schema', 'store', 'postgres', 'mysql', 'mongo', 'oracle', 'sql', 'tables', 'connection', 'login', 'credential', 'write', 'share', 'datasource', 'data source', 'grant'],
  docs: docsUrl('shared-database'),
  detector: {
    kind: 'phrases',
    sharedStores: true,
    patterns: [
      // "Marketplace and Payments share one Postgres database"; "all keep writing the shared items table".
      { re: `\\band\\b[^.;]{0,40}\\bshare (one|a|the same|a single) ([a-z0-9-]+ ){0,2}${STORE}\\b` },
      { re: '\\b(all|both)\\b[^.;]{0,30}\\b(write|writes|writing|update|updates)\\b[^.;]{0,20}\\bthe shared\\b' },
      // Several named services writing into one shared database, or a schema "read and written by all five services".
      { re: `\\band\\b[^.;]{0,60}\\b(all )?(write|writes|read and write|update|updates|keep writing)\\b[^.;]{0,60}\\b(shared|one|single|same) ([a-z0-9-]+ ){0,2}(database|db|schema)\\b` },
      { re: '\\b(read and written|written and read|read and write|used|shared) by (all|every|both|several|the) ([a-z0-9]+ ){0,2}(services|svcs)\\b' },
      { re: `\\bservices?\\b[^.;]{0,50}\\b(share|shares|sharing)\\b[^.;]{0,30}\\b${STORE}` },
      { re: `\\b(shared|single|same|common|central|one)\\b ([a-z0-9-]+ ){0,2}${STORE}\\b[^.;]{0,60}\\b(all|both|every|several|multiple|each of the|the other|other)\\b[^.;]{0,20}\\bservices?\\b` },
      { re: `\\b(all|both|every|several|multiple|the)\\b[^.;]{0,40}\\bservices\\b[^.;]{0,60}\\b(same|single|one|common|central|shared)\\b ([a-z0-9-]+ ){0,2}${STORE}\\b` },
      { re: `\\b(all|both|every|several|multiple)\\b[^.;]{0,40}\\bservices\\b[^.;]{0,40}\\b(use|uses|connect to|talk to|read from|write to|point at|point to)\\b[^.;]{0,10}\\b(the )?(shared|main|central|common|same) ${STORE}` },
      { re: `\\bshared ${STORE}\\b[^.;]{0,60}\\bservices\\b` },
      // "All of these services connect to the existing cyclo MySQL 8 database", "… read and write each other's tables".
      { re: `\\b(all|both|every)\\b[^.;]{0,30}\\bservices\\b[^.;]{0,20}\\b(connect to|use|point at|point to|talk to)\\b (the )?(existing|same|one|single|shared) ([a-z0-9_-]+ ){0,3}${STORE}\\b` },
      { re: '\\b(read and write|write|writes|reads?|quer(y|ies)|joins?) each other.s tables\\b' },
      // One set of credentials for all: "one login for all three", "connect with the same connection string".
      { re: '\\bone (database |db )?(login|user|password|connection string|set of credentials) (for|shared by) (all|both|every|the) ' },
      { re: '\\b[a-z0-9-]+(, [a-z0-9-]+)*,? and [a-z0-9-]+ (all |both )?(connect|connects|use|uses|share|point)\\b[^.;]{0,30}\\b(the same|one|a single) (connection string|connection settings|database user|db user|database login|login|credentials)\\b' },
      // Several parts, one store, however it is said: "All three programs open the same SQLite file", "all three
      // services are configured with the same connection settings", "both apps log in as one database user".
      { re: `\\b(all|both|every one of the|each of the) ((two|three|four|five|six|seven|eight|nine|ten|[0-9]+) )?(services|programs|apps|applications|svcs|backends)\\b[^.;]{0,60}\\b(the same|one|a single|one shared|a shared|the shared|a common)\\b ([a-z0-9_-]+ ){0,3}(database|db|sqlite file|database file|connection string|connection settings|database user|db user|database login|database credentials)\\b` },
      { re: '\\b(reads?|writes?|quer(y|ies)|joins?|uses?)\\b[^.;]{0,20}\\bthe tables of (the )?(others|other services|the other services|each other)\\b' },
      // "reads the others' tables directly", "may join anything", a database user with write rights on another's database.
      { re: "\\b(reads?|writes?|quer(y|ies)) the others.? tables\\b" },
      // "One Postgres, schema `deck`: …, and both of them read across all four tables".
      { re: '\\b(both|all|each) (of them|of the services|services)\\b[^.;]{0,10}\\b(read|reads|query|queries|join|joins) (across|from) (all|every)( [a-z0-9]+)? (tables|schemas)\\b' },
      // "swap-svc and billing-svc both read and write the `swaps` and `swap_charges` tables in it directly".
      { re: '\\b[a-z0-9-]+ and [a-z0-9-]+ both read and write (the )?[^.;]{0,50}\\btables\\b(?![^.;]*\\b(own|separate|respective)\\b)' },
      { re: '\\b(may|can|is allowed to) join (anything|any table|across everything)\\b' },
      { re: '\\b(database user|db user|login|credentials?)\\b[^.;]{0,20}\\bon the [a-z0-9-]+ (database|db|schema)\\b[^.;]{0,30}\\bwrite (rights|access|permissions?)\\b' },
      // Writers named after the store: "One PostgreSQL database ccdb on RDS. order-service, picking-service and slot-service all read and write in it."
      { re: '\\b[a-z0-9-]+(, [a-z0-9-]+)*,? and [a-z0-9-]+ (all |both )?(read and write|write|writes|write to|read from and write to) (in |to |into )?(it|that database|that one)\\b', near: '\\b(one|a single|the same|shared) ([a-z0-9_-]+ ){0,2}(database|db|schema)\\b', nearBefore: true },
      { re: `\\b(all|both|each)\\b (connect|connects|write|writes|read|reads|use|uses|point|points|talk|talks|go|goes)\\b[^.;]{0,12}\\b(the )?(single|same|shared|one|common|central)\\b ([a-z0-9-]+ ){0,3}${STORE}\\b` },
      { re: `\\bservices\\b[^.;]{0,60}\\bshared ${STORE}\\b` },
      // Several writers of one database or schema in one clause: "all five services read and write the existing timetabler schema".
      { re: `\\b${NOT_OWN}${WRITERS}[^.;]{0,20}\\b(${WRITES}|use|connect to|keep using)\\b (to |into |from )?(the|one|a single|the same|same|shared|the existing)\\b(?![^.;]{0,40}\\btables?\\b)[^.;]{0,40}\\b(database|db|schema)\\b` },
      // Reaching into another service's tables: the anti-pattern even where each service has its own schema.
      { re: `\\b(reads?|writes?|quer(y|ies)|joins?|accesses|access|selects?)\\b[^.;]{0,30}\\bdirectly\\b[^.;]{0,30}\\b(from|in|into|against|on)?\\b[^.;]{0,20}\\b[a-z]+(-| )?(service|svc)'s ${STORE}`, strict: true },
      { re: `\\b[a-z]+(-| )?(service|svc)\\b[^.;]{0,20}\\b(reads?|writes?|quer(y|ies)|joins?)\\b[^.;]{0,10}\\b(directly )?(from |into |to |against )?the [a-z]+(-| )?(service|svc)'s (tables?|${STORE})`, strict: true },
      // "Order reads the customers table in the Customer schema directly", "reports join across the services' schemas".
      { re: `\\b(reads?|writes?|quer(y|ies)|joins?|selects?|updates?)\\b[^.;]{0,50}\\b(in|from|into|against|of) the [a-z]+(-| )?(service'?s? |svc'?s? )?schema\\b`, near: '\\bdirectly\\b', strict: true },
      { re: `\\b(reads?|writes?|quer(y|ies)|queried|joins?|joined|selects?|updates?)\\b[^.;]{0,40}\\b(across|between) (the )?(services'? |other )?schemas\\b`, strict: true },
      // Not when the sentence rules them out: "cross-schema joins are not possible by construction".
      { re: '\\bcross-schema (joins?|queries|query|reads?|writes?|foreign keys?|transactions?)\\b(?! ((are|is) (not|never|impossible|forbidden|prohibited|banned|blocked|disallowed|rejected|refused|caught)|fails?|cannot|can.t|won.t|(will|would) fail))', strict: true },
      { re: `\\b(reads?|writes?|quer(y|ies)|joins?|selects? from|updates?)\\b[^.;]{0,30}\\b(another|other) (service|services|svc)'?s? (schemas?|tables?|${STORE})\\b`, strict: true },
      // Several users of one store, however they are named and however they reach it: "All three use the same
      // PostgreSQL database", "Billing and metering run against one PostgreSQL database", "both connect with the same
      // `marineops_app` role", "classes, rigging and performances all start with the same `DATABASE_URL`".
      { re: `${SEVERAL}[^.;]{0,20}\\b(share|use|run against|run on|connect to|connect with|connect as|talk to|point at|point to|log in (to|as)|start with|read and write|write to|write)\\b[^.;]{0,12}\\b(the same|one|a single|a shared|the shared|one shared|a common)( [a-z0-9_-]+){0,3} (database|db|schema|tables|connection string|database_url|(database |db )?role|database user|db user|login|credentials)\\b`, unless: '\\b(replaces|replacing|is replacing|will replace|retires|retiring)\\b' },
      // "One schema `pistenwerk` shared by booking-svc and allocation-svc"; "booking and cabin-allocation share the `voyage` schema".
      { re: `\\b${STORE} [^.;]{0,30}\\bshared (by|between) [a-z0-9-]+(, [a-z0-9-]+)*,? and [a-z0-9-]+\\b` },
      { re: '\\b[a-z0-9-]+(, [a-z0-9-]+)*,? and [a-z0-9-]+ (both |all )?share the `[a-z0-9_-]+` (schema|database|db|tables)\\b' },
      // One named store, however several parts reach it: "Filing, Payments and Notices will continue to share the
      // `taxpayer_core` schema", "all three services will keep connecting straight to the existing `zoo_main` Postgres
      // database", "cms-api, render and syndication all read and write the `articles` table".
      { re: `${SEVERAL}[^.;]{0,40}\\b(share|sharing|connect(ing)?( straight| directly)? to|read and write|reading and writing|use|uses|(keep )?work(ing)? against)\\b (the )?(existing |same |main |shared |legacy |central |one |a single )?([a-z0-9-]+ ){1,3}(database|db|schema|table|tables)\\b`, unless: '\\b(own|separate|respective|private|replaces|replacing|will replace|were|had been|used to|previous job|considered part of|part of the same|modules)\\b' },
      // The store named in the sentence before: "Player records are in the main Postgres database. Both Game and
      // Rating write to it"; "… in the royalties Postgres database, and two services write to it".
      { re: '\\b(both [a-z0-9-]+ and [a-z0-9-]+|(two|three|four|several|multiple|all|both) (services|apps|modules|of them|of these))\\b (also )?(read and write|write to|write into|write|update|use|share|connect to) (it|them)\\b', near: `\\b${STORE}\\b`, nearBefore: true },
      // Writers of one table in the shared store: "Check-in and Boarding both write to the `vehicle_checkins` table in
      // the shared `port_ops` Aurora PostgreSQL database"; "they all share the postgres anyway".
      { re: '\\b(both|all|each)\\b[^.;]{0,10}\\b(write|writes|read and write|update|updates)( to| into)? [^.;]{0,50}\\b(in|on) the (shared|same|one|single|main|common)\\b ([a-z0-9_-]+ ){0,3}(database|db|schema|cluster)\\b', unless: '\\b(own|separate|respective|private)\\b' },
      { re: '\\b(they|we|these|the services) (all|both) (share|use) (the|one) (postgres|postgresql|mysql|database|db|schema|oracle|mongo|mongodb)\\b' },
      // One store for all of it: "We are keeping a single Postgres database (`crumb_prod`) for everything."
      { re: '\\b(single|one|same|shared) ([a-z]+ ){0,2}(database|db|schema)\\b[^.;]{0,80}\\bfor (everything|all of it|all services|every service)\\b', unless: '\\b(rejected|reject|thought|think|considered|consider|instead of|alternative|if (i|we)|would|could)\\b' },
      // Rights on another's store: "give the payments service's DB user an UPDATE grant on that one table", "exposes
      // its datasource to `account-service`".
      { re: '\\b(db|database) (user|role|login)\\b[^.;]{0,20}\\b(an? )?(update|write|insert|read-write|read and write|delete) (grant|grants|rights|access|permissions?)\\b', strict: true, unless: '\\b(own|its|their)\\b' },
      { re: '\\bexposes (its|their) (datasource|data source|database|db|schema|tables|connection)\\b[^.;]{0,10}\\bto\\b', strict: true },
      // Every part on one login: "every service connects straight to it with the shared `hive_app` role".
      { re: '\\b(every|each|all( the)?|both)( [a-z0-9-]+)? (service|services|app|apps|module|modules|svcs?)\\b[^.;]{0,40}\\b(connects?|logs? in|talks?|goes)\\b[^.;]{0,30}\\b(the )?(shared|same|one|single|common)\\b ([a-z0-9_-]+ ){0,3}(role|user|login|credentials?|connection string)\\b' },
      // One more store reached from outside: "giftaid-service also connects to the `donations` database and updates …".
      { re: '\\balso (connects|connect|writes|reads and writes|talks) (directly |straight )?to the [a-z0-9_-]+ (database|db|schema)\\b', strict: true },
      // "`kpi-svc` reads directly the inverter tables"; "read/write credentials for the inventory and payment schemas".
      { re: '\\b(reads?|queries|joins?|writes?) directly (the |from the |into the )?[a-z0-9_-]+( [a-z0-9_-]+)? tables?\\b', strict: true, unless: '\\b(own|its|their)\\b' },
      { re: '\\b(read and write|write|read-write) (credentials|access|rights|grants?|permissions?) (for|on|to) the [a-z0-9_-]+ and [a-z0-9_-]+ (schemas|databases|dbs)\\b', strict: true },
      // Reaching into another's database: "Weighbridge writes the net weight straight into `consignment` in the
      // Collections database" (not "Orders writes directly into the Orders database").
      { re: '\\b([a-z0-9-]+) (writes?|updates?|inserts?)\\b[^.;]{0,40}\\b(straight|directly) (into|in|to)\\b[^.;]{0,40}\\b(in|of) the (?!\\1\\b)(?!(its|their|same)\\b)[a-z0-9-]+ (database|db|schema)\\b', strict: true },
    ],
    // Private schemas on one shared instance or cluster are a database per service, as long as no service reads another's.
    legitimate: [
      { re: '\\b(schema|logical database|database)[- ]per[- ](service|microservice)\\b' },
      { re: '\\b(one|a|its own) (schema|logical database) (per|for each|for every) (service|microservice)\\b' },
      { re: '\\b(each|every)\\b[^.;]{0,40}\\b(its own|a private|a separate|a dedicated|an isolated|their own) (postgres |postgresql |mysql |logical )?(schema|database)\\b' },
      { re: '\\b(private|separate|dedicated|isolated) (schemas|logical databases)\\b' },
      // Two copies of one service (blue and green, old and new version) on its own database are one owner.
      { re: '\\b(blue and green|green and blue|blue/green|both (colours|colors|environments|stacks|slots|versions|pools)|old and new (versions?|pods))\\b[^.;]{0,30}\\b(use|uses|share|shares|point (at|to)|connect to|read and write)\\b[^.;]{0,20}\\b(the )?(same|one|a single|shared)\\b' },
    ],
  },
};
