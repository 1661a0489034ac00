// The challenge catalog: the built-in rubrics, replaced or extended by the user's own rubric files.
import type { DesignDocument } from '../shared/document';
import { frontMatterRecord } from '../shared/document';
import { BUILTIN_RUBRICS } from './challenges';
import { builtinRubric, parseRubric, type RubricProblem } from './rubric';
import type { Rubric } from './schema';

export type RubricSource = 'built-in' | 'workspace' | 'file';

export interface CatalogRubric {
  readonly rubric: Rubric;
  readonly source: RubricSource;
  /** The file a user rubric came from. */
  readonly file?: string;
}

export interface RubricCatalog {
  readonly rubrics: readonly CatalogRubric[];
  readonly problems: readonly RubricProblem[];
}

let builtins: readonly Rubric[] | undefined;
export function builtinRubrics(): readonly Rubric[] {
  return (builtins ??= BUILTIN_RUBRICS.map(builtinRubric));
}

/**
 * Built-in rubrics with the user's files applied: a user rubric with a built-in id replaces it, and a file named
 * on purpose (source 'file', the CLI's --rubric) replaces a workspace rubric with the same id.
 */
export function buildRubricCatalog(files: readonly { file: string; text: string; source?: RubricSource }[], source: RubricSource = 'workspace'): RubricCatalog {
  const rubrics: CatalogRubric[] = builtinRubrics().map((rubric) => ({ rubric, source: 'built-in' }));
  const problems: RubricProblem[] = [];
  for (const { file, text, source: own } of files) {
    const parsed = parseRubric(file, text);
    problems.push(...parsed.problems);
    if (!parsed.rubric) continue;
    const entry: CatalogRubric = { rubric: parsed.rubric, source: own ?? source, file };
    const at = rubrics.findIndex((r) => r.rubric.id === parsed.rubric!.id);
    if (at < 0) rubrics.push(entry);
    else if (rubrics[at].source === 'built-in' || (entry.source === 'file' && rubrics[at].source !== 'file')) rubrics[at] = entry;
    else problems.push({ file, line: 0, message: `challenge '${parsed.rubric.id}' is already defined in ${rubrics[at].file}; this file is left out` });
  }
  return { rubrics, problems };
}

export function findRubric(catalog: RubricCatalog, id: string): CatalogRubric | undefined {
  return catalog.rubrics.find((r) => r.rubric.id === id);
}

/** The challenge an answer names in its front matter (`challenge: ecommerce-migration`), as the explain-it template writes it. */
export function challengeOf(doc: DesignDocument): string | undefined {
  const value = frontMatterRecord(doc).challenge;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
