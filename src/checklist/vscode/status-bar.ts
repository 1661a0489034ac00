// "Checklist 7/10" for the active design document; a click opens the Checklist view.
import * as vscode from 'vscode';
import { Views } from '../../shared/ids';
import type { LiveChecklist } from './live';

export class ChecklistStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('designWorkbench.coverage', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly live: LiveChecklist) {
    this.item.name = 'Design Workbench checklist coverage';
    this.item.command = `${Views.checklist}.focus`;
    this.disposables.push(this.item, vscode.window.onDidChangeActiveTextEditor(() => this.update()), live.onDidCheck(() => this.update()));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    // No score for a mock interview's document in exam mode.
    const checked = document && !this.live.isHidden(document.uri) ? this.live.latest(document.uri) : undefined;
    if (!checked) {
      this.item.hide();
      return;
    }
    const { report } = checked;
    this.item.text = `$(checklist) Checklist ${report.covered}/${report.considered}`;
    const anti = report.antipatterns.length;
    this.item.tooltip = `Score ${report.score}/100 · ${report.covered} of ${report.considered} items covered${anti ? ` · ${anti} anti-pattern${anti > 1 ? 's' : ''}` : ''}. Click to open the checklist.`;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
