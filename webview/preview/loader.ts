// The script VS Code's Markdown preview loads for us (package.json `markdown.previewScripts`), on every page.
// It stays tiny: only when the page has our diagram hosts (VS Code without its own mermaid support) does it
// import the renderer and mermaid, from files beside it; the import inherits this script's nonce.
import { PREVIEW_HOST_CLASS } from '../../src/diagrams/vscode/markdown';

const here = (document.currentScript as HTMLScriptElement | null)?.src;
let renderer: Promise<{ drawAll(): Promise<void> }> | undefined;

function update(): void {
  if (!here || !document.querySelector(`.${PREVIEW_HOST_CLASS}`)) return;
  renderer ??= import(new URL('./preview-render.js', here).href) as Promise<{ drawAll(): Promise<void> }>;
  void renderer.then((r) => r.drawAll()).catch((err: unknown) => console.error('[Design Workbench] preview diagrams:', err));
}

// The preview fires this after it has patched the page with a new render of the document.
window.addEventListener('vscode.markdown.updateContent', update);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', update);
else update();
