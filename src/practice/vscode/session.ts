// A mock interview in VS Code: starts a session (challenge, length, session document), keeps the timer in the
// status bar and in the global state across reloads, announces phases and overruns, and ends it with a record
// (finish.ts) and its report (report.ts). History, export and the dashboard have modules of their own.
// Loaded on first use from the lazy bundle, or after activation when a session is running.
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import type { ChecklistReport } from '../../checklist/engine';
import type { ChecklistFocus } from '../../checklist/settings';
import type { RubricCatalog } from '../../scoring/catalog';
import type { ScoreResult } from '../../scoring/types';
import type { DesignDocument } from '../../shared/document';
import { errorText, Refusal } from '../../shared/errors';
import { Commands, CONFIG_SECTION, RUNNING_SESSION_KEY } from '../../shared/ids';
import { freeFileNameAsync } from '../../templates/render';
import { exists, targetFolder, templateSetup, writeNewFile } from '../../templates/vscode/commands';
import {
  checklistFocus,
  endNotice,
  examView,
  HIDDEN_MESSAGE,
  interviewerQuestions,
  phaseSummary,
  newSessionId,
  noticeApplies,
  nextPhase,
  observe,
  overrunNotice,
  pause,
  PHASE_IDS,
  phaseNotice,
  phaseTitle,
  pickRandom,
  planPhases,
  readPracticeSettings,
  recommend,
  restoreSession,
  resume,
  scaffoldSession,
  sessionActions,
  SETTING_KEYS,
  startTimer,
  statusBarModel,
  stop,
  timerView,
  type ChallengeInfo,
  type PhaseId,
  type PlannedPhase,
  type RunningSession,
  type SessionAction,
  type SessionRecord,
  type TimerEvent,
  type TimerView,
  type Transition,
} from '../index';
import type { DashboardViewData, ReportViewData } from '../protocol';
import { FOLLOW_UP_PHASES, followUpAnswerLine, followUpBlock, followUpInsertion, followUpsFor, selectFollowUps, type FollowUpPhase } from '../followups/index';
import { ProgressDashboard } from './dashboard';
import { exportSessionReport } from './export';
import { saveSessionRecord } from './finish';
import { PracticeHistory } from './history';
import { parseHook } from './hooks';
import { pickChallenge, pickLength } from './prompts';
import { SessionReports } from './report';
import type { HistoryNode } from './views';

export type { HistoryNode } from './views';

const RUNNING_CONTEXT = 'designWorkbench.practice.running';
const SETTINGS = `${CONFIG_SECTION}.practice`;
const TEMPLATE_ID = 'explain-it';
/** Notices kept for the tests' view of what the user was shown. */
const MAX_NOTICES = 50;

/** What a practice event tells the rest of the extension (and the integration tests). */
export type PracticeEvent =
  | { readonly type: 'timer'; readonly session: string; readonly events: readonly TimerEvent[] }
  | { readonly type: 'ended'; readonly record: SessionRecord }
  | { readonly type: 'restored'; readonly session: string }
  | { readonly type: 'follow-ups'; readonly session: string; readonly phase: PhaseId; readonly asked: readonly string[] };

export interface PracticeDeps {
  readonly context: vscode.ExtensionContext;
  /** The rubric catalog with the workspace's own rubrics (the scoring module reads them). */
  rubricCatalog(): Promise<RubricCatalog>;
  /** The checklist's verdict on a text, with the workspace's packs and the user's settings, as in the editor. */
  checkText(text: string): Promise<{ readonly doc: DesignDocument; readonly report: ChecklistReport }>;
  /** The score of a text against a challenge of the catalog (the workspace's rubrics included); undefined when it is not there. */
  scoreText(text: string, challenge: string): Promise<ScoreResult | undefined>;
  setChecklistFocus(focus: ChecklistFocus | undefined): void;
  historyChanged(): void;
  fire(event: PracticeEvent): void;
  log(line: string): void;
}

// ---------------------------------------------------------------------------------------------
// The test hooks: argument objects instead of prompts.

const startSchema = z.strictObject({
  /** A challenge id, or 'recommended' / 'random'. */
  challenge: z.string().check(z.minLength(1)),
  length: z.optional(z.union([z.literal(30), z.literal(45), z.literal(60)])),
  /** Seconds per phase instead of the plan, for short sessions in tests: one number per phase. */
  seconds: z.optional(z.array(z.number().check(z.positive())).check(z.length(PHASE_IDS.length))),
  folder: z.optional(z.custom<vscode.Uri>((v) => v instanceof vscode.Uri, 'must be a vscode.Uri')),
  seed: z.optional(z.number()),
});
const actionSchema = z.strictObject({ action: z.enum(['pause', 'resume', 'next', 'stop']) });



export class PracticeHost implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly status = vscode.window.createStatusBarItem('designWorkbench.practice', vscode.StatusBarAlignment.Left, 100);
  private readonly history: PracticeHistory;
  private readonly reports: SessionReports;
  private readonly dashboard: ProgressDashboard;
  private running: RunningSession | undefined;
  private display: ReturnType<typeof setInterval> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private focusedPhase: string | undefined;
  private readonly reportedSettings = new Set<string>();
  private readonly shownNotices: string[] = [];
  private disposed = false;

  constructor(private readonly deps: PracticeDeps) {
    this.history = new PracticeHistory(deps.context.globalStorageUri, (t) => this.notify(t), deps.log);
    this.reports = new SessionReports(deps.context.extensionUri, this.history, { exportReport: (arg) => this.exportReport(arg), showProgress: () => this.showProgress() }, deps.log);
    this.dashboard = new ProgressDashboard(deps.context.extensionUri, this.history, { openSessionReport: (id) => this.openSessionReport(id), start: () => this.start() }, deps.log);
    this.status.name = vscode.l10n.t('Mock Interview');
    this.status.command = Commands.mockInterviewActions;
    this.disposables.push(
      this.status,
      this.reports,
      this.dashboard,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SETTING_KEYS.hints)) return;
        // A new hints mode applies to the running session at once.
        this.focusedPhase = undefined;
        this.render();
      }),
    );
  }

  /** The running session and where its timer stands now. */
  current(): { readonly session: RunningSession; readonly view: TimerView } | undefined {
    return this.running && { session: this.running, view: timerView(this.running.timer, Date.now()) };
  }

  persisted(): unknown {
    return this.deps.context.globalState.get(RUNNING_SESSION_KEY);
  }

  notices(): readonly string[] {
    return [...this.shownNotices];
  }

  reportData(): ReportViewData | undefined {
    return this.reports.shown();
  }

  dashboardData(): DashboardViewData | undefined {
    return this.dashboard.shown();
  }

  // -------------------------------------------------------------------------------------------
  // Start.

  /** From the palette (no argument) or the test hook ({ challenge, length?, seconds?, folder?, seed? }). */
  async start(arg?: unknown): Promise<RunningSession | undefined> {
    const request = arg === undefined ? undefined : parseHook(Commands.startMockInterview, startSchema, arg, "{ challenge: id | 'recommended' | 'random', length?: 30 | 45 | 60, seconds?: number[4], folder?: Uri, seed?: number }");
    try {
      return await this.begin(request);
    } catch (e) {
      if (request) throw e;
      void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: {0}', e instanceof Refusal ? e.message : vscode.l10n.t('could not start the mock interview: {0}', errorText(e))));
      return undefined;
    }
  }

  private async begin(request: z.output<typeof startSchema> | undefined): Promise<RunningSession | undefined> {
    if (this.running) {
      if (request) throw new Refusal(`a mock interview is already running (${this.running.challenge.title}); stop it first`);
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: a mock interview on {0} is running. Finish or stop it before starting another.', this.running.challenge.title), vscode.l10n.t('Show Actions'));
      if (choice) await this.actions();
      return undefined;
    }
    const settings = this.settings();
    const catalog = (await this.deps.rubricCatalog()).rubrics.map((r) => r.rubric as ChallengeInfo);
    const { records } = await this.history.load();
    const now = Date.now();

    let challenge: ChallengeInfo | undefined;
    if (request) {
      challenge =
        request.challenge === 'recommended'
          ? recommend(catalog, records, now)?.challenge
          : request.challenge === 'random'
            ? pickRandom(catalog, records, now, request.seed ?? now)
            : catalog.find((c) => c.id === request.challenge);
      if (!challenge) throw new Refusal(`unknown challenge '${request.challenge}'. Challenges: ${catalog.map((c) => c.id).join(', ')}, recommended, random.`);
    } else {
      challenge = await pickChallenge(catalog, records, now);
      if (!challenge) return undefined;
    }
    const length = request ? (request.length ?? settings.length) : await pickLength(settings.length);
    if (length === undefined) return undefined;
    const plan: readonly PlannedPhase[] = request?.seconds ? PHASE_IDS.map((id, i) => ({ id, minutes: request.seconds![i] / 60 })) : planPhases(length, settings.split);

    const setup = await templateSetup();
    const template = setup.catalog.find(TEMPLATE_ID)?.template;
    if (!template) throw new Refusal(`the '${TEMPLATE_ID}' template is missing from the template catalog`);
    const id = newSessionId(now);
    const folderUri = request?.folder ?? (await targetFolder(undefined, setup.outputFolder)) ?? this.sessionsFolder();
    const scaffold = scaffoldSession({ sessionId: id, challenge, plan, template, now: () => new Date(now), workspace: vscode.workspace.getWorkspaceFolder(folderUri)?.name ?? vscode.workspace.name ?? '' });
    if (!scaffold.ok) throw new Refusal(`cannot fill in the '${TEMPLATE_ID}' template: ${scaffold.problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`);
    await vscode.workspace.fs.createDirectory(folderUri);
    const name = await freeFileNameAsync(scaffold.fileName, (candidate) => exists(vscode.Uri.joinPath(folderUri, candidate)));
    const document = vscode.Uri.joinPath(folderUri, name);
    await writeNewFile(document, new TextEncoder().encode(scaffold.text));
    await vscode.window.showTextDocument(document, { preview: false });

    const started = startTimer(plan, Date.now());
    this.running = { version: 1, id, challenge: { id: challenge.id, title: challenge.title }, document: document.toString(), timer: started.state };
    await this.apply(started);
    return this.running;
  }

  private settings(): ReturnType<typeof readPracticeSettings>['settings'] {
    const config = vscode.workspace.getConfiguration(SETTINGS);
    const { settings, problems } = readPracticeSettings({ length: config.get('length'), phaseSplit: config.get('phaseSplit'), hints: config.get('hints') });
    for (const p of problems) {
      const key = `${p.key}: ${p.message}`;
      if (this.reportedSettings.has(key)) continue;
      this.reportedSettings.add(key);
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: setting {0}: {1}', p.key, p.message), vscode.l10n.t('Open Settings')).then((c) => {
        if (c) void vscode.commands.executeCommand('workbench.action.openSettings', p.key);
      });
    }
    return settings;
  }

  // -------------------------------------------------------------------------------------------
  // While it runs: every transition is persisted, announced and rescheduled.

  /** The status bar's click menu (no argument), or the test hook ({ action }). Resolves with the record when the session ended. */
  async actions(arg?: unknown): Promise<SessionRecord | undefined> {
    const request = arg === undefined ? undefined : parseHook(Commands.mockInterviewActions, actionSchema, arg, "{ action: 'pause' | 'resume' | 'next' | 'stop' }");
    if (!this.running) {
      if (request) throw new Refusal('no mock interview is running');
      void vscode.window.showInformationMessage(vscode.l10n.t('Design Workbench: no mock interview is running. Start one with "Start Mock Interview".'));
      return undefined;
    }
    let action: SessionAction | undefined = request?.action;
    if (!action) {
      const view = timerView(this.running.timer, Date.now());
      const picked = await vscode.window.showQuickPick(
        sessionActions(view).map((a) => ({ label: a.label, detail: a.detail, action: a.action })),
        { title: vscode.l10n.t('Mock interview: {0}', this.running.challenge.title), placeHolder: statusBarModel(view).text.replace(/^\$\([^)]+\)\s*/, '') },
      );
      action = picked?.action;
    }
    return action ? this.act(action) : undefined;
  }

  private async act(action: SessionAction): Promise<SessionRecord | undefined> {
    if (!this.running) return undefined;
    const step = { pause, resume, next: nextPhase, stop }[action];
    return this.apply(step(this.running.timer, Date.now()));
  }

  private async tick(): Promise<void> {
    if (this.running && !this.disposed) await this.apply(observe(this.running.timer, Date.now()));
  }

  /** Resolves with the record when the transition ended the session. */
  private async apply(transition: Transition): Promise<SessionRecord | undefined> {
    const session = this.running;
    // An ended session is being finished already (a late timer or a second click): nothing more to do.
    if (!session || session.timer.status === 'ended') return undefined;
    const next = withSnapshots({ ...session, timer: transition.state }, transition.events);
    if (transition.state !== session.timer || transition.events.length) {
      this.running = next;
      await this.updateSaved((saved) => saved.set(next.id, next));
    }
    for (const e of transition.events) this.announce(next, e);
    if (transition.events.length) this.deps.fire({ type: 'timer', session: session.id, events: transition.events });
    if (transition.state.status === 'ended') return this.finish(next);
    this.schedule();
    this.render();
    return undefined;
  }

  private announce(session: RunningSession, e: TimerEvent): void {
    const count = session.timer.phases.length;
    if (e.type === 'phase-started') {
      if (e.index > 0 && examView(this.settings().hints, session.timer).phaseSummary) void this.summarise(session, session.timer.phases[e.index - 1].id);
      const notice = phaseNotice(e.phase, e.index, count, session.timer.phases[e.index].plannedMs);
      if (FOLLOW_UP_PHASES.includes(e.phase as FollowUpPhase)) void this.askFollowUps(session.id, e.phase);
      const questions = interviewerQuestions(e.phase);
      this.notify(`${notice.message} ${notice.prompts.length} prompts: ${notice.prompts.join(' ')}${questions.length ? ` The interviewer asks: ${questions.join(' ')}` : ''}`);
      void vscode.window.showInformationMessage(vscode.l10n.t('Mock interview: {0}', notice.message), vscode.l10n.t('Show Prompts')).then((c) => {
        if (c) void vscode.window.showQuickPick(notice.prompts.map((p) => ({ label: p })), { title: vscode.l10n.t('{0}: what the interviewer expects now', phaseTitle(e.phase)), canPickMany: false });
      });
    } else if (e.type === 'phase-overrun') {
      const last = e.index === count - 1;
      const message = overrunNotice(e.phase, e.plannedMs, last);
      this.notify(message);
      void vscode.window.showWarningMessage(vscode.l10n.t('Mock interview: {0}', message), last ? vscode.l10n.t('Finish') : vscode.l10n.t('Next Phase')).then((c) => {
        // A notice left open acts only on the session and phase it was about, never on a later phase.
        if (c && noticeApplies(this.running, session.id, e.index)) void this.act('next');
      });
    }
  }

  /**
   * The interviewer's follow-ups at the start of `phase`: chosen from the text so far (scored by the editor's scorer),
   * announced, and inserted under the phase's section of the session document, never over what the candidate wrote.
   */
  private async askFollowUps(sessionId: string, phase: PhaseId): Promise<void> {
    const session = this.running;
    if (!session || session.id !== sessionId) return;
    const list = followUpsFor(session.challenge.id);
    if (!list.length) return;
    try {
      const uri = vscode.Uri.parse(session.document);
      const document = await vscode.workspace.openTextDocument(uri);
      const score = await this.deps.scoreText(document.getText(), session.challenge.id);
      if (!score || this.running?.id !== sessionId) return;
      const picked = selectFollowUps(list, score, phase, this.running.followUps ?? []);
      if (!picked.length) return;
      // Read the text again right before the edit: the candidate may have typed while it was scored.
      const insertion = followUpInsertion(document.getText(), phase, picked.map(followUpBlock));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, document.positionAt(insertion.offset), insertion.text);
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the session document could not be edited');
      const running = this.running;
      if (running?.id !== sessionId) return;
      const next: RunningSession = { ...running, followUps: [...(running.followUps ?? []), ...picked.map((f) => ({ id: f.id, phase }))] };
      this.running = next;
      await this.updateSaved((saved) => saved.set(next.id, next));
      for (const f of picked) {
        const message = `Follow-up: ${f.question}`;
        this.notify(message);
        void vscode.window.showInformationMessage(vscode.l10n.t('Mock interview: {0}', message), vscode.l10n.t('Answer')).then((c) => {
          if (c) void this.goToAnswer(uri, f);
        });
      }
      this.deps.fire({ type: 'follow-ups', session: sessionId, phase, asked: picked.map((f) => f.id) });
    } catch (e) {
      this.deps.log(`mock interview ${sessionId}: no follow-ups: ${errorText(e)}`);
    }
  }

  /** Opens the session document with the cursor on the line where the candidate answers `f`. */
  private async goToAnswer(uri: vscode.Uri, f: { readonly title: string }): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    const line = followUpAnswerLine(document.getText(), f);
    if (line === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Mock interview: the heading "Follow-up: {0}" is no longer in {1}.', f.title, vscode.workspace.asRelativePath(uri)));
      return;
    }
    const at = new vscode.Position(line, document.lineAt(line).text.length);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: false });
  }

  /** `after-each-phase`: what the phase that just ended left open, from the checklist's verdict on the text so far. */
  private async summarise(session: RunningSession, phase: PhaseId): Promise<void> {
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(session.document));
      const { report } = await this.deps.checkText(document.getText());
      const message = phaseSummary(phase, report);
      this.notify(message);
      void vscode.window.showInformationMessage(vscode.l10n.t('Mock interview: {0}', message));
    } catch (e) {
      this.deps.log(`mock interview ${session.id}: no phase summary: ${errorText(e)}`);
    }
  }

  private notify(text: string): void {
    this.shownNotices.push(text);
    if (this.shownNotices.length > MAX_NOTICES) this.shownNotices.shift();
  }

  /** A timer at the next overrun or time-up; the 1 s interval only redraws the countdown. */
  private schedule(): void {
    if (this.disposed) return;
    if (this.deadline) clearTimeout(this.deadline);
    this.deadline = undefined;
    const session = this.running;
    const view = session && timerView(session.timer, Date.now());
    if (view?.nextDeadline !== undefined) {
      this.deadline = setTimeout(() => void this.tick(), Math.max(0, view.nextDeadline - Date.now()) + 25);
    }
    if (view?.status === 'running' && !this.display) {
      this.display = setInterval(() => this.render(), 1000);
    } else if (view?.status !== 'running' && this.display) {
      clearInterval(this.display);
      this.display = undefined;
    }
  }

  private render(): void {
    const session = this.running;
    if (!session || this.disposed) return;
    const now = Date.now();
    // After a sleep the deadline timer may fire late: catch up (an overrun, the end) as soon as the display notices.
    if (observe(session.timer, now).events.length) {
      void this.tick();
      return;
    }
    const view = timerView(session.timer, now);
    const model = statusBarModel(view);
    this.status.text = model.text;
    this.status.tooltip = model.tooltip;
    this.status.backgroundColor = model.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.status.show();
    void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, true);
    if (this.focusedPhase !== view.phase) {
      this.focusedPhase = view.phase;
      this.deps.setChecklistFocus(this.focusOf(session, view.phase));
    }
  }

  /** Exam mode hides every verdict on the session document and shows the phase's questions; otherwise the phase's focus items, if it has any. */
  private focusOf(session: RunningSession, phase: PhaseId): ChecklistFocus | undefined {
    if (!examView(this.settings().hints, session.timer).hints) {
      return { uri: session.document, items: new Set(), label: HIDDEN_MESSAGE, hidden: true, questions: interviewerQuestions(phase) };
    }
    const items = checklistFocus(phase);
    return items && { uri: session.document, items, label: `${phaseTitle(phase)}: the ${items.size} items that matter now` };
  }

  /** Stops showing the session without ending it (on dispose, or before a simulated reload). */
  private detach(): void {
    if (this.display) clearInterval(this.display);
    if (this.deadline) clearTimeout(this.deadline);
    this.display = this.deadline = undefined;
    this.running = undefined;
    this.focusedPhase = undefined;
    this.status.hide();
    this.deps.setChecklistFocus(undefined);
    void vscode.commands.executeCommand('setContext', RUNNING_CONTEXT, false);
  }

  // -------------------------------------------------------------------------------------------
  // Restore after a window reload (or a sleep): the timer is computed from timestamps, so catching
  // up is one `observe`; an overrun or the end that happened meanwhile is announced now.

  /**
   * Restores what the global state keeps (or `stored`, for tests, merged into it) that belongs to this window,
   * replacing what this window shows: an ended session whose record was not saved is finished now, and the
   * latest running one runs here again. The global state is shared by all windows, so sessions whose
   * documents are elsewhere are left to their own windows.
   */
  async restore(stored: unknown = this.persisted()): Promise<void> {
    const sessions: RunningSession[] = [];
    const damaged: string[] = [];
    for (const [key, value] of Object.entries(savedEntries(stored))) {
      const restored = restoreSession(value);
      if (restored.ok) {
        sessions.push(restored.session);
        continue;
      }
      damaged.push(key);
      this.deps.log(restored.message);
      const message = `${restored.message}. It was discarded; its document is kept.`;
      this.notify(message);
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: {0}', message));
    }
    await this.updateSaved((saved) => {
      for (const key of damaged) saved.delete(key);
      for (const s of sessions) saved.set(s.id, s);
    });
    const mine = sessions.filter((s) => this.owns(vscode.Uri.parse(s.document)));
    if (!mine.length) return;
    this.detach();
    // The window stopped after the end but before the record was saved: save it now.
    for (const s of mine) if (s.timer.status === 'ended') await this.finish(s);
    const [session] = mine.filter((s) => s.timer.status !== 'ended').sort((a, b) => b.timer.startedAt - a.timer.startedAt);
    if (!session) return;
    this.running = session;
    this.deps.fire({ type: 'restored', session: session.id });
    await this.apply(observe(session.timer, Date.now()));
  }

  /** Whether a session document belongs to this window: inside one of its folders, or, without folders, where sessions without a folder go. */
  private owns(document: vscode.Uri): boolean {
    if (vscode.workspace.workspaceFolders?.length) return vscode.workspace.getWorkspaceFolder(document) !== undefined;
    const sessions = this.sessionsFolder();
    return document.scheme === sessions.scheme && document.authority === sessions.authority && document.path.startsWith(`${sessions.path.replace(/\/$/, '')}/`);
  }

  private sessionsFolder(): vscode.Uri {
    return vscode.Uri.joinPath(this.deps.context.globalStorageUri, 'sessions');
  }

  /** Changes the kept sessions (a map by session id) as they are now, so that other windows' entries stay; damaged entries are dropped. */
  private async updateSaved(change: (saved: Map<string, RunningSession>) => void): Promise<void> {
    const saved = new Map<string, RunningSession>();
    for (const value of Object.values(savedEntries(this.persisted()))) {
      const restored = restoreSession(value);
      if (restored.ok) saved.set(restored.session.id, restored.session);
    }
    change(saved);
    await this.deps.context.globalState.update(RUNNING_SESSION_KEY, saved.size ? Object.fromEntries(saved) : undefined);
  }

  // -------------------------------------------------------------------------------------------
  // The end: snapshot, checklist, score, record, report.

  private async finish(session: RunningSession): Promise<SessionRecord | undefined> {
    this.detach();
    const reason = session.timer.endReason ?? 'stopped';
    this.notify(endNotice(reason));
    void vscode.window.showInformationMessage(vscode.l10n.t('Mock interview: {0}', endNotice(reason)));
    try {
      const record = await saveSessionRecord(session, this.history, this.deps);
      // Only now is the session safe to forget: until then a reload finishes it again.
      await this.updateSaved((saved) => saved.delete(session.id));
      this.deps.historyChanged();
      await this.reports.open(record);
      this.deps.fire({ type: 'ended', record });
      return record;
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: the mock interview could not be saved: {0}. It is kept, and saved again when this window reloads.', errorText(e)));
      this.deps.log(`mock interview ${session.id}: ${errorText(e)}`);
      return undefined;
    }
  }

  // -------------------------------------------------------------------------------------------
  // History, report, export, dashboard: their own modules.

  historyFolder(): vscode.Uri {
    return this.history.folder;
  }

  historyChildren(node?: HistoryNode): Promise<HistoryNode[]> {
    return this.history.children(node);
  }

  historyItem(node: HistoryNode): vscode.TreeItem {
    return this.history.item(node);
  }

  /** From the History tree (a session id). */
  openSessionReport(id: unknown): Promise<void> {
    return this.reports.openSessionReport(id);
  }

  /** The palette (the report shown, else a pick), the History tree's menu (a node), or the hook ({ id?, target? }). */
  exportReport(arg?: unknown): Promise<vscode.Uri | undefined> {
    return exportSessionReport(arg, { history: this.history, shown: () => this.reports.shownSession(), notify: (t) => this.notify(t) });
  }

  showProgress(): Promise<void> {
    return this.dashboard.show();
  }

  dispose(): void {
    // A running session is not ended: it stays in the global state and comes back after the reload.
    // A transition still being saved must not start the timers again.
    this.disposed = true;
    if (this.display) clearInterval(this.display);
    if (this.deadline) clearTimeout(this.deadline);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** At each phase change, the session document's text as the phase that ended left it (for the report's timeline). */
function withSnapshots(session: RunningSession, events: readonly TimerEvent[]): RunningSession {
  const changes = events.filter((e) => e.type === 'phase-started' && e.index > 0);
  if (!changes.length) return session;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === session.document);
  if (!open) return session;
  const text = open.getText();
  const taken = changes.map((e) => ({ phase: session.timer.phases[e.type === 'phase-started' ? e.index - 1 : 0].id, at: Date.now(), text }));
  return { ...session, snapshots: [...(session.snapshots ?? []), ...taken] };
}

/**
 * The kept sessions by key. An older version kept one session instead of a map of them: that value is the
 * map of its one session (a session id never reads `version`).
 */
function savedEntries(stored: unknown): Record<string, unknown> {
  if (stored === undefined) return {};
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored) || 'version' in stored) {
    const id = stored !== null && typeof stored === 'object' && 'id' in stored && typeof stored.id === 'string' ? stored.id : '';
    return { [id]: stored };
  }
  return stored as Record<string, unknown>;
}

