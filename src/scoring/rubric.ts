// Loading rubrics: the built-in challenges and user files (.design-workbench/rubrics/*.yaml) go through
// the same schema and the same cross-checks; every problem names the file and the line. Pure.
import { lineOfPath } from '../shared/yaml-lines';
import { parseYamlFile, type FileProblem } from '../shared/yaml-schema';
import { rubricSchema, type Rubric, type RubricInput } from './schema';

export const RUBRICS_DIR = '.design-workbench/rubrics';
export const RUBRIC_GLOB = `${RUBRICS_DIR}/*.{yaml,yml}`;

export type RubricProblem = FileProblem;

type Path = (string | number)[];

/** Checks what the schema alone cannot: unique ids and facts that exist. Returns each problem's YAML path. */
function crossCheck(rubric: Rubric): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  const duplicates = <T extends { id: string }>(list: readonly T[], path: Path, what: string): void => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) problems.push({ path: [...path, i, 'id'], message: `${what} '${x.id}' is defined twice` });
      seen.add(x.id);
    });
  };
  duplicates(rubric.criteria, ['criteria'], 'criterion');
  duplicates(rubric.facts, ['facts'], 'fact');
  const facts = new Set(rubric.facts.map((f) => f.id));
  rubric.criteria.forEach((c, i) => {
    duplicates(c.concepts, ['criteria', i, 'concepts'], 'concept');
    duplicates(c.pitfalls, ['criteria', i, 'pitfalls'], 'pitfall');
    c.facts.forEach((f, k) => {
      if (!facts.has(f)) {
        const known = [...facts].join(', ') || 'none are defined';
        problems.push({ path: ['criteria', i, 'facts', k], message: `fact '${f}' is not among the rubric's facts (${known})` });
      }
    });
    c.pitfalls.forEach((p, k) => {
      if (!p.phrases && !p.negates) problems.push({ path: ['criteria', i, 'pitfalls', k], message: `pitfall '${p.id}' needs 'phrases', 'negates' or both` });
    });
  });
  return problems;
}

/** Parses a user's rubric file. */
export function parseRubric(file: string, source: string): { rubric?: Rubric; problems: RubricProblem[] } {
  const checked = parseYamlFile(rubricSchema, file, source);
  if (!checked.ok) return { problems: [...checked.problems] };
  const problems = crossCheck(checked.data).map((p) => ({ file, line: lineOfPath(checked.lines, p.path) ?? 0, message: p.message }));
  return problems.length ? { problems } : { rubric: checked.data, problems };
}

/** Validates a built-in rubric; a failure is a bug in our content, so it throws with every problem. */
export function builtinRubric(input: RubricInput): Rubric {
  const parsed = rubricSchema.safeParse(input);
  const where = `built-in rubric '${input.id}'`;
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const problems = crossCheck(parsed.data);
  if (problems.length) throw new Error(`${where}: ${problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ')}`);
  return parsed.data;
}
