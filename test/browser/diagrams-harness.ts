// What the webview browser test (test/browser/diagrams.mjs) needs from the extension's side, built from the same code
// the extension runs: the Diagrams page with its CSP, the message the panel sends for a document, the check the
// panel applies to what the view posts, and the Markdown preview's HTML from our markdown-it plugin.
import MarkdownIt from 'markdown-it';
import { diagramsOf } from '../../src/diagrams';
import { previewDiagrams } from '../../src/diagrams/markdown';
import { DIAGRAMS_PAGE, imageBytes, showMessage } from '../../src/diagrams/model';
import { fromView, type ShowMessage } from '../../src/diagrams/protocol';
import { pageHtml, newNonce, type WebviewResources } from '../../src/shared/webview/html';
import { checkMessage } from '../../src/shared/webview/protocol';

/** The Diagrams page as the panel builds it, for a webview whose files are served from `origin`/webview/. */
export function diagramsPage(origin: string): string {
  const resources: WebviewResources = { cspSource: origin, resource: (path) => `${origin}/webview/${path}` };
  return pageHtml(resources, DIAGRAMS_PAGE);
}

/** The message the panel sends for a document. */
export function showFor(fileName: string, text: string, version = 1): ShowMessage {
  return showMessage({ uri: `file:///workspace/${fileName}`, name: fileName, version }, diagramsOf(fileName, text));
}

/** What the panel does with a message the view posted: parse it, and for an export, the bytes it would write. */
export function receive(raw: unknown): { ok: boolean; error?: string; type?: string; bytes?: number; head?: string } {
  const checked = checkMessage(fromView, raw);
  if (!checked.ok) return { ok: false, error: checked.error };
  const m = checked.message;
  if (m.type !== 'diagram/export') return { ok: true, type: m.type };
  const bytes = imageBytes(m.image);
  return { ok: true, type: m.type, bytes: bytes.length, head: Array.from(bytes.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ') };
}

/**
 * A page like VS Code's Markdown preview: the document rendered by markdown-it with our plugin, under the
 * preview's strict CSP (scripts by nonce only), with our preview script loaded as a classic script.
 */
export function previewPage(origin: string, text: string, nativeMermaid: boolean): string {
  const md = new MarkdownIt({ html: true });
  previewDiagrams(md, { diagramsOf: () => diagramsOf, nativeMermaid: () => nativeMermaid });
  const nonce = newNonce();
  const csp = `default-src 'none'; img-src 'self' ${origin} https: data:; script-src 'nonce-${nonce}'; style-src 'self' ${origin} 'unsafe-inline' https: data:; font-src 'self' ${origin} https: data:;`;
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="stylesheet" href="${origin}/webview/preview.css"></head>
<body class="vscode-body vscode-light"><div class="markdown-body">${md.render(text)}</div>
<script nonce="${nonce}" src="${origin}/webview/preview.js"></script></body></html>`;
}
