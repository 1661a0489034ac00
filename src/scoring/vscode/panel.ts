// The "Answer Score" webview beside the editor: one panel, reused; messages checked both ways.
import * as vscode from 'vscode';
import { MessageEndpoint, showPage } from '../../shared/vscode/webview-panel';
import { SCORE_PAGE, fromScoreViewSchema, type FromScoreView, type ScoreViewData, type ToScoreView } from '../protocol';

export const SCORE_VIEW_TYPE = 'designWorkbench.score';

export class ScorePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private endpoint: MessageEndpoint<FromScoreView, ToScoreView> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly onMessage: (m: FromScoreView) => Promise<void>,
    private readonly onClose: () => void,
    private readonly log: (line: string) => void,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens the panel beside the editor (or brings it back) with this title. */
  open(title: string): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(SCORE_VIEW_TYPE, 'Answer Score', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity.svg');
      this.endpoint = new MessageEndpoint(this.panel.webview, fromScoreViewSchema, (m) => this.onMessage(m), this.log);
      showPage(this.panel.webview, this.extensionUri, SCORE_PAGE);
      this.panel.onDidDispose(() => {
        this.onClose();
        this.endpoint?.dispose();
        this.panel = undefined;
        this.endpoint = undefined;
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.panel.title = title;
  }

  post(message: ToScoreView): void {
    void this.endpoint?.post(message);
  }

  show(data: ScoreViewData): void {
    this.post({ type: 'score/show', data });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
