// Evidence highlighted in the editor (argued points, points only stated, mistakes), explained on hover.
import * as vscode from 'vscode';
import type { ScoreResult } from '../types';

export type HighlightKind = 'full' | 'partial' | 'pitfall';

export interface Highlight {
  /** 1-based. */
  readonly line: number;
  readonly kind: HighlightKind;
  readonly hover: string;
}

/** What a document's highlights are, and whether they still fit its text. */
export interface Highlighted {
  readonly version: number;
  readonly highlights: readonly Highlight[];
  readonly stale: boolean;
}

export class ScoreHighlights implements vscode.Disposable {
  private readonly types: Record<HighlightKind, vscode.TextEditorDecorationType> = {
    full: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('diffEditor.insertedLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.addedForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    partial: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    pitfall: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('diffEditor.removedLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.errorForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
  };

  /** Draws each visible editor's highlights, only on the version that was scored. */
  redraw(of: (uri: vscode.Uri) => Highlighted | undefined): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const scored = of(editor.document.uri);
      for (const kind of ['full', 'partial', 'pitfall'] as const) {
        const options =
          scored && !scored.stale && editor.document.version === scored.version
            ? scored.highlights
                .filter((h) => h.kind === kind && h.line <= editor.document.lineCount)
                .map((h) => ({ range: editor.document.lineAt(h.line - 1).range, hoverMessage: new vscode.MarkdownString(h.hover) }))
            : [];
        editor.setDecorations(this.types[kind], options);
      }
    }
  }

  dispose(): void {
    for (const type of Object.values(this.types)) type.dispose();
  }
}

/** Rubric text (a workspace's own file) shown as Markdown text, never as links, images or markup. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** Evidence lines, best first where a line holds several; pitfalls over everything. */
export function highlightsOf(result: ScoreResult): Highlight[] {
  const byLine = new Map<number, { kind: HighlightKind; notes: string[] }>();
  const rank = { partial: 0, full: 1, pitfall: 2 };
  const add = (line: number, kind: HighlightKind, note: string): void => {
    const entry = byLine.get(line) ?? { kind, notes: [] };
    if (rank[kind] > rank[entry.kind]) entry.kind = kind;
    entry.notes.push(note);
    byLine.set(line, entry);
  };
  for (const c of result.criteria) {
    for (const e of c.evidence) {
      const why = e.strength === 'full' ? (e.fact ? `argued and tied to the scenario (${md(e.fact)})` : 'argued') : 'stated without a reason tied to the scenario: say why';
      add(e.line, e.strength, `**${md(c.title)}** (${c.score}/${c.max}): earns *${md(e.concept)}*, ${why}.`);
    }
    for (const p of c.pitfalls) add(p.line, 'pitfall', `**${md(c.title)}**: pitfall *${md(p.title)}*, −${p.penalty} points. ${md(p.feedback)}`);
  }
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([line, { kind, notes }]) => ({ line, kind, hover: `Design Workbench score\n\n${notes.join('\n\n')}` }));
}
