// Small zod pieces shared by every schema of user-facing data.
import * as z from 'zod/mini';
import { backtrackingProblem } from './regex-safety';

export function isValidRegex(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** Text that must compile as a JavaScript regular expression that cannot freeze on backtracking. */
export const regexSource = () =>
  z.string().check(
    z.minLength(1, 'must not be empty'),
    z.refine(isValidRegex, 'must be a valid regular expression (JavaScript syntax)'),
    z.superRefine((source, ctx) => {
      const problem = isValidRegex(source) ? backtrackingProblem(source) : undefined;
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: source });
    }),
  );
