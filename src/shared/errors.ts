// Errors a user can cause and read: a Refusal's message is shown as it is; anything else is a fault.

/** A request the extension declines on purpose, with a message that says why and what to do. */
export class Refusal extends Error {}

/** The message of anything thrown. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
