// Draws our saga and discovery diagrams in the Markdown preview of VS Code versions that have no mermaid of
// their own. Each host element keeps the Mermaid text the plugin wrote; the drawing goes into the host's
// shadow root, so the light DOM stays exactly as rendered and the preview's DOM diff, which compares light
// DOM only, keeps a drawn host as it is instead of flashing it back to text on every keystroke.
import { PREVIEW_HOST_CLASS } from '../../src/diagrams/markdown';
import { drawMermaid } from '../shared/mermaid';
import { onThemeChange, themeKind } from '../shared/theme';

const drawn = new WeakMap<Element, string>();
let generation = 0;

const SHADOW_CSS = `:host { display: block; }
svg { display: block; max-width: 100%; height: auto; }
.error { white-space: pre-wrap; color: var(--vscode-errorForeground); border-left: 3px solid var(--vscode-editorError-foreground); padding: 4px 8px; }`;

function sheet(): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(SHADOW_CSS);
  return s;
}
let shared: CSSStyleSheet | undefined;

/** Draws every host whose text or theme changed since it was last drawn; a newer call stops an older one. */
export async function drawAll(): Promise<void> {
  const mine = ++generation;
  const kind = themeKind();
  for (const host of Array.from(document.querySelectorAll<HTMLElement>(`.${PREVIEW_HOST_CLASS}`))) {
    const text = host.querySelector('.dw-diagram-source')?.textContent ?? '';
    const key = `${kind}\n${text}`;
    if (drawn.get(host) === key) continue;
    const result = await drawMermaid(text, kind, 'dw-preview');
    if (mine !== generation) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [(shared ??= sheet())];
    if ('svg' in result) root.innerHTML = result.svg;
    else {
      const p = document.createElement('p');
      p.className = 'error';
      p.setAttribute('role', 'alert');
      p.textContent = `Mermaid could not draw this diagram: ${result.error}`;
      root.replaceChildren(p);
    }
    host.dataset.drawn = 'svg' in result ? 'true' : 'error';
    drawn.set(host, key);
  }
}

onThemeChange(() => void drawAll());
