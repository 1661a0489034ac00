// Quick-fix edits as data: where a missing item's section goes, and the out-of-scope marker.
// Pure: the VS Code adapter turns these into WorkspaceEdits. Text is only ever inserted.
import type { DesignDocument, Section } from '../shared/document';
import type { ChecklistReport } from './engine';

export interface Insertion {
  /** 0-based line before which the text is inserted (may equal the line count: the end). */
  readonly line: number;
  readonly text: string;
}

export const outOfScopeMarker = (id: string): string => `<!-- design-workbench: out-of-scope ${id} -->`;

/** The section heading that answers each item, by 0-based line, from the report. */
function sectionsByItem(doc: DesignDocument, report: ChecklistReport): Map<string, Section> {
  const byLine = new Map(doc.sections.map((s) => [s.line, s]));
  const out = new Map<string, Section>();
  for (const item of report.items) {
    const s = item.headingLine === undefined ? undefined : byLine.get(item.headingLine - 1);
    if (s) out.set(item.id, s);
  }
  return out;
}

/** Sets a skeleton's first heading to the level of its neighbours ("## X" -> "### X"). */
function atLevel(skeleton: string, level: number): string {
  return skeleton.replace(/^#{1,6}(?=\s)/, '#'.repeat(level));
}

function lastLine(doc: DesignDocument): number {
  // Trailing empty lines stay after the inserted text.
  let end = doc.lines.length;
  while (end > 0 && !doc.lines[end - 1].trim()) end--;
  return end;
}

/**
 * Where the section for `id` goes: after the section of the nearest preceding checklist item,
 * else before the nearest following one, else at the end of the document.
 */
export function sectionInsertion(doc: DesignDocument, report: ChecklistReport, id: string, skeleton: string): Insertion {
  const order = report.items.map((i) => i.id as string);
  const at = order.indexOf(id);
  const sections = sectionsByItem(doc, report);
  for (let i = at - 1; i >= 0; i--) {
    const s = sections.get(order[i]);
    if (s) return { line: endOfSection(doc, s), text: `\n${atLevel(skeleton, s.level).trimEnd()}\n` };
  }
  for (let i = at + 1; i < order.length; i++) {
    const s = sections.get(order[i]);
    if (s) return { line: s.line, text: `${atLevel(skeleton, s.level).trimEnd()}\n\n` };
  }
  const level = doc.sections.some((s) => s.level === 2) ? 2 : doc.sections.length ? Math.min(doc.sections[0].level + 1, 6) : 2;
  const end = lastLine(doc);
  return { line: end, text: `\n${atLevel(skeleton, level).trimEnd()}\n` };
}

function endOfSection(doc: DesignDocument, s: Section): number {
  let end = s.endLine + 1;
  while (end - 1 > s.line && !doc.lines[end - 1]?.trim()) end--;
  return end;
}

/** Every missing item's section, in checklist order; insertions at one line keep that order. */
export function allSectionInsertions(
  doc: DesignDocument,
  report: ChecklistReport,
  skeletonOf: (id: string) => string | undefined,
): { id: string; insertion: Insertion }[] {
  const out: { id: string; insertion: Insertion }[] = [];
  for (const item of report.items) {
    if (item.status !== 'missing' || item.headingLine !== undefined) continue;
    const skeleton = skeletonOf(item.id);
    if (skeleton) out.push({ id: item.id, insertion: sectionInsertion(doc, report, item.id, skeleton) });
  }
  return out;
}

/** The out-of-scope marker: under the item's heading if it has one, else after the title or front matter. */
export function outOfScopeInsertion(doc: DesignDocument, report: ChecklistReport, id: string): Insertion {
  const heading = report.items.find((i) => i.id === id)?.headingLine;
  if (heading !== undefined) return { line: heading, text: `${outOfScopeMarker(id)}\n` };
  const title = doc.sections[0];
  const after = title && title.level === 1 ? title.line + 1 : doc.frontMatter ? doc.frontMatter.endLine + 1 : 0;
  return { line: after, text: `${outOfScopeMarker(id)}\n` };
}

/** A suppression comment to insert, with a placeholder for its reason (the editor selects it). */
export interface SuppressionInsertion {
  /** 0-based line and character where the text goes. */
  readonly line: number;
  readonly character: number;
  readonly before: string;
  readonly placeholder: string;
  readonly after: string;
}

export const REASON_PLACEHOLDER = 'why this does not apply here';

/**
 * "Suppress on this line": a `disable-line` comment at the end of the finding's (1-based) line. At the end, not
 * on a line of its own above: a comment line would split a paragraph, a list or a table in two.
 */
export function lineSuppression(doc: DesignDocument, line: number, id: string): SuppressionInsertion {
  const at = Math.min(Math.max(line - 1, 0), Math.max(doc.lines.length - 1, 0));
  const text = doc.lines[at] ?? '';
  return { line: at, character: text.length, before: `${text.trim() ? ' ' : ''}<!-- design-workbench-disable-line ${id} -- `, placeholder: REASON_PLACEHOLDER, after: ' -->' };
}

/** "Suppress in this file": a `disable-file` comment on a line of its own, after the front matter. */
export function fileSuppression(doc: DesignDocument, id: string): SuppressionInsertion {
  const line = doc.frontMatter ? doc.frontMatter.endLine + 1 : 0;
  return { line, character: 0, before: `<!-- design-workbench-disable-file ${id} -- `, placeholder: REASON_PLACEHOLDER, after: ' -->\n' };
}
