// Messages between an extension and its webviews cross a trust boundary both ways: each view declares a zod
// schema per direction (a discriminated union on `type`, names as `noun/verb`), and every message is parsed
// before it is used. Pure; both the extension and the webview scripts import it.
import * as z from 'zod/mini';

export type MessageCheck<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly error: string };

/** Most characters of text a message may carry (above any view's own limits); a bigger one is refused unparsed. */
export const MAX_MESSAGE_CHARS = 48 * 1024 * 1024;

/** Parses `raw` against `schema`; on failure says what was wrong, for the log (the message is then ignored). */
export function checkMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): MessageCheck<T> {
  const type = typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string' ? `"${(raw as { type: string }).type.slice(0, 80)}"` : 'without a type';
  if (roughSize(raw) > MAX_MESSAGE_CHARS) return { ok: false, error: `message ${type} ignored: larger than ${MAX_MESSAGE_CHARS} characters` };
  const result = z.safeParse(schema, raw);
  if (result.success) return { ok: true, message: result.data };
  const issues = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(message)'}: ${i.message}`).join('; ');
  return { ok: false, error: `message ${type} ignored: ${issues}` };
}

/** Characters of the strings in `raw` (each value counts one more), stopping once past the limit; cycles count once. */
function roughSize(raw: unknown): number {
  let total = 0;
  const seen = new Set<object>();
  const stack: unknown[] = [raw];
  while (stack.length && total <= MAX_MESSAGE_CHARS) {
    const v = stack.pop();
    total += 1;
    if (typeof v === 'string') total += v.length;
    else if (v && typeof v === 'object' && !seen.has(v)) {
      seen.add(v);
      for (const [k, x] of Object.entries(v)) {
        total += k.length;
        stack.push(x);
      }
    }
  }
  return total;
}

/** A 0-based document line: what `source/reveal` and problem locations carry. */
/** A document line in a message between a view and the extension: 1-based, as people count them, in every view. */
export const lineNumber = () => z.int().check(z.gte(1), z.lte(10_000_000));
