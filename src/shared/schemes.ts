// Which documents get problems in the Problems panel, by URI scheme. Pure: used by the checklist and the diagrams.

/**
 * Schemes of documents the user edits: on disk, new, in a virtual or remote workspace. Others (a Source Control
 * diff's `git:` side, an output channel, a read-only content provider) show text that is edited elsewhere.
 */
const EDITED_SCHEMES: ReadonlySet<string> = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

/** Does a document with this URI scheme get problems? The schemes above, or one of a workspace folder. */
export function publishesProblems(scheme: string, workspaceSchemes: readonly string[]): boolean {
  return EDITED_SCHEMES.has(scheme) || workspaceSchemes.includes(scheme);
}
