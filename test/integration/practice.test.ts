import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/shared/ids';
import type { PracticeEvent } from '../../src/practice/vscode/index';
import type { RunningSession, SessionRecord } from '../../src/practice/index';
import { stop } from '../../src/practice/timer';
import type { WorkbenchApi } from '../../src/extension/workbench';
import { api, codeOf, diagnosticsAfter, fixture, ours, until, TEAM_PACK } from './helpers';

const FOLDER = '.practice-test';
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);


/** Resolves with the first practice event for which `match` holds, subscribing before `action` runs. */
function practiceEvent<T>(workbench: WorkbenchApi, match: (e: PracticeEvent) => T | undefined, action: () => Thenable<unknown> = async () => undefined, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no matching practice event within ${timeoutMs} ms`));
    }, timeoutMs);
    const sub = workbench.practice.onDidChange((e) => {
      const found = match(e);
      if (found === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(found);
    });
    Promise.resolve(action()).then(undefined, (err: unknown) => {
      clearTimeout(timer);
      sub.dispose();
      reject(err);
    });
  });
}

/** The kept sessions: a map by session id, shared by all windows. */
async function kept(workbench: WorkbenchApi): Promise<Record<string, RunningSession>> {
  return ((await workbench.practice.persisted()) ?? {}) as Record<string, RunningSession>;
}

const act = (action: 'pause' | 'resume' | 'next' | 'stop') => vscode.commands.executeCommand<SessionRecord | undefined>(Commands.mockInterviewActions, { action });

/** After each test: no session running, no editor open. */
async function endSessionAndCloseEditors(): Promise<void> {
  const workbench = await api();
  if (await workbench.practice.running()) await act('stop');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('mock interviews', () => {
  afterEach(endSessionAndCloseEditors);

  it('runs a shortened session phase by phase, then saves, checks, scores and reports it', async () => {
    const workbench = await api();
    const folder = fixture(FOLDER);
    const session = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'ecommerce-migration', seconds: [30, 30, 1, 30], folder });
    const document = vscode.Uri.parse(session.document);
    assert.match(document.path, new RegExp(`/${FOLDER}/ecommerce-migration-${session.id}\\.md$`));
    const text = decode(await vscode.workspace.fs.readFile(document));
    assert.match(text, new RegExp(`^session: "?${session.id}"?$`, 'm'), 'the session id is in the front matter');
    assert.match(text, /^challenge: ecommerce-migration$/m);
    assert.deepEqual(
      text.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.replace(/ \(.*\)$/, '')),
      ['## Requirements and scope', '## High-level design', '## Deep dive', '## Wrap-up'],
    );
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.toString(), 'the session document is opened');

    let running = (await workbench.practice.running())!;
    assert.equal(running.view.phase, 'requirements');
    assert.equal(running.view.status, 'running');
    assert.deepEqual(Object.keys(await kept(workbench)), [session.id], 'the session is kept for a reload, under its id');
    assert.ok((await workbench.practice.notices()).some((n) => /^Phase 1 of 4: Requirements and scope .*Ask for the numbers/.test(n)), 'the first phase is announced with its prompts');

    // Write an answer under the headings, as a candidate would.
    const answer = decode(await vscode.workspace.fs.readFile(fixture('answers/ecommerce-answer.md'))).replace(/^---[\s\S]*?---\n/, '');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), `\n${answer.replace(/^# .*\n/, '').replace(/^## /gm, '### ')}`));

    await act('pause');
    assert.equal((await workbench.practice.running())!.view.status, 'paused');
    assert.equal((await kept(workbench))[session.id].timer.status, 'paused', 'every transition is persisted');
    await act('resume');
    await act('next');
    assert.equal((await workbench.practice.running())!.view.phase, 'high-level');
    assert.ok((await workbench.practice.notices()).some((n) => n.startsWith('Phase 2 of 4: High-level design')));

    // The deep dive lasts one second: its overrun is announced by the deadline timer, without a tick.
    const overrun = practiceEvent(workbench, (e) => (e.type === 'timer' ? e.events.find((x) => x.type === 'phase-overrun') : undefined));
    await act('next');
    running = (await workbench.practice.running())!;
    assert.equal(running.view.phase, 'deep-dive');
    const checked = until(() => workbench.checklist.latest(document) !== undefined, [workbench.checklist.onDidCheck], 'the session document to be checked');
    await checked;
    const roots = workbench.checklist.treeChildren();
    assert.deepEqual(roots.filter((n) => n.kind === 'item'), [], 'exam mode: the checklist view gives no verdicts');
    assert.ok(roots.some((n) => n.kind === 'empty' && /hidden until the interview ends/.test(n.message)));
    assert.equal(roots.filter((n) => n.kind === 'question').length, 4, "the deep dive's focus, asked as the interviewer's questions");
    const event = await overrun;
    assert.equal(event.phase, 'deep-dive');
    assert.ok((await workbench.practice.notices()).some((n) => /^Deep dive has run past its 0 min\. Move on/.test(n)));
    assert.ok((await workbench.practice.running())!.view.overrun);

    const record = (await act('stop'))!;
    assert.ok(record, 'stopping returns the saved record');
    assert.equal(record.endReason, 'stopped');
    assert.deepEqual(record.phases.map((p) => p.reached), [true, true, true, false]);
    assert.ok(record.phases[2].spentMs >= 1000, `the deep dive ran past its second (${record.phases[2].spentMs} ms)`);
    assert.equal(record.phases[3].spentMs, 0);
    assert.ok(record.score && record.score.total > 0, `the answer is scored (${record.score?.total})`);
    assert.equal(record.checklist.considered, 10);
    assert.ok(record.snapshot?.includes('recommendation engine first'), 'the snapshot holds the answer');
    assert.equal(editor.document.isDirty, false, 'the document is saved when the session ends');
    assert.equal(await workbench.practice.running(), undefined);
    assert.equal(await workbench.practice.persisted(), undefined, 'an ended session is no longer kept');
    assert.equal(workbench.checklist.treeChildren().filter((n) => n.kind === 'item').length, 10, 'the checklist view shows every item again');

    // The record in global storage.
    const stored = JSON.parse(decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(await workbench.practice.historyFolder(), `${session.id}.json`))));
    assert.equal(stored.version, 2);
    assert.equal(stored.id, session.id);
    assert.equal(stored.score.total, record.score.total);

    // What the report view shows.
    const view = (await workbench.practice.reportData())!;
    assert.ok(view, 'the report opens');
    assert.equal(view.documentExists, true);
    assert.equal(view.report.total, record.score.total);
    assert.deepEqual(view.report.criteria.map((c) => c.id), ['boundaries', 'extract-first', 'shared-data', 'infrastructure']);
    assert.deepEqual(view.report.phases.map((p) => p.verdict).slice(3), ['skipped']);
    assert.ok(view.report.improvements.length >= 1 && view.report.improvements.length <= 3);
    const savedLines = record.snapshot!.split('\n');
    for (const link of view.report.improvements.flatMap((i) => i.links)) assert.equal(savedLines[link.line - 1].trim(), link.text.trim(), `line ${link.line} is the evidence`);
    assert.ok(view.report.modelAnswer.length > 0);
    assert.equal(view.report.coverage.considered, 10);

    // History tree: the session under its month, with its score.
    const months = await workbench.practice.historyChildren();
    const sessions = (await Promise.all(months.map((m) => workbench.practice.historyChildren(m)))).flat();
    const item = sessions.find((s) => s.kind === 'session' && s.item.id === session.id);
    assert.ok(item && item.kind === 'session' && item.item.description === `${record.score.total}/100`);

    // Export: the Markdown report, linking to the session document.
    const target = vscode.Uri.joinPath(folder, 'exported-report.md');
    await vscode.commands.executeCommand(Commands.exportSessionReport, { id: session.id, target });
    const exported = decode(await vscode.workspace.fs.readFile(target));
    assert.match(exported, /^# Mock interview: /);
    assert.ok(exported.includes(`**Score ${record.score.total}/100**`));
    assert.ok(exported.includes(`](ecommerce-migration-${session.id}.md#L`) || !view.report.improvements.some((i) => i.links.length), 'evidence links point into the session document');
  });

  it('moves a corrupt history file aside and says so', async () => {
    const workbench = await api();
    const history = await workbench.practice.historyFolder();
    await vscode.workspace.fs.createDirectory(history);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(history, '20200101-000000-bad1.json'), new TextEncoder().encode('{ "version": 2, "id": '));
    await vscode.commands.executeCommand(Commands.showProgress);
    const dashboard = (await workbench.practice.dashboardData())!;
    assert.ok(dashboard, 'the dashboard opens');
    assert.equal(dashboard.problems.length, 1);
    assert.match(dashboard.problems[0], /20200101-000000-bad1\.json could not be read because it is not valid JSON.*moved aside to 20200101-000000-bad1\.json\.corrupt-/);
    assert.ok((await workbench.practice.notices()).some((n) => n === dashboard.problems[0]), 'a warning names the file');
    const names = (await vscode.workspace.fs.readDirectory(history)).map(([n]) => n);
    assert.ok(!names.includes('20200101-000000-bad1.json'));
    assert.ok(names.some((n) => n.startsWith('20200101-000000-bad1.json.corrupt-')), 'nothing is deleted');
    assert.ok(dashboard.sessions >= 1 && dashboard.charts.some((c) => c.id === 'score' && c.svg.startsWith('<svg')), 'the other sessions still chart');
  });

  it('restores a running session after a reload, and ends one whose time ran out meanwhile', async () => {
    const workbench = await api();
    const session = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'recommended', seconds: [60, 60, 60, 60], folder: fixture(FOLDER) });
    await act('next');
    const saved = (await kept(workbench))[session.id];
    assert.equal(saved.timer.phase, 1);

    // A reload: the window forgets the session and gets it back from the global state (here as an older
    // version kept it: one session rather than a map, which becomes the map of that session).
    const restored = practiceEvent(workbench, (e) => (e.type === 'restored' ? e.session : undefined), () => workbench.practice.restore(saved));
    assert.equal(await restored, session.id);
    const back = (await workbench.practice.running())!;
    assert.equal(back.session.id, session.id);
    assert.equal(back.view.phase, 'high-level');
    assert.ok(back.view.elapsedMs >= Date.now() - saved.timer.startedAt - 1000 - saved.timer.pausedMs, 'time kept running while the window was gone');

    // Back after a long sleep: the 4 minutes are over, so the session ends as time-up and is recorded.
    const tenMinutesAgo = Date.now() - 10 * 60_000;
    assert.deepEqual(Object.keys(await kept(workbench)), [session.id]);
    const slept: RunningSession = { ...saved, timer: { ...saved.timer, startedAt: tenMinutesAgo, since: tenMinutesAgo, spentMs: saved.timer.spentMs.map(() => 0) } };
    const ended = practiceEvent(workbench, (e) => (e.type === 'ended' ? e.record : undefined), () => workbench.practice.restore(slept));
    const record = await ended;
    assert.equal(record.id, session.id);
    assert.equal(record.endReason, 'time-up');
    assert.equal(record.minutes, 4);
    assert.equal(record.phases[1].spentMs, 4 * 60_000, 'the phase it was in takes the time that ran out');
    assert.deepEqual(record.phases.map((p) => p.reached), [true, true, false, false]);
    assert.equal(await workbench.practice.running(), undefined);
    assert.equal((await workbench.practice.reportData())?.report.id, session.id);

    // A damaged state is dropped with a message, never half-restored.
    await workbench.practice.restore({ version: 1, id: 'nope' });
    assert.equal(await workbench.practice.running(), undefined);
    assert.equal(await workbench.practice.persisted(), undefined);
    assert.ok((await workbench.practice.notices()).length > 0);
  });

  it("keeps each window's session under its own id and leaves other windows' sessions alone", async () => {
    const workbench = await api();
    const session = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'ecommerce-migration', seconds: [60, 60, 60, 60], folder: fixture(FOLDER) });
    const mine = (await kept(workbench))[session.id];
    // Another window's session: its document is in no folder of this window.
    const other: RunningSession = { ...mine, id: '20200101-000000-othr', document: vscode.Uri.file('/elsewhere/other-window/session.md').toString() };

    // A reload with both kept: this window takes back its own session only, and both stay kept.
    await workbench.practice.restore({ [session.id]: mine, [other.id]: other });
    assert.equal((await workbench.practice.running())?.session.id, session.id);
    assert.deepEqual(Object.keys(await kept(workbench)).sort(), [other.id, session.id].sort());
    await workbench.practice.restore({ [other.id]: other });
    assert.equal((await workbench.practice.running())?.session.id, session.id, "another window's session does not replace this one");

    // Ending this window's session forgets only its own entry.
    const record = (await act('stop'))!;
    assert.equal(record.id, session.id);
    assert.deepEqual(await kept(workbench), { [other.id]: other }, "the other window's session is still kept");

    // Clean up: a damaged entry is dropped, and with it the last one.
    await workbench.practice.restore({ [other.id]: { ...other, version: 2 } });
    assert.equal(await workbench.practice.persisted(), undefined);
  });

  it('saves a kept session that had ended before its record was saved, and can start again', async () => {
    const workbench = await api();
    const session = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'ecommerce-migration', seconds: [60, 60, 60, 60], folder: fixture(FOLDER) });
    const mine = (await kept(workbench))[session.id];
    // The window closed after the end was kept but before the record was written.
    const ended: RunningSession = { ...mine, timer: stop(mine.timer, Date.now()).state };
    const record = await practiceEvent(workbench, (e) => (e.type === 'ended' ? e.record : undefined), () => workbench.practice.restore({ [session.id]: ended }));
    assert.equal(record.id, session.id);
    assert.equal(record.endReason, 'stopped');
    assert.equal(await workbench.practice.running(), undefined);
    assert.equal(await workbench.practice.persisted(), undefined, 'forgotten once the record is saved');

    const again = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'ecommerce-migration', seconds: [60, 60, 60, 60], folder: fixture(FOLDER) });
    assert.notEqual(again.id, session.id, 'a new session starts');
    await act('stop');

    // An export that cannot be written says so, naming the file, instead of failing silently.
    const target = vscode.Uri.joinPath(vscode.Uri.parse(again.document), 'report.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.exportSessionReport, { id: session.id, target });
    assert.equal(written, undefined);
    assert.ok((await workbench.practice.notices()).some((n) => n.startsWith(`the session report could not be written to ${target.fsPath}: `)), 'an error names the file and the reason');
  });

  it('catches up with the end after a sleep, before the deadline timer fires', async () => {
    const workbench = await api();
    const session = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'ecommerce-migration', seconds: [60, 60, 60, 60], folder: fixture(FOLDER) });
    // A sleep: the wall clock jumps 10 minutes on while the 4-minute session's deadline timer is still a minute away.
    const realNow = Date.now;
    const jump = 10 * 60_000;
    Date.now = () => realNow() + jump;
    try {
      const record = await practiceEvent(workbench, (e) => (e.type === 'ended' ? e.record : undefined), async () => undefined, 5_000);
      assert.equal(record.id, session.id);
      assert.equal(record.endReason, 'time-up');
      assert.equal(record.phases[0].spentMs, 4 * 60_000, 'the phase it was in takes the time that ran out');
    } finally {
      Date.now = realNow;
    }
    assert.equal(await workbench.practice.running(), undefined);
  });

  it("checks the session with the workspace's checklist packs and the user's disabled items, as the editor does", async () => {
    const root = vscode.workspace.workspaceFolders![0].uri;
    const packs = vscode.Uri.joinPath(root, '.design-workbench', 'checklists');
    const config = vscode.workspace.getConfiguration('designWorkbench.checklist');
    try {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(packs, 'team.yaml'), new TextEncoder().encode(TEAM_PACK));
      await config.update('severity', { security: 'off' }, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand(Commands.reloadPacks);
      await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'ecommerce-migration', seconds: [30, 30, 30, 30], folder: fixture(FOLDER) });
      const record = (await act('stop'))!;
      const ids = record.checklist.items.map((i) => i.id);
      assert.ok(ids.includes('idempotency-keys'), `the team's pack item is in the session's checklist (got ${ids.join(', ')})`);
      assert.ok(!ids.includes('security'), 'the item switched off in the settings is left out');
      assert.equal(record.checklist.considered, ids.length);
    } finally {
      await config.update('severity', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(packs, { recursive: true });
      await vscode.commands.executeCommand(Commands.reloadPacks);
    }
  });

  it('refuses a malformed hook argument with what it expected', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand(Commands.startMockInterview, { challenge: 'ecommerce-migration', seconds: [1, 2] })),
      /startMockInterview: expected \{ challenge.*seconds/,
    );
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand(Commands.startMockInterview, { challenge: 'no-such-challenge' })), /unknown challenge 'no-such-challenge'/);
  });
});

describe('mock interviews: exam mode, challenge scope and follow-ups', () => {
  afterEach(endSessionAndCloseEditors);

  it('gives the session document no checklist findings while it runs, only what the challenge asks at the end', async () => {
    const workbench = await api();
    const session = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'stay-modular-monolith', seconds: [60, 60, 60, 60], folder: fixture(FOLDER) });
    const document = vscode.Uri.parse(session.document);
    await until(() => workbench.checklist.latest(document) !== undefined, [workbench.checklist.onDidCheck], 'the session document to be checked');
    assert.deepEqual(ours(document), [], 'no checklist findings in the Problems panel while the interview runs');
    const roots = workbench.checklist.treeChildren();
    assert.ok(roots.some((n) => n.kind === 'empty' && /hidden until the interview ends/.test(n.message)));
    assert.deepEqual(roots.filter((n) => n.kind === 'item' || n.kind === 'antipatterns'), [], 'no verdicts in the Checklist view');
    const headingLine = vscode.window.activeTextEditor!.document.getText().split('\n').findIndex((l) => l.startsWith('### '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document, new vscode.Position(headingLine, 5));
    assert.ok(!hovers.some((h) => h.contents.some((c) => /A strong answer/.test(typeof c === 'string' ? c : c.value))), 'no checklist hover');

    let stopped: Thenable<SessionRecord | undefined> | undefined;
    const found = await diagnosticsAfter(document, () => (stopped = act('stop')));
    const record = await stopped;
    assert.ok(found.length > 0, 'the findings come back when the interview ends');
    const codes = found.map(codeOf);
    for (const id of ['service-discovery', 'api-gateway']) assert.ok(!codes.includes(id), `${id} is out of scope for this challenge`);
    assert.equal(record!.checklist.considered, 5, 'coverage counts only what the challenge asks');
    assert.equal(record!.checklist.items.find((i) => i.id === 'api-gateway')?.status, 'out-of-scope');
  });

  it('asks follow-ups at the deep dive, in the document and as a notification, and credits the answer in the report', async () => {
    const workbench = await api();
    const session = await vscode.commands.executeCommand<RunningSession>(Commands.startMockInterview, { challenge: 'travel-booking-saga', seconds: [60, 60, 60, 60], folder: fixture(FOLDER) });
    await act('next');
    const asked = await practiceEvent(workbench, (e) => (e.type === 'follow-ups' && e.session === session.id ? e : undefined), () => act('next'));
    assert.equal(asked.phase, 'deep-dive');
    assert.ok(asked.asked.includes('double-rooms') && asked.asked.includes('car-partner-down'), asked.asked.join(', '));
    const editor = vscode.window.activeTextEditor!;
    const lines = editor.document.getText().split('\n');
    const heading = lines.indexOf('### Follow-up: Two hotel rooms');
    const deepDive = lines.findIndex((l) => l.startsWith('## Deep dive'));
    const wrapUp = lines.findIndex((l) => l.startsWith('## Wrap-up'));
    assert.ok(heading > deepDive && heading < wrapUp, 'inserted under the deep dive');
    assert.ok((await workbench.practice.notices()).some((n) => /^Follow-up: How do you make sure a retried request never books a second hotel room\?/.test(n)));

    const answer = 'Every booking request and every saga step carries an idempotency key, so a retried hotel request returns the room already booked instead of a second one, because the app retried last month.';
    await editor.edit((b) => b.insert(new vscode.Position(heading + 3, 0), `${answer}\n\n`));
    const record = (await act('stop'))!;
    const credit = record.followUps?.find((f) => f.id === 'double-rooms');
    assert.ok(credit && credit.points > 0, `the answer earns points for its criterion (${credit?.points})`);
    assert.ok(credit.evidence.some((e) => e.text.includes('idempotency key')));
    const report = (await workbench.practice.reportData())!.report;
    const shown = report.followUps.find((f) => f.title === 'Two hotel rooms');
    assert.ok(shown && shown.points === credit.points && shown.evidence.length > 0, 'the report lists the follow-up with its evidence and points');
    assert.ok(report.followUps.some((f) => f.title === 'The car partner is down' && f.points === 0), 'an unanswered curveball earns nothing');
    assert.deepEqual(record.timeline?.find((e) => e.section === 'Follow-up: Two hotel rooms'), { section: 'Follow-up: Two hotel rooms', planned: 'deep-dive', started: 'deep-dive' }, 'the timeline dates the answer');
    assert.ok(record.timeline?.some((e) => e.started === undefined), 'sections never written in are on the timeline');
  });
});
