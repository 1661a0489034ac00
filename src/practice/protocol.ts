// The messages between the extension and the practice views (the session report and the progress
// dashboard), both ways, as zod schemas. Pure: the extension and the webview scripts both import it,
// and each side parses what it receives.
import * as z from 'zod/mini';
import { PHASE_IDS } from './phases';
import { END_REASONS } from './timer';
import { lineNumber } from '../shared/webview/protocol';

const line = lineNumber;
const text = z.string();
const ITEM_STATUSES = ['covered', 'weak', 'missing', 'out-of-scope'] as const;

export const sessionReportSchema = z.object({
  id: text,
  challenge: z.object({ id: text, title: text }),
  startedAt: text,
  endedAt: text,
  endReason: z.enum(END_REASONS),
  minutes: z.number(),
  document: z.optional(text),
  total: z.optional(z.number()),
  criteria: z.array(z.object({ id: text, title: text, score: z.number(), max: z.number(), percent: z.number(), feedback: text, missing: z.array(text) })),
  coverage: z.object({
    score: z.number(),
    covered: z.number(),
    considered: z.number(),
    items: z.array(z.object({ id: text, title: text, status: z.enum(ITEM_STATUSES) })),
  }),
  phases: z.array(
    z.object({ id: z.enum(PHASE_IDS), title: text, plannedMs: z.number(), spentMs: z.number(), deltaMs: z.number(), verdict: z.enum(['on-plan', 'over', 'under', 'skipped']) }),
  ),
  improvements: z.array(
    z.object({
      title: text,
      detail: text,
      criterion: z.optional(text),
      topics: z.array(text),
      pointsLost: z.number(),
      weight: z.number(),
      value: z.number(),
      links: z.array(z.object({ line: line(), text, kind: z.enum(['pitfall', 'partial']), note: text })),
    }),
  ),
  modelAnswer: z.array(z.object({ criterion: text, title: text, points: z.array(text) })),
  timeline: z.object({ sections: z.array(z.object({ section: text, planned: text, started: text })), notes: z.array(text) }),
  followUps: z.array(
    z.object({ title: text, question: text, phase: text, criterion: text, points: z.number(), evidence: z.array(z.object({ line: z.number(), text, concept: text })) }),
  ),
});

export const reportViewDataSchema = z.object({
  report: sessionReportSchema,
  /** The session document as shown (workspace-relative path or file name). */
  documentName: text,
  /** False when the session document is gone: the lines then open in its snapshot. */
  documentExists: z.boolean(),
});
export type ReportViewData = z.output<typeof reportViewDataSchema>;

export const toReportViewSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('report/show'), data: reportViewDataSchema })]);
export type ToReportView = z.output<typeof toReportViewSchema>;

export const fromReportViewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view/ready') }),
  z.object({ type: z.literal('source/reveal'), line: line() }),
  z.object({ type: z.literal('report/export') }),
  z.object({ type: z.literal('progress/show') }),
]);
export type FromReportView = z.output<typeof fromReportViewSchema>;

/** Most characters of one chart's SVG: the charts of a long history stay far below it. */
const MAX_SVG = 512 * 1024;

export const dashboardViewDataSchema = z.object({
  sessions: z.number(),
  weakest: z.array(text),
  habits: z.array(text),
  /** Spaced practice: each scheduled topic and when it is due. */
  schedule: z.array(text),
  /** Each chart's SVG is our own output (src/practice/charts.ts escapes every text in it). */
  charts: z.array(z.object({ id: text, title: text, svg: z.string().check(z.maxLength(MAX_SVG)) })),
  /** The latest sessions, newest first: id, label ("2026-11-26 Checkout migration") and score text. */
  recent: z.array(z.object({ id: text, label: text, description: text })),
  /** History files that could not be read (already reported in a notification). */
  problems: z.array(text),
});
export type DashboardViewData = z.output<typeof dashboardViewDataSchema>;

export const toDashboardViewSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('dashboard/show'), data: dashboardViewDataSchema })]);
export type ToDashboardView = z.output<typeof toDashboardViewSchema>;

export const fromDashboardViewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('view/ready') }),
  // The session id's pattern (record.ts SESSION_ID), repeated so that the page does not bundle the record module.
  z.object({ type: z.literal('session/open'), id: z.string().check(z.regex(/^[0-9]{8}-[0-9]{6}-[a-z0-9]{4,12}$/)) }),
  z.object({ type: z.literal('practice/start') }),
]);
export type FromDashboardView = z.output<typeof fromDashboardViewSchema>;

/** The pages, for the panels and the browser test: scripts and styles under dist/webview. */
export const REPORT_PAGE = { title: 'Session Report', scripts: ['practice-report.js'], styles: ['practice.css'], codicons: true, body: '<main id="root"></main>' } as const;
export const DASHBOARD_PAGE = { title: 'Practice Progress', scripts: ['practice-dashboard.js'], styles: ['practice.css'], codicons: true, body: '<main id="root"></main>' } as const;
