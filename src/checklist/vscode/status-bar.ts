// "Checklist 7/10" for the active design document; a click opens the Checklist view.
import * as vscode from 'vscode';
import { Views } from '../../shared/ids';
import type { LiveChecklist } from './live';

export class ChecklistStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('designWorkbench.coverage', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly live: LiveChecklist) {
    this.item.name = vscode.l10n.t('Design Workbench checklist coverage');
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
    this.item.text = vscode.l10n.t('$(checklist) Checklist {0}/{1}', report.covered, report.considered);
    const anti = report.antipatterns.length;
    const antiPatterns = anti === 0 ? '' : anti === 1 ? vscode.l10n.t(' · 1 anti-pattern') : vscode.l10n.t(' · {0} anti-patterns', anti);
    this.item.tooltip = vscode.l10n.t('Score {0}/100 · {1} of {2} items covered{3}. Click to open the checklist.', report.score, report.covered, report.considered, antiPatterns);
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
