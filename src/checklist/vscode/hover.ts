// Hover on a section heading that answers a checklist item: what a strong answer contains.
import * as vscode from 'vscode';
import { statusLabel } from '../status';
import type { LiveChecklist } from './live';
import { midSentence } from '../../shared/words';

export class ChecklistHover implements vscode.HoverProvider {
  constructor(private readonly live: LiveChecklist) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // A mock interview in exam mode: what a strong answer contains is the marking scheme.
    if (this.live.isHidden(document.uri)) return undefined;
    const checked = this.live.current(document);
    if (!checked || !/^\s{0,3}#{1,6}\s/.test(document.lineAt(position.line).text)) return undefined;
    const result = checked.report.items.find((i) => i.headingLine === position.line + 1);
    if (!result) return undefined;
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${result.title}** — ${statusLabel(result)}\n\n`);
    md.appendMarkdown(`*${result.question}*\n\n**A strong answer:**\n\n`);
    for (const point of result.strongAnswer) md.appendMarkdown(`- ${point}\n`);
    if (result.tradeoffs) md.appendMarkdown(`\n${result.tradeoffs}\n`);
    md.appendMarkdown(`\n[More about ${midSentence(result.title)}](${result.docs})`);
    return new vscode.Hover(md, document.lineAt(position.line).range);
  }
}
