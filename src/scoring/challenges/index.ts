import type { RubricInput } from '../schema';

export const BUILTIN_RUBRICS: readonly RubricInput[] = [];
