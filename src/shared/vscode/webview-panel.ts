// The VS Code side of our webviews: options that limit what a webview may load, the page from html.ts with
// URIs the webview can read, and a message endpoint that parses every incoming message with the view's schema.
import * as vscode from 'vscode';
import type * as z from 'zod/mini';
import { pageHtml, type PageOptions, type WebviewResources } from '../webview/html';
import { checkMessage } from '../webview/protocol';
import { errorText } from '../errors';

/** The only folder a webview may load from: the bundles, styles and fonts esbuild writes for webviews. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

/** Scripts on, resources only from dist/webview. Panels keep no hidden context: views save their own state. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri)], retainContextWhenHidden: false };
}

export function webviewResources(webview: vscode.Webview, extensionUri: vscode.Uri): WebviewResources {
  const root = webviewRoot(extensionUri);
  return {
    cspSource: webview.cspSource,
    resource: (path) => webview.asWebviewUri(vscode.Uri.joinPath(root, ...path.split('/'))).toString(),
  };
}

/** Sets the webview's options and page (a fresh nonce each time). */
export function showPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: PageOptions): void {
  webview.options = webviewOptions(extensionUri);
  webview.html = pageHtml(webviewResources(webview, extensionUri), page);
}

/**
 * Both directions of one webview: `post` sends what the view's outgoing schema allows (typed), and each
 * incoming message reaches `handle` only after `incoming` parsed it; others are logged and dropped.
 */
export class MessageEndpoint<In, Out> implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly webview: vscode.Webview,
    incoming: z.ZodMiniType<In>,
    handle: (message: In) => unknown,
    log: (line: string) => void,
  ) {
    this.subscription = webview.onDidReceiveMessage((raw: unknown) => {
      const checked = checkMessage(incoming, raw);
      if (!checked.ok) {
        log(`webview: ${checked.error}`);
        return;
      }
      Promise.resolve()
        .then(() => handle(checked.message))
        .catch((err: unknown) => log(`webview: handling "${(checked.message as { type?: string }).type}" failed: ${errorText(err)}`));
    });
  }

  post(message: Out): Thenable<boolean> {
    return this.webview.postMessage(message);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
