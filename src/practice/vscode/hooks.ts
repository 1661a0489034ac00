// The test hooks' argument objects, checked at the edge: a wrong one is an error that says what was expected.
import type * as z from 'zod/mini';

export function parseHook<T>(command: string, schema: z.ZodMiniType<T>, arg: unknown, expected: string): T {
  const parsed = schema.safeParse(arg);
  if (parsed.success) return parsed.data;
  throw new Error(`${command}: expected ${expected}; ${parsed.error.issues.map((i) => `${i.path.join('.') || 'argument'}: ${i.message}`).join('; ')}`);
}
