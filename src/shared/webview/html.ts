// The HTML of our webviews: a locked-down page that loads only the extension's own scripts and styles.
// Pure (no `vscode`): the adapter passes the webview's CSP source and a function that turns a path under
// dist/webview into a webview URI, so tests build the same page from fakes.

/** What the page needs from the webview it is shown in. */
export interface WebviewResources {
  /** `webview.cspSource`: the origin the webview serves the extension's files from. */
  readonly cspSource: string;
  /** The URI of a file under the webview folder (dist/webview), as `webview.asWebviewUri` gives it. */
  resource(path: string): string;
}

export interface PageOptions {
  /** The document title (screen readers announce it). */
  readonly title: string;
  /** ES modules under dist/webview, in load order; each gets the page's nonce. */
  readonly scripts: readonly string[];
  /** Style sheets under dist/webview. */
  readonly styles?: readonly string[];
  /** Adds the codicon font sheet that `@vscode-elements/elements` icons look up by id. */
  readonly codicons?: boolean;
  /**
   * Allows `<style>` elements and `style` attributes made at run time (mermaid makes both while it draws).
   * See {@link contentSecurityPolicy} for why this cannot be a nonce.
   */
  readonly runtimeStyles?: boolean;
  /** Static markup written by our code; never user text (that goes in through `textContent`). */
  readonly body?: string;
  /** `data-*` attributes of the body, escaped: settings the script reads before the first message. */
  readonly data?: Readonly<Record<string, string>>;
}

/** Where the codicon sheet is copied by esbuild.mjs, and the id `vscode-icon` looks for. */
export const CODICONS_PATH = 'codicons/codicon.css';
const CODICONS_ID = 'vscode-codicon-stylesheet';

/** A fresh nonce: 128 random bits from the platform's CSPRNG (Node and browsers alike), as base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page's Content-Security-Policy. Nothing is allowed unless named: scripts only with this render's
 * nonce; styles, images and fonts only from the extension's files (images also as data: URIs, which the
 * PNG export draws from); no connections, frames or remote origins.
 *
 * `runtimeStyles` trades the style nonce for `'unsafe-inline'`: mermaid inserts a `<style>` element into
 * each SVG and measures its labels while that sheet applies, and sets `style` attributes through d3. It
 * offers no nonce hook, and a nonce in `style-src` makes browsers ignore `'unsafe-inline'`, so a page that
 * shows mermaid diagrams cannot keep one (measured: with a style nonce, labels are measured unstyled and come
 * out clipped). What CSS can still do there is bounded by the rest of the policy: it runs no script, and
 * fetches nothing outside the extension's files.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string, runtimeStyles = false): string {
  const styles = runtimeStyles ? `${cspSource} 'unsafe-inline'` : `${cspSource} 'nonce-${nonce}'`;
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${styles}`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The whole page. `nonce` is fresh for every render unless a test passes one. */
export function pageHtml(resources: WebviewResources, options: PageOptions, nonce = newNonce()): string {
  const attr = escapeHtml;
  const csp = contentSecurityPolicy(resources.cspSource, nonce, options.runtimeStyles);
  const link = (path: string, id?: string) =>
    `<link rel="stylesheet" nonce="${attr(nonce)}"${id ? ` id="${id}"` : ''} href="${attr(resources.resource(path))}">`;
  const styles = [...(options.codicons ? [link(CODICONS_PATH, CODICONS_ID)] : []), ...(options.styles ?? []).map((s) => link(s))];
  const scripts = options.scripts.map((s) => `<script type="module" nonce="${attr(nonce)}" src="${attr(resources.resource(s))}"></script>`);
  const data = Object.entries(options.data ?? {})
    .map(([k, v]) => ` data-${k.replace(/[^a-z0-9-]/g, '')}="${attr(v)}"`)
    .join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeHtml(options.title)}</title>`,
    ...styles,
    '</head>',
    `<body${data}>`,
    options.body ?? '',
    ...scripts,
    '</body>',
    '</html>',
  ].join('\n');
}
