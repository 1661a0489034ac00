// Turns user text into Mermaid text that can neither end the statement it sits in nor carry markup.
// Mermaid replaces `#<code>;` with the character before drawing, so anything outside a small safe set
// is written as its code point: quotes, `;`, `#`, `%`, `:`, `<`, `>`, `|`, brackets, line breaks.

export const UNNAMED = '(unnamed)';

/** Letters and digits of any script, space, and punctuation that no Mermaid grammar we emit gives a meaning. */
const SAFE = /[\p{L}\p{N} .,\-_()/?!']/u;
const PLAIN = /^[A-Za-z0-9 .,_()/?!'-]*$/;
/** "--" would read as an arrow in some grammars, "-x" and "-)" as message types. */
const ARROW_DASH = /-(?=[-x)>])/;
const ARROW_DASH_ALL = new RegExp(ARROW_DASH.source, 'g');
/** Characters Mermaid itself uses as placeholders while it decodes entities; always written as codes. */
const PLACEHOLDERS = new Set(['\uFB02', '\u00B0', '\u00B6', '\u00DF']);

/** Display text for a Mermaid label or message: one line, trimmed, every risky character as `#<code>;`. */
export function mermaidText(text: string, fallback = UNNAMED): string {
  // Most names are plain: letters, digits, spaces and a few marks, and no dash that could start an arrow.
  if (PLAIN.test(text) && !ARROW_DASH.test(text)) return text.trim().replace(/ {2,}/g, ' ') || fallback;
  const clean = text.replace(/[\s\p{C}]+/gu, ' ').trim();
  if (!clean) return fallback;
  let out = '';
  for (const ch of clean) out += SAFE.test(ch) && !PLACEHOLDERS.has(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out.replace(ARROW_DASH_ALL, '#45;');
}

/** Text for a participant's name: as `mermaidText`, and a comma too (it separates participants). */
export function mermaidName(text: string): string {
  return mermaidText(text).replace(/,/g, '#44;');
}

/** A name for a caption or a composed label: one line, or "(unnamed)" when blank. */
export function displayText(text: string): string {
  return plainLine(text) || UNNAMED;
}

/** One line of plain text for a caption or a comment (no Mermaid escaping: it is shown as text). */
export function plainLine(text: string): string {
  return text.replace(/[\s\p{C}]+/gu, ' ').trim();
}

/** Hands out `p1`, `p2`… as Mermaid ids; a name asked for again gets its id back (trimmed, any case). */
export class Ids {
  private readonly byKey = new Map<string, string>();
  private count = 0;
  /** Every id with its display name, in the order they were handed out. */
  readonly order: { readonly id: string; readonly name: string }[] = [];
  constructor(private readonly prefix: string) {}

  /** The id of `name`, shared by every use of the same name. */
  of(name: string): string {
    const key = plainLine(name).toLowerCase();
    let id = this.byKey.get(key);
    if (!id) {
      id = this.fresh(name);
      this.byKey.set(key, id);
    }
    return id;
  }

  /** A new id that no name shares (a role such as the orchestrator, whatever it is called). */
  fresh(name: string): string {
    const id = `${this.prefix}${++this.count}`;
    this.order.push({ id, name });
    return id;
  }
}

/** `sequenceDiagram`, the accessible title and description, and a participant line for each id, in the order they were handed out. */
export function sequenceHeader(ids: Ids, access: Accessible): string[] {
  return ['sequenceDiagram', ...accessibleLines(access), ...ids.order.map((p) => `  participant ${p.id} as ${mermaidName(p.name)}`)];
}

/** What a screen reader announces for a diagram: its title and a one-line description. */
export interface Accessible {
  readonly title: string;
  readonly description: string;
}

/**
 * Mermaid's `accTitle` and `accDescr` lines, which become the SVG's `<title>` and `<desc>`. Their text is taken
 * to the end of the line as it is (no `#<code>;` decoding), so it is one plain line in which every character
 * Mermaid or a browser could read as syntax becomes a space: `%`, `{` and `}` (Mermaid reads a `%%{init: …}%%`
 * directive anywhere in the text), `;` and `#` (statement breaks and entity codes), double quotes, backticks and angle
 * brackets (strings, Markdown strings and markup).
 */
export function accessibleLines(access: Accessible): string[] {
  const line = (text: string): string => plainLine(text.replace(/[%{};#"`<>]/g, ' ')) || UNNAMED;
  return [`  accTitle: ${line(access.title)}`, `  accDescr: ${line(access.description)}`];
}
