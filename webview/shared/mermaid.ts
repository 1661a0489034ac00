// mermaid for our webviews and the Markdown preview: bundled from node_modules (esbuild, split into chunks that
// load only for the diagram types a page draws), `securityLevel: 'strict'`, never started on load, themed from
// VS Code's theme, and every text parsed before it is drawn so that errors come back with their line.
import mermaid, { type MermaidConfig } from 'mermaid';
import { cssVariable, type ThemeKind } from './theme';

export type Drawn = { readonly svg: string } | { readonly error: string; /** 1-based line in the Mermaid text. */ readonly line?: number };

/** Readable colours for the high-contrast themes, from the theme's own variables (mermaid needs real colours). */
function highContrastVariables(dark: boolean): Record<string, string | boolean> {
  const pick = (name: string, fallback: string) => cssVariable(name) || fallback;
  const bg = pick('--vscode-editor-background', dark ? '#000000' : '#ffffff');
  const fg = pick('--vscode-editor-foreground', dark ? '#ffffff' : '#000000');
  const border = pick('--vscode-contrastBorder', dark ? '#6fc3df' : '#0f4a85');
  const accent = pick('--vscode-contrastActiveBorder', dark ? '#f38518' : '#006bbd');
  return {
    darkMode: dark,
    background: bg,
    fontSize: '16px',
    primaryColor: bg,
    primaryTextColor: fg,
    primaryBorderColor: border,
    secondaryColor: bg,
    tertiaryColor: bg,
    mainBkg: bg,
    textColor: fg,
    lineColor: fg,
    nodeBorder: border,
    clusterBkg: bg,
    clusterBorder: border,
    edgeLabelBackground: bg,
    titleColor: fg,
    actorBkg: bg,
    actorBorder: border,
    actorTextColor: fg,
    actorLineColor: fg,
    signalColor: fg,
    signalTextColor: fg,
    labelBoxBkgColor: bg,
    labelBoxBorderColor: border,
    labelTextColor: fg,
    loopTextColor: fg,
    noteBkgColor: bg,
    noteBorderColor: accent,
    noteTextColor: fg,
    activationBkgColor: bg,
    activationBorderColor: border,
    sequenceNumberColor: bg,
  };
}

/** mermaid's settings for a VS Code theme kind. */
export function mermaidConfig(kind: ThemeKind): MermaidConfig {
  const common: MermaidConfig = { startOnLoad: false, securityLevel: 'strict', suppressErrorRendering: true, fontFamily: cssVariable('--vscode-font-family') || undefined };
  switch (kind) {
    case 'light':
      return { ...common, theme: 'default' };
    case 'dark':
      // Mermaid's dark edge-label background (#585858) leaves its #ccc text below 4.5:1; this one is 6.5:1.
      return { ...common, theme: 'dark', themeVariables: { edgeLabelBackground: '#404040' } };
    case 'high-contrast':
      return { ...common, theme: 'base', themeVariables: highContrastVariables(true) };
    case 'high-contrast-light':
      return { ...common, theme: 'base', themeVariables: highContrastVariables(false) };
  }
}

let applied = '';
let counter = 0;

/** The 1-based line a mermaid error points at, when it says. */
function errorLine(err: unknown): number | undefined {
  const loc = (err as { hash?: { loc?: { first_line?: unknown } } })?.hash?.loc?.first_line;
  if (typeof loc === 'number' && loc > 0) return loc;
  const m = /\bline (\d+)/i.exec(err instanceof Error ? err.message : String(err));
  return m ? Number(m[1]) : undefined;
}

function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).trim() || 'mermaid could not draw this diagram';
}

/**
 * Draws `text` with the settings for `kind` (re-initialising mermaid when they changed). Never throws: a
 * diagram that cannot be drawn comes back as its error. `idPrefix` keeps our element ids apart from those of
 * any other mermaid on the page.
 */
export async function drawMermaid(text: string, kind: ThemeKind, idPrefix = 'dw-mermaid'): Promise<Drawn> {
  const config = mermaidConfig(kind);
  const key = JSON.stringify(config);
  if (key !== applied) {
    mermaid.initialize(config);
    applied = key;
  }
  try {
    await mermaid.parse(text);
  } catch (err) {
    return { error: errorText(err), line: errorLine(err) };
  }
  const id = `${idPrefix}-${++counter}`;
  try {
    const { svg } = await mermaid.render(id, text);
    return { svg };
  } catch (err) {
    return { error: errorText(err), line: errorLine(err) };
  } finally {
    // mermaid leaves its scratch element behind when drawing fails.
    document.getElementById(`d${id}`)?.remove();
  }
}
