// The Checklist view: the active design document's items with their status and evidence,
// anti-patterns below. Follows the active editor.
import * as vscode from 'vscode';
import { Commands } from '../../shared/ids';
import type { AntiPatternFinding, Evidence, ItemResult, ItemStatus } from '../engine';
import type { ChecklistFocus } from '../settings';
import { statusLabel } from '../status';
import type { LiveChecklist } from './live';

export type ChecklistNode =
  | { kind: 'item'; item: ItemResult; uri: vscode.Uri }
  | { kind: 'evidence'; evidence: Evidence; uri: vscode.Uri }
  | { kind: 'antipatterns'; findings: readonly AntiPatternFinding[]; uri: vscode.Uri }
  | { kind: 'antipattern'; finding: AntiPatternFinding; uri: vscode.Uri }
  | { kind: 'empty'; message: string }
  | { kind: 'question'; question: string };

const ICON: Record<ItemStatus, vscode.ThemeIcon> = {
  covered: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  weak: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  missing: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'out-of-scope': new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
};


export class ChecklistTree implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private focus: ChecklistFocus | undefined;

  constructor(private readonly live: LiveChecklist) {
    this.disposables.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire(undefined)),
      live.onDidCheck((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.changed.fire(undefined);
      }),
    );
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    const document = vscode.window.activeTextEditor?.document;
    if (!node) {
      if (!document || document.languageId !== 'markdown') return [{ kind: 'empty', message: 'Open a Markdown design document.' }];
      const checked = this.live.latest(document.uri);
      if (!checked) return [{ kind: 'empty', message: 'Not a design document yet: run “Check This Document”.' }];
      const uri = document.uri;
      const focus = this.focus?.uri === uri.toString() ? this.focus : undefined;
      if (focus?.hidden) return [{ kind: 'empty', message: focus.label }, ...(focus.questions ?? []).map((question): ChecklistNode => ({ kind: 'question', question }))];
      const items: ChecklistNode[] = checked.report.items.filter((item) => !focus || focus.items.has(item.id)).map((item) => ({ kind: 'item', item, uri }));
      const note: ChecklistNode[] = focus ? [{ kind: 'empty', message: focus.label }] : [];
      return [...note, ...items, { kind: 'antipatterns', findings: checked.report.antipatterns, uri }];
    }
    if (node.kind === 'item') return node.item.evidence.map((evidence) => ({ kind: 'evidence', evidence, uri: node.uri }));
    if (node.kind === 'antipatterns') return node.findings.map((finding) => ({ kind: 'antipattern', finding, uri: node.uri }));
    return [];
  }

  setFocus(focus: ChecklistFocus | undefined): void {
    this.focus = focus;
    this.live.setHidden(focus?.hidden ? focus.uri : undefined);
    this.changed.fire(undefined);
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    switch (node.kind) {
      case 'empty':
        return new vscode.TreeItem(node.message);
      case 'question': {
        const t = new vscode.TreeItem(node.question);
        t.iconPath = new vscode.ThemeIcon('comment-discussion');
        t.tooltip = vscode.l10n.t('The interviewer asks: {0}', node.question);
        return t;
      }
      case 'item': {
        const { item } = node;
        const t = new vscode.TreeItem(item.title, item.evidence.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        t.id = `${node.uri.toString()}#${item.id}`;
        t.description = statusLabel(item);
        t.iconPath = ICON[item.status];
        t.tooltip = new vscode.MarkdownString(`**${item.title}** — ${statusLabel(item)}\n\n${item.reason}\n\n${item.status === 'covered' ? '' : item.question}`);
        t.contextValue = `checklistItem.${item.status}`;
        if (item.headingLine) t.command = reveal(node.uri, item.headingLine);
        return t;
      }
      case 'evidence': {
        const t = new vscode.TreeItem(node.evidence.text);
        t.description = vscode.l10n.t('line {0}', node.evidence.line);
        t.iconPath = new vscode.ThemeIcon('quote');
        t.command = reveal(node.uri, node.evidence.line);
        return t;
      }
      case 'antipatterns': {
        const n = node.findings.length;
        const t = new vscode.TreeItem(vscode.l10n.t('Anti-patterns'), n ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        t.description = n ? vscode.l10n.t('{0} found', n) : vscode.l10n.t('none found');
        t.iconPath = new vscode.ThemeIcon(n ? 'bug' : 'shield');
        return t;
      }
      case 'antipattern': {
        const t = new vscode.TreeItem(node.finding.title);
        t.description = vscode.l10n.t('line {0}', node.finding.line);
        t.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        t.tooltip = new vscode.MarkdownString(`**${node.finding.title}**: ${node.finding.problem}\n\n> ${node.finding.evidence}\n\n${node.finding.advice}`);
        t.command = reveal(node.uri, node.finding.line);
        return t;
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function reveal(uri: vscode.Uri, oneBasedLine: number): vscode.Command {
  return { title: 'Reveal', command: Commands.revealLine, arguments: [uri, oneBasedLine] };
}

export async function revealLine(uri: vscode.Uri, oneBasedLine: number): Promise<void> {
  const position = new vscode.Position(Math.max(oneBasedLine - 1, 0), 0);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), preserveFocus: false });
}
