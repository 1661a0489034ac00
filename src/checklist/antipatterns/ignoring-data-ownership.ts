import { docsUrl, type AntiPattern } from '../schema';

const ENTITY = '(status|field|fields|column|columns|table|tables|entity|entities|records?|rows?|collection|collections|documents?|aggregate|balance|balances|stock|stock levels?|inventory|customer data|order data|orders table|profile|profiles|data)';

/** Two or more writers: named ("Solver, Rooms and Cover") or counted ("all five services", "both of them"). */
export const WRITERS = '(\\b[a-z0-9-]+((, [a-z0-9-]+){1,6},? and| and) [a-z0-9-]+|\\b(all|both|several|multiple|many) ([a-z0-9]+ )?(services|svcs|of them|of these))';
/** A writing verb; what stands before it ("will all write directly") is left to the gap in front. */
export const WRITES = '(read and write|insert and update|write|writes|update|updates|insert into|modify|modifies|change|changes)( directly)?( rows| records)?';
/** Nothing later in the clause gives each writer its own copy ("each to its own table"). */
/** What each writer has to itself, or what is no entity: "both services write their own outbox", "both update the UI". */
const OWN_THINGS = '\\b(outbox|logs?|event log|errors|metrics|traces|audit|cache|caches|ui|dashboards?|(its|their) own (outbox|logs?|tables?|schema|data))\\b';

export const NOT_OWN = '(?![^.;]*\\b(own|separate|respective|private)\\b)';

export const ignoringDataOwnership: AntiPattern = {
  id: 'ignoring-data-ownership',
  title: 'Ignoring data ownership',
  problem: 'Several services write the same entity, so no one owns its rules and concurrent writers corrupt it.',
  advice: 'Give each entity a single owning service that alone writes it; others ask it through its API or keep a read-only copy fed by its events.',
  decides: 'data-management',
  keywords: ['writ', 'update', 'modif', 'insert', 'owner', 'owned', 'copy', 'last', 'maintained', 'stored', 'kept', 'mastered', 'mutate', 'edit', 'change'],
  docs: docsUrl('ignoring-data-ownership'),
  detector: {
    kind: 'phrases',
    sharedWrites: true,
    patterns: [
      // Passive and piecemeal: "the job_assignments table is written directly by Jobs, Matching and Billing",
      // "session and billing also write to it directly", "the modules each update its state column directly",
      // "auction-svc writes the status, bidding-svc writes the high bid".
      { re: '\\b(table|tables|collection)\\b[^.;]{0,60}\\b(is|are) (written|updated|modified|changed) (directly )?by [a-z0-9-]+(, [a-z0-9 -]+)*,? and [a-z0-9-]+' },
      { re: '\\balso (write|writes|update|updates) (to )?(it|them|that table|the table) directly\\b' },
      { re: '\\beach (update|updates|write|writes) (its|the|their) ([a-z0-9-]+ ){1,2}(columns?|fields?) directly\\b' },
      // "Lab writes the case status, Delivery writes the case status": the same thing twice ("planner writes
      // lane_assignment, checkin writes arrival" is each owning its own).
      { re: '\\b[a-z0-9-]+ writes (the |its |a )?([a-z0-9_-]+( [a-z0-9_-]+)?)\\b[^,;.]{0,40}, [a-z0-9-]+ (also )?writes (the |its |a )?\\2\\b' },
      // "`lots` table in auction DB: auction-svc writes the status, bidding-svc writes the high bid": one table, several writers.
      { re: '\\b(table|record|row|collection|document)\\b[^.;:]{0,40}: [a-z0-9-]+ writes [^,;.]{1,40}, [a-z0-9-]+ writes\\b' },
      // "Requisition, Approval Rules and Purchase Order all write to the requisition_lines table": named writers of one table.
      { re: `\\b[a-z0-9]+(, [a-z0-9 ]+)*,? and [a-z0-9 ]+ (all |each |both )?(write|writes|update|updates|keep writing|modify|modifies) (?!(to |into )?(their|its) own\\b)(to |into |rows in )?(the )?(shared )?([a-z0-9-]+ ){0,2}(table|tables|collection|rows)\\b` },
      { re: '\\b(table|collection|entity|record)\\b[^.;]{0,30}\\bwritten by\\b[^.;]{0,80}\\band\\b[^.;]{0,40}\\b(service|svc|services|svcs)\\b' },
      { re: `\\b(both|several|multiple|many|all|two|three|four|any|different)\\b[^.;]{0,40}\\bservices?\\b[^.;]{0,40}\\b(write|writes|update|updates|modify|modifies|insert into|change|changes|mutate|mutates|edit|edits)\\b[^.;]{0,20}\\b(the )?(same|shared|common)\\b ([a-z0-9-]+ ){0,2}${ENTITY}\\b` },
      { re: '\\b(any|every|each) service (can|may|is allowed to) (read (and|or) )?(write|update|modify|change|edit)\\b' },
      { re: `\\b${ENTITY}\\b[^.;]{0,30}\\b(is|are|gets|get) (written|updated|modified|changed|edited) (directly )?by (both|several|multiple|many|all|two|three|any|different)\\b` },
      { re: `\\b[a-z]+ and (the )?[a-z]+ services? (both )?(write|update|modify|change) (the |to the )?(same )?[a-z]+ ${ENTITY}\\b` },
      // Data with no owner; not a task or a topic with none ("internal security has no owner", "no owner for the design yet").
      { re: '\\bno (single |clear )?owner\\b', absence: true, near: '\\b(record|records|table|tables|data|entity|entities|field|fields|row|rows|column|columns|aggregate|status|schema|collection)\\b' },
      { re: '\\bboth\\b[^.;]{0,60}\\b(update|updates|write|writes|modify|modifies|change|changes|set|sets)\\b[^.;]{0,40}\\bdirectly\\b' },
      { re: `\\b(both|several|multiple)\\b(?![^.;]*\\b(own|separate|respective)\\b)[^.;]{0,40}\\b(write|writes|update|updates|modify|modifies|insert|inserts)\\b (to |into |in )?(the|one|a single|the same|same|shared) [a-z0-9 -]{0,30}\\b${ENTITY}\\b`, unless: '\\boutbox\\b' },
      // Several writers of one table in one clause: "Solver, Rooms and Cover will all write directly to the same lessons table".
      { re: `\\b${NOT_OWN}${WRITERS}[^.;]{0,20}\\b${WRITES}\\b (to |into |in )?(the|one|a single|the same|same|shared)\\b[^.;]{0,40}\\b(table|record|row|rows|collection|entity|aggregate)\\b`, strict: true, unless: '\\boutbox\\b' },
      { re: '\\b(are|is) (all |both )?allowed to (write|update|change|modify|edit)\\b' },
      { re: '\\b((last|latest|most recent)[- ](write|writer|update)[- ]wins?|whichever (write|update|writer) (arrives|lands|comes) last)\\b' },
      { re: '\\b(maintained|stored|kept|written|updated|mastered) in (two|three|four|several|multiple) (places|services)\\b' },
      { re: '\\b(each|both|all) (update|updates|write|writes|modify|modifies) their own copy\\b' },
      // Two writers of one thing, however they are named: "either one updates counts and status", "propagation and
      // sales, each editing quantity on the same row", "the sensor service writes to the same column".
      { re: '\\beither (one|service|side|of them)\\b[^.;]{0,10}\\b(updates?|edits?|writes?|changes?|overwrites?|sets?)\\b', unless: '\\b(outbox|alone|independently|on its own|separately|without)\\b' },
      { re: '\\b(each|both)\\b[^.;]{0,10}\\b(edit|edits|editing|update|updates|updating|write|writes|writing|change|changes|changing|set|sets|setting)\\b[^.;]{0,60}\\b(on|in|to|into) the same (row|record|column|field|entity|document)\\b', unless: '\\boutbox\\b' },
      // Not a repeat of one writer's own write: "a repeat simply overwrites the same row with the same value".
      // "`facturacion` also updates the same line", "streak-service gets write access to the same table".
      { re: '\\b(writes?|updates?|sets?|changes?|overwrites?|write access) (to |into |on )?(the|that|this|those|these) same (columns?|fields?|rows?|records?|lines?|tables?)\\b', unless: '\\b(upsert|repeat|retry|retries|duplicate|replay|idempotent|same value)\\b' },
      // Two named writers of one thing: "both visits and bales write the season count", "milking and cheese-batch
      // both update the batch", "two services write it".
      { re: '\\bboth (the )?[a-z0-9-]+( service)? and (the )?[a-z0-9-]+( service)? (write|writes|update|updates|set|sets|change|changes|edit|edits|modify|modifies)\\b', unless: OWN_THINGS },
      { re: '\\b[a-z0-9-]+ and (the )?[a-z0-9-]+( services?)? both (write|writes|update|updates|set|sets|change|changes|edit|edits|modify|modifies)\\b (the|its|their|that|this)\\b', unless: OWN_THINGS },
      { re: '\\b(two|three|four|several|multiple) (services|of them|apps|systems) (write|writes|update|updates|edit|edits|change|changes)( to| into)? (it|them|the record|that record|this record|the row|that row)\\b' },
      { re: '\\b(shared ownership|shared write access|co-?owned|jointly owned)\\b' },
      // "`listing.status` is written by Listings when the seller edits, and written directly by Orders at checkout".
      { re: '\\b(is|are) (written|updated|set|changed|modified|edited) (directly )?by [a-z0-9-]+\\b[^.;]{0,80}\\band (is |are )?(also )?(written|updated|set|changed|modified|edited) (directly )?by (?!(the same|itself|it)\\b)[a-z0-9-]+' },
      // "Visitor records are held and edited in both visit-booking and visitor-vetting".
      // "`vehicles` is written by fleet-service (pairing) **and** by key-service (after a key rotation)".
      { re: '\\b(is|are) (written|updated|set|changed|modified|edited) (directly )?by [a-z0-9-]+\\b[^.;]{0,80}\\band[* ]{1,4}(also )?by (?!(the same|itself|it)\\b)[a-z0-9-]+' },
      { re: '\\b(edited|updated|written|changed|modified|maintained|mastered) in both [a-z0-9-]+( service)? and [a-z0-9-]+' },
      // "both of them write the assignment's status", "each one edits name, phone and e-mail… Neither copy is the master".
      { re: '\\bboth (of them|services|of the services)\\b[^.;]{0,10}\\b(write|writes|update|updates|edit|edits|change|changes)\\b', unless: '\\b(outbox|logs?|event log|errors|metrics|traces|audit)\\b' },
      { re: '\\bneither (copy|service|one|side) is the (master|owner|source of truth)\\b', absence: true },
      { re: '\\b(whichever|the) (service|writer|one) (that )?(writes|updates|saves) last wins\\b' },
      // "Whichever service writes last sets the value the underwriter sees."
      { re: '\\bwhichever (service|writer|one|module|app|system|write|update) (writes|updates|saves|arrives|lands|comes|runs) last\\b' },
      { re: '\\b(stores|keeps|saves) whatever (arrives|comes in|lands) last\\b' },
      // Hyphenated writers of an underscored table: "donation-service, stock-service and crossmatch-service all update `blood_unit` rows".
      { re: '\\b[a-z0-9]+-[a-z0-9-]+(, [a-z0-9]+-[a-z0-9-]+)*,? and [a-z0-9]+-[a-z0-9-]+ (all |each |both )?(write|writes|update|updates|modify|modifies) ([a-z0-9]+ ){1,2}(rows|records|table)\\b' },
      // Another writer of the same rows: "the payouts service updates those same claim rows itself".
      { re: `\\bservices?\\b[^.;]{0,30}\\b(updates?|writes?|modif(y|ies)|changes?|sets?)\\b (those|these) same\\b ([a-z0-9_-]+ ){0,2}${ENTITY}\\b` },
      // One thing every side edits: "Findings live in one table that both sides edit", "the same tables the web app edits".
      { re: '\\b(one|a single|the same) (table|record|row|document|collection|entity)s? (that|which) (both|all|two|three|several) ((sides|services|teams|apps|of them) )?(edit|write|update|change|modify)\\b' },
      { re: '\\bthe same (tables?|rows?|records?|columns?|fields?) (that )?(the )?[a-z0-9-]+( [a-z0-9-]+)? (edits|writes|updates|changes|modifies)\\b', unless: '\\b(upsert|repeat|retry|retries|duplicate|replay|idempotent|same value)\\b' },
      // Writing into another service's store: "screening writes the deferral outcome straight into donor-registry's tables".
      { re: `\\b(writes?|updates?|inserts?|modif(y|ies)|changes?)\\b[^.;]{0,40}\\b(straight |directly )?(into|in) (the )?[a-z0-9-]+('s|s') (?!own\\b)([a-z0-9_-]+ ){0,2}(tables?|database|db|schema|records?|rows?|collection)\\b`, strict: true },
      // "both hold the full order; either can change the address"; a list entry under two writers: "both read and write `lesson`".
      { re: '\\beither (one |side |service )?(can|may) (change|edit|update|write|modify|overwrite)\\b(?! (alone|on its own|independently|separately)\\b)' },
      { re: '^both (read and write|write|writes|update|updates|edit|edits)\\b', unless: OWN_THINGS },
    ],
    // "Each service only inserts and updates its own tables (Intake writes donations, Stock writes stock_levels)".
    legitimate: [{ re: '\\b(only|each|every)\\b[^.;]{0,40}\\b(its|their) own (tables?|schemas?|database|data|records?|rows)\\b' }],
  },
};
