// The script VS Code's Markdown preview loads for us (package.json `markdown.previewScripts`), on every page.
// It stays tiny: only when the page has our diagram hosts (VS Code without its own mermaid support) does it
// import the renderer and mermaid, from files beside it; the import inherits this script's nonce.
import { PREVIEW_HOST_CLASS } from '../../src/diagrams/markdown';

const here = (document.currentScript as HTMLScriptElement | null)?.src;
let renderer: Promise<{ drawAll(): Promise<void> }> | undefined;

function update(attempt = 0): void {
  if (!here || !document.querySelector(`.${PREVIEW_HOST_CLASS}`)) return;
  renderer ??= import(new URL('./preview-render.js', here).href) as Promise<{ drawAll(): Promise<void> }>;
  void renderer
    .then((r) => r.drawAll())
    .catch((err: unknown) => {
      console.error('[Design Workbench] preview diagrams:', err);
      // A module the preview could not fetch (a request cancelled while the preview reloads) fails the import for
      // good: forget it and try again, a few times, rather than leave the diagrams undrawn until the next edit.
      renderer = undefined;
      if (attempt < 3) setTimeout(() => update(attempt + 1), 400 * (attempt + 1));
    });
}

// The preview fires this after it has patched the page with a new render of the document.
window.addEventListener('vscode.markdown.updateContent', () => update());
// And in case a render reaches the page without that event (seen on VS Code 1.100, now and then, for the first
// one): draw when our hosts appear, at most once a frame.
// Only nodes that bring hosts count: mermaid adds and removes nodes of its own while it draws.
const bringsHosts = (records: MutationRecord[]): boolean =>
  records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof Element && (n.classList.contains(PREVIEW_HOST_CLASS) || !!n.querySelector(`.${PREVIEW_HOST_CLASS}`))));
let pending = false;
new MutationObserver((records) => {
  if (pending || !bringsHosts(records)) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    update();
  });
}).observe(document.documentElement, { childList: true, subtree: true });
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => update());
else update();
