// The Diagrams panel: a webview beside the editor that draws the diagram blocks of the active document, live
// as the user types, and follows the active editor. The extension keeps its own copy of the blocks it sent:
// copy and export act on that copy and on the document it showed, never on text or paths from the webview.
import * as vscode from 'vscode';
import { Views } from '../../shared/ids';
import { Debouncer } from '../../shared/scheduler';
import { MessageEndpoint, showPage, webviewOptions } from '../../shared/vscode/webview-panel';
import { checkMessage } from '../../shared/webview/protocol';
import type { DiagramBlock } from '../types';
import type { DiagramsOf } from './diagnostics';
import { isDiagramDocument, slug } from '../documents';
import { DIAGRAMS_PAGE, imageBytes, referredBlock, showMessage } from '../model';
import { fromView, viewState, type BlockRef, type ExportedImage, type FromView, type ToView } from '../protocol';
import { errorText } from '../../shared/errors';

export const PANEL_DEBOUNCE_MS = 200;

export interface DrawReport {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly drawn: number;
  readonly failed: number;
}

export interface PanelServices {
  readonly extensionUri: vscode.Uri;
  readonly diagramsOf: DiagramsOf;
  readonly log: (line: string) => void;
  /** Told each time the view reports a shown version drawn. */
  readonly drew: (report: DrawReport) => void;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

export class DiagramPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly endpoint: MessageEndpoint<FromView, ToView>;
  private readonly debouncer = new Debouncer<string>();
  private document: vscode.Uri | undefined;
  /** The blocks the view was last sent, by the version of the document they came from. */
  private shown: { readonly version: number; readonly blocks: readonly DiagramBlock[] } | undefined;
  private disposed = false;
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.closed.event;

  /** A new panel beside the active editor. */
  static create(services: PanelServices, document: vscode.TextDocument | undefined): DiagramPanel {
    const panel = vscode.window.createWebviewPanel(Views.diagrams, 'Diagrams', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(services.extensionUri));
    return new DiagramPanel(panel, services, document?.uri);
  }

  /** A panel VS Code restored after a reload, with the state the view saved. */
  static revive(panel: vscode.WebviewPanel, services: PanelServices, state: unknown): DiagramPanel {
    const checked = checkMessage(viewState, state);
    const uri = checked.ok && checked.message.show ? vscode.Uri.parse(checked.message.show.document.uri) : undefined;
    if (!checked.ok && state !== undefined && state !== null) services.log(`restoring the Diagrams view: saved state ignored: ${checked.error}`);
    return new DiagramPanel(panel, services, uri);
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: PanelServices,
    document: vscode.Uri | undefined,
  ) {
    showPage(panel.webview, services.extensionUri, DIAGRAMS_PAGE);
    this.endpoint = new MessageEndpoint<FromView, ToView>(panel.webview, fromView, (m) => this.handle(m), services.log);
    this.disposables.push(
      this.endpoint,
      this.closed,
      panel.onDidDispose(() => this.dispose()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isDiagramDocument(editor.document.languageId, editor.document.fileName)) this.follow(editor.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.document || e.document.uri.toString() !== this.document.toString() || e.contentChanges.length === 0) return;
        this.debouncer.schedule('send', PANEL_DEBOUNCE_MS, (isCurrent) => {
          if (isCurrent()) void this.send();
        });
      }),
    );
    this.setDocument(document);
  }

  /** The document shown, if any. */
  get documentUri(): vscode.Uri | undefined {
    return this.document;
  }

  /** Shows `uri`'s diagrams (and sends them now when the document changed). */
  follow(uri: vscode.Uri): void {
    if (this.document?.toString() === uri.toString()) return;
    this.setDocument(uri);
    void this.send();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  private setDocument(uri: vscode.Uri | undefined): void {
    this.document = uri;
    this.shown = undefined;
    this.panel.title = uri ? `Diagrams: ${fileName(uri)}` : 'Diagrams';
  }

  private async openDocument(): Promise<vscode.TextDocument | undefined> {
    if (!this.document) return undefined;
    const key = this.document.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(this.document);
    } catch (err) {
      this.services.log(`Diagrams view: cannot open ${key}: ${errorText(err)}`);
      return undefined;
    }
  }

  /** Sends the shown document's diagrams, or says why there are none. */
  private async send(): Promise<void> {
    const target = this.document?.toString();
    const document = await this.openDocument();
    // The panel may have moved on to another document while this one was read: its send is the one that counts.
    if (this.disposed || this.document?.toString() !== target) return;
    if (!document) {
      this.shown = undefined;
      const reason = this.document
        ? `${fileName(this.document)} cannot be read any more. Open a Markdown document or a *.saga.yaml / *.discovery.yaml file.`
        : 'Open a Markdown document with ```saga, ```discovery or ```mermaid blocks, or a *.saga.yaml / *.discovery.yaml file, then run Design Workbench: Show Diagrams.';
      void this.endpoint.post({ type: 'diagrams/clear', reason });
      return;
    }
    const blocks = this.services.diagramsOf(document.fileName, document.getText());
    this.shown = { version: document.version, blocks };
    void this.endpoint.post(showMessage({ uri: document.uri.toString(), name: fileName(document.uri), version: document.version }, blocks));
  }

  /**
   * The block the view means, from our own copy, if the message is about the document and version we showed.
   * A click from a view still drawing an older version may mean another block: the user is asked to retry.
   */
  private blockOf(ref: BlockRef): DiagramBlock | undefined {
    const found = referredBlock(this.document && this.shown ? { uri: this.document.toString(), ...this.shown } : undefined, ref);
    if (found === 'stale') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: the document changed since the Diagrams view drew it. Try again once the view has updated.'));
      return undefined;
    }
    return found;
  }

  private async handle(message: FromView): Promise<void> {
    switch (message.type) {
      case 'view/ready':
        return this.send();
      case 'view/drawn':
        if (this.document && message.uri === this.document.toString()) this.services.drew({ uri: this.document, version: message.version, drawn: message.drawn, failed: message.failed });
        return;
      case 'source/reveal':
        if (this.document && message.uri === this.document.toString()) await this.revealSource(this.document, message.line);
        return;
      case 'source/copy': {
        const block = this.blockOf(message);
        if (!block) return;
        if (block.mermaid === undefined) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: "{0}" has problems to fix before it has Mermaid source (see the Problems panel).', block.title));
          return;
        }
        await vscode.env.clipboard.writeText(block.mermaid);
        vscode.window.setStatusBarMessage(`Design Workbench: Mermaid source of "${block.title}" copied`, 4000);
        return;
      }
      case 'diagram/export': {
        const block = this.blockOf(message);
        if (block && this.document) await this.exportImage(this.document, block, message.image);
        return;
      }
    }
  }

  private async revealSource(uri: vscode.Uri, line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus: false });
    const target = Math.min(line - 1, Math.max(editor.document.lineCount - 1, 0));
    const at = new vscode.Range(target, 0, target, 0);
    editor.selection = new vscode.Selection(at.start, at.start);
    editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async exportImage(uri: vscode.Uri, block: DiagramBlock, image: ExportedImage): Promise<void> {
    const base = fileName(uri).replace(/\.(md|markdown|ya?ml)$/i, '').replace(/\.(saga|discovery)$/i, '');
    const name = `${slug(base)}-${slug(block.title)}.${image.format}`;
    const folder = vscode.Uri.joinPath(uri, '..');
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder, name),
      filters: image.format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
      title: vscode.l10n.t('Export "{0}" as {1}', block.title, image.format.toUpperCase()),
    });
    if (!target) return;
    try {
      await vscode.workspace.fs.writeFile(target, imageBytes(image));
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Design Workbench: could not save {0}: {1}', target.fsPath || target.toString(), errorText(err)));
      return;
    }
    vscode.window.setStatusBarMessage(`Design Workbench: saved ${fileName(target)}`, 5000);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.closed.fire();
    this.debouncer.dispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
