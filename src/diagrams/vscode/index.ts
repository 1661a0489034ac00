// The diagrams feature in VS Code, loaded on first use (dist/diagrams.js in the Node build): the Diagrams
// panel and the diagnostics of saga and discovery specs, over the pure diagram core.
import * as vscode from 'vscode';
import { logWarning } from '../../shared/vscode/output';
import { diagramsOf } from '../index';
import { DiagramDiagnostics } from './diagnostics';
import { isDiagramDocument } from '../documents';
import { DiagramPanel, type DrawReport, type PanelServices } from './panel';

export { diagramsOf } from '../index';
export type { DrawReport } from './panel';

export class DiagramFeature implements vscode.Disposable {
  readonly diagnostics = new DiagramDiagnostics(diagramsOf);
  private panel: DiagramPanel | undefined;
  private readonly drawn = new vscode.EventEmitter<DrawReport>();
  /** Fires when the Diagrams view has drawn a version of the document it shows. */
  readonly onDidDraw = this.drawn.event;
  private readonly services: PanelServices;

  constructor(extensionUri: vscode.Uri) {
    this.services = {
      extensionUri,
      diagramsOf,
      log: logWarning,
      drew: (report) => this.drawn.fire(report),
    };
  }

  /** The command: opens the panel beside the editor (or brings it back) on the active document. */
  showDiagrams(): void {
    const document = vscode.window.activeTextEditor?.document;
    const usable = document && isDiagramDocument(document.languageId, document.fileName) ? document : undefined;
    if (this.panel) {
      if (usable) this.panel.follow(usable.uri);
      this.panel.reveal();
      return;
    }
    this.adopt(DiagramPanel.create(this.services, usable));
  }

  /** The serializer: a panel VS Code restores after a reload. */
  revive(panel: vscode.WebviewPanel, state: unknown): void {
    this.panel?.dispose();
    this.adopt(DiagramPanel.revive(panel, this.services, state));
  }

  /** The document the panel shows, if it is open. */
  get shownDocument(): vscode.Uri | undefined {
    return this.panel?.documentUri;
  }

  private adopt(panel: DiagramPanel): void {
    this.panel = panel;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
  }

  dispose(): void {
    this.panel?.dispose();
    this.diagnostics.dispose();
    this.drawn.dispose();
  }
}
