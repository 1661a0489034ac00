// Scoring explain-it answers: the public surface shared by the extension, the CLI and the tests.
export { buildRubricCatalog, builtinRubrics, challengeOf, findRubric, type CatalogRubric, type RubricCatalog, type RubricSource } from './catalog';
export { parseRubric, RUBRIC_GLOB, RUBRICS_DIR, type RubricProblem } from './rubric';
export { rubricSchema, type Criterion, type Rubric, type RubricInput } from './schema';
export { scoreAnswer } from './scorer';
export type { CriterionScore, EvidenceLine, PitfallFound, ScoreResult } from './types';
export { opinionPrompts, readOpinion, type CriterionOpinion, type OpinionResult } from './second-opinion';
