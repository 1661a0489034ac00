// One document checked the way both the editor and the CLI check it: the engine (built-in items plus packs),
// the configuration's severities and out-of-scope items, and the inline suppressions. Pure: no `vscode` import.
import { frontMatterProblem, type DesignDocument, type LineProblem } from '../shared/document';
import type { FileProblem } from '../shared/yaml-schema';
import { builtinAntiPatterns } from './antipatterns';
import { ChecklistEngine, type ChecklistReport } from './engine';
import { findingsOf, type Finding } from './findings';
import { ANTIPATTERN_IDS, SUPPRESSION_RULE } from './ids';
import { builtinItems } from './items';
import { loadPacks } from './packs';
import type { DocumentConfig } from './config';
import { DEFAULT_SETTINGS, type ChecklistSettings, type Severity } from './settings';
import { parseSuppressions, suppressionOf, type SuppressionProblem } from './suppressions';

/** The engine for a set of pack files, with the problems found in them. */
export function engineWithPacks(files: readonly { file: string; text: string }[]): { engine: ChecklistEngine; problems: FileProblem[] } {
  const loaded = loadPacks(builtinItems, files);
  return { engine: new ChecklistEngine(loaded.items, builtinAntiPatterns), problems: loaded.problems };
}

/** Every id a configuration may name: the engine's items and the anti-patterns. */
export function knownIds(engine: ChecklistEngine): string[] {
  return [...engine.items.map((i) => i.id), ...ANTIPATTERN_IDS];
}

export type { Finding } from './findings';

export interface SuppressedFinding extends Finding {
  readonly reason: string | undefined;
}

export interface CheckResult {
  readonly doc: DesignDocument;
  /** The engine's report; suppressed findings are still in it (see `suppressed`). */
  readonly report: ChecklistReport;
  /** Findings to report, in report order. */
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  /** Suppression comments to fix, reported as findings of their own (`suppression`). */
  readonly suppressionProblems: readonly SuppressionProblem[];
  /** Invalid front matter, at its line: what it says (`out-of-scope:`, `challenge:`) may not be read. */
  readonly frontMatterProblem: LineProblem | undefined;
  /** Severity per id: the editor settings, then the configuration file's (each finding carries its own). */
  readonly severity: Readonly<Record<string, Severity>>;
}

export function checkDocument(
  engine: ChecklistEngine,
  doc: DesignDocument,
  config: DocumentConfig,
  settings: Pick<ChecklistSettings, 'severity' | 'antiPatternSeverity'> = DEFAULT_SETTINGS,
): CheckResult {
  const severity = { ...settings.severity, ...config.severity };
  const disabled = new Set(Object.entries(severity).flatMap(([id, s]) => (s === 'off' ? [id] : [])));
  const report = engine.run(doc, { disabled, outOfScope: config.outOfScope });
  const all = findingsOf(doc, report, { severity, antiPatternSeverity: settings.antiPatternSeverity });
  const { suppressions, problems } = parseSuppressions(doc.comments, doc.lines.length, new Set([...knownIds(engine), SUPPRESSION_RULE]));
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of all) {
    const s = suppressionOf(suppressions, f.ruleId, f.line);
    if (s) suppressed.push({ ...f, reason: s.reason });
    else findings.push(f);
  }
  return { doc, report, findings, suppressed, suppressionProblems: severity[SUPPRESSION_RULE] === 'off' ? [] : problems, frontMatterProblem: frontMatterProblem(doc), severity };
}
