// SARIF 2.1.0 for code scanning: one run, a rule per checklist item and anti-pattern, a result per finding.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { AntiPattern, ChecklistItem } from '../checklist/schema';
import { normalizeEvidence, type FindingSeverity } from '../checklist/findings';
import { relativeUri, type CheckedFile } from './checklist-format';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of our fingerprint: bump its version when the way it is computed changes. */
export const FINGERPRINT_KEY = 'designWorkbench/evidence/v1';

const LEVEL: Record<FindingSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface SarifTool {
  readonly version: string;
  readonly informationUri: string;
  readonly items: readonly ChecklistItem[];
  readonly antiPatterns: readonly AntiPattern[];
}

interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
  readonly fullDescription: { readonly text: string };
  readonly help: { readonly text: string };
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: 'warning' };
  readonly properties: { readonly tags: readonly string[] };
}

export function toSarif(files: readonly CheckedFile[], tool: SarifTool, cwd: string): object {
  const rule = (id: string, title: string, description: string, advice: string, docs: string, tag: string): SarifRule => ({
    id,
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: advice },
    helpUri: docs,
    defaultConfiguration: { level: 'warning' },
    properties: { tags: [tag] },
  });
  const rules = [
    ...tool.items.map((i) => rule(i.id, i.title, i.question, i.advice, i.docs, 'checklist-item')),
    ...tool.antiPatterns.map((a) => rule(a.id, a.title, a.problem, a.advice, a.docs, 'anti-pattern')),
  ];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ file, findings }) => {
    const uri = relativeUri(file, cwd);
    // The same rule and sentence twice in a file: the occurrence keeps the two fingerprints apart.
    const occurrences = new Map<string, number>();
    return findings.map((f) => {
      const hash = createHash('sha256').update(`${f.ruleId}\0${f.kind === 'antipattern' ? '' : f.kind}\0${normalizeEvidence(f.evidence)}`).digest('hex').slice(0, 32);
      const n = (occurrences.get(hash) ?? 0) + 1;
      occurrences.set(hash, n);
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endColumn: Math.max(f.endColumn, f.column) },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${n}` },
        properties: { kind: f.kind },
      };
    });
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'design-workbench', version: tool.version, semanticVersion: tool.version, informationUri: tool.informationUri, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
