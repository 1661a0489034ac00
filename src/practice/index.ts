// Practice sessions' public surface, for the VS Code adapters, the CLI and the tests. Pure: no `vscode`.
export type { ChallengeInfo, CriterionScore, EvidenceLine, PitfallFound, ScoreResult } from './contracts';
export { PHASES, PHASE_IDS, checklistFocus, phaseById, phaseTitle, type Phase, type PhaseId } from './phases';
export {
  DEFAULT_LENGTH,
  DEFAULT_SPLIT,
  SESSION_LENGTHS,
  SETTING_KEYS,
  planPhases,
  readPracticeSettings,
  type PlannedPhase,
  type PracticeSettings,
  type PracticeSettingsProblem,
  type SessionLength,
} from './settings';
export {
  nextPhase,
  observe,
  pause,
  phaseTimes,
  resume,
  startTimer,
  stop,
  timerStateSchema,
  timerView,
  type EndReason,
  type PhaseTime,
  type TimerEvent,
  type TimerState,
  type TimerView,
  type Transition,
} from './timer';
export { DEFAULT_HINTS, HIDDEN_MESSAGE, HINT_MODES, examView, interviewerQuestions, phaseSummary, type ExamView, type HintMode } from './exam';
export { buildTimeline, timelineNotes, type PhaseSnapshot, type TimelineEntry } from './timeline';
export { restoreSession, runningSessionSchema, type RestoredSession, type RunningSession } from './session';
export { SESSION_KEYS, scaffoldSession, type ScaffoldInput, type ScaffoldResult } from './scaffold';
export {
  RECORD_VERSION,
  SESSION_ID,
  buildRecord,
  chronological,
  newSessionId,
  parseRecord,
  recordSchema,
  topicTitle,
  type ChallengeLookup,
  type ParsedRecord,
  type RecordInput,
  type SessionRecord,
} from './record';
export { HistoryStore, problemMessage, type HistoryFs, type HistoryLoad, type HistoryProblem } from './history';
export { buildReport, phaseVerdict, reportMarkdown, type Improvement, type ReportLink, type SessionReport } from './report';
export { progressModel, topicOutcomes, type ProgressModel, type TopicOutcome, type WeakTopic } from './progress';
export { GOOD, POOR, REVIEW_DAYS, dueTopics, scheduleLines, spacedSchedule, type ScheduledTopic } from './spaced';
export { pickRandom, recommend, topicWeakness, type Recommendation, type RecommendOptions } from './recommend';
export { CHART_CSS, barChart, lineChart, type BarChartOptions, type LineChartOptions } from './charts';
export { endNotice, noticeApplies, overrunNotice, phaseNotice, sessionActions, statusBarModel, type SessionAction, type StatusBarModel } from './status';
export { dashboardModel, historyTree, type DashboardModel, type HistoryGroup } from './dashboard';
