// The end of a mock interview: the session document's text as it is now, checked and scored by the same services
// the editor uses, saved to the history as one record.
import * as vscode from 'vscode';
import { isNotFound } from '../../templates/vscode/commands';
import { creditFollowUps, followUpsFor } from '../followups/index';
import { buildRecord, buildTimeline, phaseTimes, type RunningSession, type SessionRecord } from '../index';
import type { ChecklistReport } from '../../checklist/engine';
import type { ScoreResult } from '../../scoring/types';
import type { PracticeHistory } from './history';

/** The editor's own checklist and scorer, with the workspace's packs, rubrics and settings. */
export interface RecordServices {
  checkText(text: string): Promise<{ readonly report: ChecklistReport }>;
  scoreText(text: string, challenge: string): Promise<ScoreResult | undefined>;
  log(line: string): void;
}

/** Builds and saves the record of an ended session. */
export async function saveSessionRecord(session: RunningSession, history: PracticeHistory, deps: RecordServices): Promise<SessionRecord> {
  const snapshot = await snapshotOf(vscode.Uri.parse(session.document), deps.log);
  const { report: checklist } = await deps.checkText(snapshot);
  const score = await deps.scoreText(snapshot, session.challenge.id);
  if (!score) deps.log(`mock interview ${session.id}: the challenge '${session.challenge.id}' is no longer in the catalog; the session is saved without a score`);
  const known = followUpsFor(session.challenge.id);
  const asked = (session.followUps ?? []).flatMap((a) => {
    const followUp = known.find((f) => f.id === a.id);
    return followUp ? [{ followUp, phase: a.phase }] : [];
  });
  const followUps = score && asked.length ? await creditFollowUps(snapshot, asked, score, (text) => deps.scoreText(text, session.challenge.id)) : undefined;
  // The phase the session ended in holds the final text.
  const reached = phaseTimes(session.timer, session.timer.since).filter((p) => p.reached);
  const timeline = buildTimeline([...(session.snapshots ?? []), { phase: reached[reached.length - 1]?.id ?? 'requirements', text: snapshot }]);
  const record = buildRecord({ id: session.id, challenge: session.challenge, timer: session.timer, score, checklist, snapshot, document: session.document, followUps, timeline });
  await history.save(record);
  return record;
}

/** The document's text now; an open, changed document is saved first so the file holds what was scored. */
async function snapshotOf(uri: vscode.Uri, log: (line: string) => void): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) {
    if (open.isDirty) await open.save();
    return open.getText();
  }
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (!isNotFound(e)) throw e;
    log(`mock interview: the session document ${uri.toString()} is gone; the session is saved as empty`);
    return '';
  }
}
