// A report as a flat list of findings, each at its line, with the severity the settings give it: what the
// Problems panel and the CLI's CI formats both show. Pure: no `vscode` import.
import type { DesignDocument } from '../shared/document';
import type { ChecklistReport, ItemResult } from './engine';
import { itemLine } from './lines';
import { DEFAULT_SETTINGS, type ChecklistSettings, type Severity } from './settings';
import { midSentence } from '../shared/words';

export type FindingSeverity = Exclude<Severity, 'off'>;
export type FindingKind = 'missing' | 'weak' | 'antipattern';

export interface Finding {
  /** The item or anti-pattern id: stable across versions, the rule id of every CI format. */
  readonly ruleId: string;
  readonly kind: FindingKind;
  readonly title: string;
  /** 1-based line, within the document. */
  readonly line: number;
  /** 1-based columns of the line's first non-blank character and just past its end. */
  readonly column: number;
  readonly endColumn: number;
  readonly message: string;
  /** The sentence the finding rests on; empty for a missing item. */
  readonly evidence: string;
  readonly severity: FindingSeverity;
  readonly docs: string;
}

export function itemMessage(item: ItemResult): string {
  return item.status === 'weak'
    ? `${item.title} is mentioned but nothing is decided. ${item.question}`
    : `No decision on ${midSentence(item.title)}. ${item.question}`;
}

/** A weak item is one step milder than a missing one. */
const MILDER: Record<FindingSeverity, FindingSeverity> = { error: 'warning', warning: 'information', information: 'hint', hint: 'hint' };

/** Missing and weak items, then every instance of each anti-pattern, in report order; findings switched off by the settings are left out. */
export function findingsOf(
  doc: DesignDocument,
  report: ChecklistReport,
  settings: Pick<ChecklistSettings, 'severity' | 'antiPatternSeverity'> = DEFAULT_SETTINGS,
): Finding[] {
  const findings: Finding[] = [];
  const at = (oneBasedLine: number): Pick<Finding, 'line' | 'column' | 'endColumn'> => {
    const index = Math.min(Math.max(oneBasedLine - 1, 0), Math.max(doc.lines.length - 1, 0));
    const text = doc.lines[index] ?? '';
    return { line: index + 1, column: text.length - text.trimStart().length + 1, endColumn: text.length + 1 };
  };
  for (const item of report.items) {
    if (item.status !== 'missing' && item.status !== 'weak') continue;
    const configured = settings.severity[item.id] ?? 'warning';
    if (configured === 'off') continue;
    const line = itemLine(doc, item);
    findings.push({
      ruleId: item.id,
      kind: item.status,
      title: item.title,
      ...at(line),
      message: itemMessage(item),
      evidence: item.status === 'weak' ? (item.evidence[0]?.text ?? '') : '',
      severity: item.status === 'missing' ? configured : MILDER[configured],
      docs: item.docs,
    });
  }
  // Every instance at its own line, so that each place can be read, fixed or suppressed where it stands.
  for (const a of report.antipatterns) {
    const configured = settings.severity[a.id] ?? settings.antiPatternSeverity;
    if (configured === 'off') continue;
    for (const instance of a.instances) {
      findings.push({
        ruleId: a.id,
        kind: 'antipattern',
        title: a.title,
        ...at(instance.line),
        message: `Anti-pattern — ${a.title}: ${a.problem}`,
        evidence: instance.text,
        severity: configured,
        docs: a.docs,
      });
    }
  }
  return findings;
}

/**
 * A finding's sentence as its fingerprint reads it (baselines, SARIF): case, spacing, Unicode forms, Markdown
 * emphasis and code marks and a final punctuation mark do not change what a sentence says.
 */
export function normalizeEvidence(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[`*_~]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;:,!?]$/, '')
    .trimEnd();
}
