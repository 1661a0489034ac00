// View-models of the history for the VS Code side: the History tree and the Progress dashboard.
// Plain data, text and SVG, so the adapters only translate. Pure.
import { barChart, lineChart } from './charts';
import { formatDay, formatMinutes, plural } from './format';
import type { ProgressModel } from './progress';
import { chronological, type SessionRecord } from './record';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface HistoryItem {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
}

export interface HistoryGroup {
  readonly label: string;
  readonly sessions: readonly HistoryItem[];
}

/** Sessions by month, newest first. */
export function historyTree(records: readonly SessionRecord[]): readonly HistoryGroup[] {
  const groups = new Map<string, HistoryItem[]>();
  for (const r of chronological(records).reverse()) {
    const d = new Date(r.startedAt);
    const month = `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
    const score = r.score ? `${r.score.total}/100` : 'not scored';
    const spent = r.phases.reduce((s, p) => s + p.spentMs, 0);
    const item = {
      id: r.id,
      label: `${formatDay(r.startedAt)} ${r.challenge.title}`,
      description: score,
      tooltip: `${r.challenge.title}: ${score}, checklist ${r.checklist.score}/100, ${formatMinutes(spent)} of ${r.minutes} min`,
    };
    groups.set(month, [...(groups.get(month) ?? []), item]);
  }
  return [...groups].map(([label, sessions]) => ({ label, sessions }));
}

// ---------------------------------------------------------------------------------------------
// Progress dashboard.

export interface DashboardChart {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
}

export interface DashboardModel {
  readonly sessions: number;
  /** One line each: "Fault tolerance missed in 4 of the last 5 sessions". */
  readonly weakest: readonly string[];
  /** One line per phase: its share of your time against the plan. */
  readonly habits: readonly string[];
  readonly charts: readonly DashboardChart[];
}

const MAX_TOPIC_SERIES = 4;

export function dashboardModel(progress: ProgressModel): DashboardModel {
  const charts: DashboardChart[] = [];
  const add = (id: string, title: string, svg: string): void => void charts.push({ id, title, svg });
  const line = (id: string, title: string, description: string, series: Parameters<typeof lineChart>[0]['series']): void =>
    add(id, title, lineChart({ id, title, description, series, yMax: 100 }));

  line('score', 'Score over time', `Total score (0 to 100) and checklist coverage of ${plural(progress.total.length, 'scored session')}.`, [
    { name: 'Total score', points: progress.total.map((p) => ({ x: p.at, y: p.value, label: p.label })) },
    { name: 'Checklist coverage', points: progress.coverage.map((p) => ({ x: p.at, y: p.value, label: p.label })) },
  ]);

  // The weakest topics first, in their order; then the ones practised most.
  const rank = (id: string): number => {
    const i = progress.weakest.findIndex((w) => w.id === id);
    return i < 0 ? progress.weakest.length : i;
  };
  const topics = [...progress.topics].sort((a, b) => rank(a.id) - rank(b.id) || b.points.length - a.points.length).slice(0, MAX_TOPIC_SERIES);
  line('topics', 'Topics over time', `Percent of the points earned on ${topics.map((t) => t.title.toLowerCase()).join(', ')}, per session.`, topics.map((t) => ({ name: t.title, points: t.points.map((p) => ({ x: p.at, y: p.value, label: p.label })) })));

  // Criteria belong to one challenge: chart the one practised most.
  const byChallenge = new Map<string, ProgressModel['criteria'][number][]>();
  for (const c of progress.criteria) byChallenge.set(c.challenge, [...(byChallenge.get(c.challenge) ?? []), c]);
  const most = [...byChallenge.values()].sort((a, b) => Math.max(...b.map((c) => c.points.length)) - Math.max(...a.map((c) => c.points.length)))[0];
  if (most) {
    const title = `Criteria of ${most[0].challengeTitle}`;
    line('criteria', title, `Percent of each criterion's points in the sessions on ${most[0].challengeTitle}.`, most.map((c) => ({ name: c.title, points: c.points.map((p) => ({ x: p.at, y: p.value, label: p.label })) })));
  }

  const habits = progress.phases.filter((p) => p.sessions > 0);
  add(
    'phases',
    'Time per phase',
    barChart({
      id: 'phases',
      title: 'Time per phase',
      description: 'Mean share of the session planned for each phase against the share actually spent.',
      // Scaled to the largest share, not to 100 %: no phase takes half the session, and wider bars read better.
      groups: habits.map((p) => ({ label: p.title, values: [{ name: 'Planned', value: p.plannedShare }, { name: 'Spent', value: p.spentShare }] })),
      unit: '%',
    }),
  );

  return {
    sessions: progress.sessions,
    weakest: progress.weakest.map((w) => w.message),
    habits: habits.map((p) => `${p.title}: ${Math.round(p.spentShare)}% of your time against ${Math.round(p.plannedShare)}% planned; over plan in ${p.overranIn} of ${plural(p.sessions, 'session')}.`),
    charts,
  };
}
