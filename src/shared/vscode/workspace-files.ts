// The files users write for a feature (checklist packs, rubrics, templates), read with workspace.fs so
// virtual file systems work too, and their problems published at the file and line in the Problems panel.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../ids';
import type { FileProblem } from '../yaml-schema';

export const MEGABYTE = 1024 * 1024;

export interface TextLimits {
  /** Larger files are not decoded; undefined: no limit. */
  readonly maxBytes?: number;
  /** The problem reported for a file over `maxBytes`, in the words of its feature. */
  readonly tooLarge?: string;
  /** Invalid UTF-8 is a problem (default); false decodes it with replacement characters. */
  readonly strictUtf8?: boolean;
}

/** A file's text, or why it was left out; errors reading it are thrown (each caller words them). */
export type TextRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export const NOT_UTF8 = 'not valid UTF-8 text; save it as UTF-8';

export async function readTextFile(uri: vscode.Uri, limits: TextLimits = {}): Promise<TextRead> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (limits.maxBytes !== undefined && bytes.byteLength > limits.maxBytes) {
    return { ok: false, message: limits.tooLarge ?? `larger than ${limits.maxBytes / MEGABYTE} MB` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: limits.strictUtf8 ?? true }).decode(bytes) };
  } catch {
    return { ok: false, message: NOT_UTF8 };
  }
}

export interface WorkspaceFiles {
  /** The files that could be read, in path order; `file` is the name given by `nameOf`. */
  readonly files: readonly { readonly file: string; readonly text: string }[];
  /** Files left out (too large, not UTF-8), at their first line. */
  readonly problems: readonly FileProblem[];
  /** Where each file is, by name: for diagnostics and "Show". */
  readonly uris: ReadonlyMap<string, vscode.Uri>;
}

/** Every workspace file that matches `glob` (at most 200), named by `nameOf` in files and problems. */
export async function readWorkspaceFiles(glob: string, nameOf: (uri: vscode.Uri) => string, limits: TextLimits = {}): Promise<WorkspaceFiles> {
  const found = (await vscode.workspace.findFiles(glob, undefined, 200)).sort((a, b) => a.path.localeCompare(b.path));
  const reads = await Promise.all(found.map(async (uri) => ({ uri, file: nameOf(uri), read: await readTextFile(uri, limits) })));
  const files: { file: string; text: string }[] = [];
  const problems: FileProblem[] = [];
  const uris = new Map<string, vscode.Uri>();
  for (const { uri, file, read } of reads) {
    uris.set(file, uri);
    if (read.ok) files.push({ file, text: read.text });
    else problems.push({ file, line: 0, message: read.message });
  }
  return { files, problems, uris };
}

/**
 * Replaces what `collection` shows with `problems`, each an error over its whole (0-based) line, its message
 * after `prefix` ("Rubric: "); problems of a file not in `uris` are not shown.
 */
export function publishFileProblems(
  collection: vscode.DiagnosticCollection,
  problems: readonly FileProblem[],
  uris: ReadonlyMap<string, vscode.Uri>,
  prefix: string,
): void {
  collection.clear();
  const byFile = new Map<vscode.Uri, vscode.Diagnostic[]>();
  for (const p of problems) {
    const uri = uris.get(p.file);
    if (!uri) continue;
    const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER), `${prefix}${p.message}`, vscode.DiagnosticSeverity.Error);
    d.source = DIAGNOSTIC_SOURCE;
    byFile.set(uri, [...(byFile.get(uri) ?? []), d]);
  }
  for (const [uri, diagnostics] of byFile) collection.set(uri, diagnostics);
}
