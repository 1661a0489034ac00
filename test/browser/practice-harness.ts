// What the practice views' browser test needs from the extension's side, built from the same code the extension
// runs: the report and dashboard pages with their CSP, the messages the panels send for a real scored session and
// a synthetic history of 20 sessions, and the check the panels apply to what the views post.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultEngine } from '../../src/checklist/engine';
import { buildRecord, buildReport, dashboardModel, historyTree, nextPhase, planPhases, progressModel, scheduleLines, spacedSchedule, startTimer, stop, type SessionRecord } from '../../src/practice/index';
import { syntheticHistory } from '../support/synthetic';
import { DASHBOARD_PAGE, REPORT_PAGE, fromDashboardViewSchema, fromReportViewSchema, type ToDashboardView, type ToReportView } from '../../src/practice/protocol';
import { builtinRubrics } from '../../src/scoring/catalog';
import { SCORE_PAGE, type ScoreViewData, type ToScoreView } from '../../src/scoring/protocol';
import { scoreAnswer } from '../../src/scoring/scorer';
import { parseDocument } from '../../src/shared/document';
import { pageHtml, type WebviewResources } from '../../src/shared/webview/html';
import { checkMessage } from '../../src/shared/webview/protocol';

const resources = (origin: string): WebviewResources => ({ cspSource: origin, resource: (path) => `${origin}/webview/${path}` });
const MINUTE = 60_000;

export function reportPage(origin: string): string {
  return pageHtml(resources(origin), REPORT_PAGE);
}

export function dashboardPage(origin: string): string {
  return pageHtml(resources(origin), DASHBOARD_PAGE);
}

/** Twenty sessions over two months; fault tolerance keeps being missed. */
export function history(): SessionRecord[] {
  return syntheticHistory({ catalog: builtinRubrics(), count: 20, seed: 42, start: Date.UTC(2026, 8, 1, 9), everyDays: 3, weakTopics: ['fault-tolerance'] });
}

export function dashboardMessage(records = history()): ToDashboardView {
  const model = dashboardModel(progressModel(records));
  const recent = historyTree(records).flatMap((g) => g.sessions).slice(0, 8).map((s) => ({ id: s.id, label: s.label, description: s.description }));
  const now = Math.max(...records.map((r) => Date.parse(r.endedAt))) + 86_400_000;
  const schedule = scheduleLines(spacedSchedule(records, now), now);
  return { type: 'dashboard/show', data: { ...(model as Omit<ToDashboardView['data'], 'recent' | 'problems' | 'schedule'>), schedule, recent, problems: [] } };
}

/** A real session: the integration workspace's e-commerce answer, checked and scored, with a phase that ran long. */
export function reportMessage(answerFile: string): ToReportView {
  const text = readFileSync(answerFile, 'utf8');
  const doc = parseDocument(text);
  const rubric = builtinRubrics().find((r) => r.id === 'ecommerce-migration')!;
  const start = Date.UTC(2026, 10, 26, 9);
  let timer = startTimer(planPhases(45), start).state;
  timer = nextPhase(timer, start + 11 * MINUTE).state;
  timer = nextPhase(timer, start + 27 * MINUTE).state;
  timer = nextPhase(timer, start + 41 * MINUTE).state;
  timer = stop(timer, start + 44 * MINUTE).state;
  const record = buildRecord({ id: '20261126-090000-demo01', challenge: { id: rubric.id, title: rubric.title }, timer, score: scoreAnswer(doc, rubric), checklist: defaultEngine().run(doc), snapshot: text, document: 'file:///workspace/answers/ecommerce-answer.md' });
  const report = buildReport(record, history());
  return { type: 'report/show', data: { report: report as ToReportView['data']['report'], documentName: 'answers/ecommerce-answer.md', documentExists: true } };
}

/** What the panels do with a message a view posted: parse it with the view's schema. */
export function receive(view: 'report' | 'dashboard', raw: unknown): { ok: boolean; error?: string } {
  const checked = view === 'report' ? checkMessage(fromReportViewSchema, raw) : checkMessage(fromDashboardViewSchema, raw);
  return checked.ok ? { ok: true } : { ok: false, error: checked.error };
}

export const ANSWER = join('test', 'integration', 'workspace', 'answers', 'ecommerce-answer.md');

/** The Answer Score panel's page, and what it shows for the e-commerce answer (the second opinion off). */
export function scorePage(origin: string): string {
  return pageHtml(resources(origin), SCORE_PAGE);
}

export function scoreMessage(answerFile: string): ToScoreView {
  const rubric = builtinRubrics().find((r) => r.id === 'ecommerce-migration')!;
  const result = scoreAnswer(parseDocument(readFileSync(answerFile, 'utf8')), rubric);
  return { type: 'score/show', data: { file: 'answers/ecommerce-answer.md', result: result as ScoreViewData['result'], stale: false, opinion: { state: 'off', message: 'A second opinion from a language model is off.' } } };
}
