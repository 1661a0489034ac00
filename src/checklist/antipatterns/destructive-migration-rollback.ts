import { docsUrl, type AntiPattern } from '../schema';

export const destructiveMigrationRollback: AntiPattern = {
  id: 'destructive-migration-rollback',
  title: 'Instant rollback over a destructive migration',
  problem:
    'The release promises a quick rollback (switch traffic back, redeploy the old image) while its migration drops, renames or retypes a column or table. Switching the code back does not bring the schema back: the old version starts against a schema it no longer fits and fails, and the data the change removed, or wrote in the new shape, is gone or unreadable. The rollback the plan counts on does not exist once the migration has run.',
  advice:
    'Change the schema by expand and contract: first add the new column or table and write both shapes, backfill, move the readers, and drop the old shape only in a later release, once no running or rollback version reads it. Until the contract step runs, both versions work against the schema, so rolling back stays a switch; after it, say that rollback is a forward fix.',
  keywords: ['drop', 'rename', 'remove', 'delete', 'alter', 'type', 'roll', 'rollback', 'back', 'revert', 'expand', 'contract', 'additive', 'compatible', 'later'],
  docs: docsUrl('destructive-migration-rollback'),
  detector: {
    kind: 'phrases',
    patterns: [
      // "The migration drops the legacy price column"; "in effect berth_slot is renamed to slot_id".
      { re: '\\b(drops?|dropping|removes?|removing|deletes?|deleting|renames?|renaming)\\b (the )?([a-z0-9_-]+ ){0,3}(columns?|tables?|fields?)\\b(?! (later|in a later|one release later|in the next))' },
      { re: '\\b(columns?|tables?|fields?) [a-z0-9_ -]{1,30}\\b(is|are|gets|get) (dropped|renamed|removed|deleted)\\b' },
      { re: '\\b[a-z0-9_]+ (is|are) renamed to\\b', near: '\\b(columns?|tables?|schema|migration|flyway|liquibase)\\b' },
      // "It renames, in place, `orders.amt` to `total_cents`"; "converts plan_id from integer to uuid in place".
      { re: '\\b(renames?|renaming|renamed|converts?|converting|converted|retypes?|retyping|changes?|changing)\\b[^.;]{0,80}\\bin place\\b', near: '\\b(columns?|tables?|schema|migrations?|ddl|flyway|liquibase|sql|integer|uuid|varchar|bigint|text)\\b' },
      // "The drops and renames are metadata-only": the destructive changes, named as such.
      { re: '\\b(drops?|renames?) and (drops?|renames?|type changes?)\\b', near: '\\b(columns?|tables?|schema|migrations?|flyway|liquibase|ddl|postgres|mysql)\\b' },
      { re: '\\b(alter column|alter table [a-z0-9_]+ (drop|rename)|drop (column|table)|changes? the (type|data type) of)\\b' },
    ],
    // A release with expand/contract keeps the old shape until a later release: rolling back stays safe.
    legitimate: [
      { re: '\\bexpand(-| and | then |-then-|/|-and-)contract\\b' },
      { re: '\\b(additive|backward[- ]compatible|backwards[- ]compatible)( only)?\\b[^.;]{0,40}\\b(migrations?|schema changes?|changes?)\\b' },
      { re: '\\b(migrations?|schema changes?|database changes?)\\b[^.;]{0,40}\\b(are|is|stay|must be) (additive|backward[- ]compatible|backwards[- ]compatible)\\b' },
      { re: '\\b(removed|dropped|removal|drop)\\b[^.;]{0,30}\\b(in a later release|one release later|in the next release|a release later)\\b' },
      { re: '\\bcontract (step|stage|phase|release)\\b' },
      // Expand and contract described step by step: "adds the column and writes both columns, a backfill copies…".
      { re: '\\bwrites? (to )?both (the )?(old and (the )?new |new and (the )?old )?(columns|fields|tables|shapes|versions)\\b' },
      { re: '\\bbackfill\\w*\\b[^.;]{0,80}\\b(switch|switches|move|moves|moving|switching) (the )?reads\\b' },
    ],
    legitimateScope: 'document',
    // The promise of a quick way back: "rollback is a one-click switch back to blue", "we just roll back the image".
    // The migration as SQL in the release's own code: "ALTER TABLE visits DROP COLUMN price_pence".
    inCode: [{ re: '\\b(alter table\\b.*\\b(drop|rename)\\b|alter column\\b.*\\btype\\b|drop (table|column)\\b|rename (column|table)\\b)' }],
    alongside: [
      { re: '\\b(rollback|roll-?back|roll(s|ed|ing)? (it |them |the [a-z0-9. -]{1,30})?back|switch(es|ing)? (traffic |it |them )?back|points? [a-z0-9 -]{0,30}back (at|to)|flip(s|ping)? back|(move|moves|moving|shift|shifts|shifting|send|sends|route|routes) [a-z0-9 -]{0,30}back (to|at)|revert(s|ing)? to (the )?(old|previous|last)|redeploy(s|ing)? (of )?(the )?(last|previous|prior|old)\\b)\\b' },
    ],
  },
};
