// Inline suppression comments with a reason:
//   <!-- design-workbench-disable-next-line synchronous-chains -- the chain is a batch job -->
// and `disable-line`, `disable` … `enable` ranges and `disable-file`. Ids are optional (none: every finding),
// several are comma-separated; the reason follows ` -- `. Pure: no `vscode` import.

export const DIRECTIVE_PREFIX = 'design-workbench-';
export const DIRECTIVES = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'] as const;
export type DirectiveKind = (typeof DIRECTIVES)[number];

export interface Directive {
  readonly kind: DirectiveKind;
  /** The ids named; undefined: all. */
  readonly ids: readonly string[] | undefined;
  readonly reason: string | undefined;
  /** 1-based lines of the comment. */
  readonly line: number;
  readonly endLine: number;
}

/** A suppression's effect: which ids, over which 1-based lines, and why. */
export interface Suppression {
  readonly ids: readonly string[] | undefined;
  readonly from: number;
  readonly to: number;
  readonly reason: string | undefined;
  readonly directive: Directive;
}

export interface SuppressionProblem {
  /** 1-based. */
  readonly line: number;
  readonly message: string;
}

/** An HTML comment as the document model gives it: body trimmed, 0-based lines. */
export interface CommentLike {
  readonly text: string;
  readonly line: number;
  readonly endLine?: number;
}

const DIRECTIVE = /^design-workbench-([a-z-]+)(?:\s([\s\S]*))?$/;
/** The reason separator: two dashes with blanks around (or at the start, when no ids are named). */
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;

/** Reads one comment; undefined when it is no directive of ours (the out-of-scope marker is not one). */
export function parseDirective(comment: CommentLike): Directive | { readonly unknown: string; readonly line: number } | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  const line = comment.line + 1;
  const kind = DIRECTIVES.find((k) => k === m[1]);
  if (!kind) return { unknown: m[1], line };
  const rest = m[2] ?? '';
  const sep = REASON_SEPARATOR.exec(rest);
  const idText = sep ? rest.slice(0, sep.index) : rest;
  const reasonText = sep ? rest.slice(sep.index + sep[0].length).replace(/\s+/g, ' ').trim() : '';
  const ids = idText
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return { kind, ids: ids.length ? ids : undefined, reason: reasonText || undefined, line, endLine: (comment.endLine ?? comment.line) + 1 };
}

/**
 * Every suppression in the comments, with the problems a reader should fix: no reason, an unknown directive, or
 * (when `knownIds` is given) an id that names no item, anti-pattern or smell, which would silently suppress nothing.
 */
export function parseSuppressions(
  comments: readonly CommentLike[],
  lineCount: number,
  knownIds?: ReadonlySet<string>,
): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  /** Open `disable` ranges, per id ('*' for all). */
  const open = new Map<string, Directive>();
  const close = (key: string, to: number): void => {
    const d = open.get(key);
    if (!d) return;
    suppressions.push({ ids: key === '*' ? undefined : [key], from: d.line, to, reason: d.reason, directive: d });
    open.delete(key);
  };
  for (const comment of comments) {
    const d = parseDirective(comment);
    if (!d) continue;
    if ('unknown' in d) {
      problems.push({ line: d.line, message: `unknown suppression '${DIRECTIVE_PREFIX}${d.unknown}'; expected ${DIRECTIVES.map((k) => DIRECTIVE_PREFIX + k).join(', ')}` });
      continue;
    }
    if (d.kind !== 'enable' && !d.reason) {
      problems.push({ line: d.line, message: `this suppression gives no reason: add ' -- ' and why the finding does not apply here` });
    }
    for (const id of d.ids ?? []) {
      if (knownIds && !knownIds.has(id)) problems.push({ line: d.line, message: `'${id}' is no checklist item or anti-pattern, so this suppression hides nothing under that name` });
    }
    if (d.kind === 'disable-line') suppressions.push({ ids: d.ids, from: d.line, to: d.endLine, reason: d.reason, directive: d });
    else if (d.kind === 'disable-next-line') suppressions.push({ ids: d.ids, from: d.endLine + 1, to: d.endLine + 1, reason: d.reason, directive: d });
    else if (d.kind === 'disable-file') suppressions.push({ ids: d.ids, from: 1, to: Math.max(lineCount, 1), reason: d.reason, directive: d });
    else if (d.kind === 'disable') for (const key of d.ids ?? ['*']) if (!open.has(key)) open.set(key, d);
    if (d.kind === 'enable') for (const key of d.ids ?? [...open.keys()]) close(key, d.line);
  }
  for (const key of [...open.keys()]) close(key, Math.max(lineCount, 1));
  return { suppressions, problems };
}

/** The suppression that hides a finding of `id` reported at the 1-based `line`, if any. */
export function suppressionOf(suppressions: readonly Suppression[], id: string, line: number): Suppression | undefined {
  return suppressions.find((s) => line >= s.from && line <= s.to && (!s.ids || s.ids.includes(id)));
}

/** The comment a quick fix inserts; `reason` is the text to fill in. */
export function suppressionComment(kind: 'disable-next-line' | 'disable-file', id: string, reason: string): string {
  return `<!-- ${DIRECTIVE_PREFIX}${kind} ${id} -- ${reason} -->`;
}
