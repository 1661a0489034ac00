import { docsUrl, type AntiPattern } from '../schema';

/** The safe ways to publish what was committed: from an outbox, from the log, or in one transaction. */
const SAFE =
  '\\b(outbox|relay\\w*|cdc|change[- ]data[- ]capture|debezium|write-ahead log|wal|binlog|transaction log|transactional (messaging|outbox|producer)|listen to (yourself|itself)|in the same transaction|(worker|poller|sweeper|scheduled job|job)\\b[^.;]{0,40}\\b(picks? up|polls?|scans?))\\b';
const PUBLISH = '(publish\\w*|emits?|emitting|sends? (an? |the )?[a-z -]{0,30}(event|message|record|notification)s?|produces? (an? |the )?[a-z -]{0,30}(event|message|record)s?|puts? [a-z -]{0,30}on (the |a )?(queue|topic|bus)|sends? [^.;]{0,40}\\bto (the )?[a-z0-9 -]{0,30}(queue|topic|bus|exchange|stream)|calls?)';

export const dualWrite: AntiPattern = {
  id: 'dual-write',
  title: 'Dual write',
  problem:
    'The design commits its database and then publishes the event (or calls another system) as a separate step. Nothing makes the two happen together: a crash, a deploy or a broker outage between them leaves the state changed and the event lost, or the event sent for a change that rolled back. Other services then act on a world that did not happen, or never hear of one that did, and nothing notices.',
  advice:
    'Write the event to an outbox table in the same local transaction as the state change, and let a relay (polling the outbox, or change data capture reading the database\'s log) publish it after commit, at least once; consumers deduplicate by event id. Or make the event the source of truth and derive the state from it.',
  keywords: ['commit', 'publish', 'after', 'then', 'afterwards', 'separate', 'emit', 'send'],
  docs: docsUrl('dual-write'),
  detector: {
    kind: 'phrases',
    patterns: [
      // "Once the commit has returned, the same handler publishes a rate-changed record to Kafka."
      { re: `\\b(once|after|when) (the )?([a-z]+ )?(commit|transaction|write|insert|update|save)\\b[^.;]{0,40}\\b(has |have |is |are )?(returned|returns|committed|commits|succeeded|succeeds|completes?|completed|done|finished)?\\b[^.;]{0,30}\\b${PUBLISH}\\b`, unless: SAFE },
      // "It updates the row and commits, then publishes PayoutSent"; "inserts the order and then publishes OrderPlaced".
      { re: `\\b(commits?|committed|saves?|saved|inserts?|inserted|writes?|updates?|updated|persists?|persisted|stores?|stored)\\b[^.;]{0,80}(; )?\\b(then|and then|afterwards|after that|straight after|right after|next)\\b[^.;]{0,80}\\b${PUBLISH}\\b`, unless: SAFE },
      // "…publishes it after the commit, in a separate call".
      { re: `\\b${PUBLISH}\\b[^.;]{0,80}\\b(after (the )?(commit|transaction|insert|write|save|update)|in a separate (call|step|request|transaction))\\b`, unless: SAFE },
      { re: '\\b(both|two|the) (calls|writes|steps)\\b[^.;]{0,40}\\bafter the commit\\b', unless: SAFE },
      // "The POST and the publish are plain calls from the handler once the commit has returned."
      { re: `\\b${PUBLISH}\\b[^.;]{0,60}\\b(once|after|when) (the )?(commit|transaction|insert|write|save)\\b[^.;]{0,12}\\b(has |have |is )?(returned|succeeded|completed|committed|finished|done)\\b`, unless: SAFE },
    ],
  },
};
