// Localisation: every user-facing string the extension hands to VS Code's notifications, quick picks, input boxes,
// progress, status bar items and tree items goes through vscode.l10n.t, so that a translation (l10n/bundle.l10n.<locale>.json) reaches it.
// Read with TypeScript's own parser: a literal passed in plain, or built with a template, fails with its line.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../../support/paths';

/** Every argument is a message or a button label. */
const MESSAGE_CALLS = new Set(['showInformationMessage', 'showWarningMessage', 'showErrorMessage']);
/** Their options and items carry these user-facing texts. */
const OPTION_CALLS = new Set(['showQuickPick', 'showInputBox', 'withProgress', 'showSaveDialog', 'showOpenDialog']);
const OPTION_TEXTS = new Set(['title', 'placeHolder', 'prompt', 'label', 'description', 'detail', 'saveLabel', 'openLabel']);
/** Status bar items and tree items show what is assigned to these, and the first argument of these constructors. */
const SHOWN_PROPERTIES = new Set(['text', 'tooltip', 'description', 'name', 'label']);
const SHOWN_CONSTRUCTORS = new Set(['TreeItem', 'MarkdownString']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const isL10n = (e: ts.Expression): boolean =>
  ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 't' && /(^|\.)l10n$/.test(e.expression.expression.getText());

/** The literal text pieces of `e` that reach the user unwrapped: literals, templates, concatenations, either branch. */
function unwrapped(e: ts.Expression): ts.Expression[] {
  // What l10n.t puts into its placeholders reaches the user too.
  if (isL10n(e)) return (e as ts.CallExpression).arguments.slice(1).flatMap(unwrapped);
  if (ts.isSpreadElement(e)) return unwrapped(e.expression);
  if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap(unwrapped);
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return unwrapped(e.expression);
  if (ts.isConditionalExpression(e)) return [...unwrapped(e.whenTrue), ...unwrapped(e.whenFalse)];
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return unwrapped(e.left).length || unwrapped(e.right).length ? [e] : [];
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) return [...unwrapped(e.left), ...unwrapped(e.right)];
  // Words in the literal's own text, not in what it interpolates: `${file}:${line}` has nothing to translate.
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return /[A-Za-z]{2}/.test(e.text) ? [e] : [];
  if (ts.isTemplateExpression(e)) return /[A-Za-z]{2}/.test([e.head, ...e.templateSpans.map((s) => s.literal)].map((l) => l.text).join(' ')) ? [e] : [];
  return [];
}

/** `file:line: text` for every unwrapped user-facing literal in the TypeScript `text`. */
export function unlocalised(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const report = (e: ts.Expression): void => {
    const line = source.getLineAndCharacterOfPosition(e.getStart()).line + 1;
    found.push(`${file}:${line}: ${e.getText().slice(0, 80)}`);
  };
  const options = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && OPTION_TEXTS.has(node.name.text)) unwrapped(node.initializer).forEach(report);
    if (!isL10n(node as ts.Expression)) ts.forEachChild(node, options);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      if (MESSAGE_CALLS.has(name)) for (const arg of node.arguments) unwrapped(arg).forEach(report);
      if (OPTION_CALLS.has(name)) node.arguments.forEach(options);
    }
    if (ts.isNewExpression(node) && ts.isPropertyAccessExpression(node.expression) && SHOWN_CONSTRUCTORS.has(node.expression.name.text) && node.arguments?.[0]) unwrapped(node.arguments[0]).forEach(report);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SHOWN_PROPERTIES.has(node.left.name.text)) unwrapped(node.right).forEach(report);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('localisation', () => {
  it('finds a literal, a template and a concatenation passed unwrapped, and accepts l10n.t', () => {
    const code = [
      "vscode.window.showInformationMessage('Design Workbench: done.');",
      'vscode.window.showWarningMessage(`Design Workbench: ${n} left`, "Show");',
      "void vscode.window.showQuickPick(items, { placeHolder: 'Pick one', title: vscode.l10n.t('Score Answer') });",
      "vscode.window.showErrorMessage(vscode.l10n.t('could not save {0}', file), vscode.l10n.t('Retry'));",
      "vscode.window.showInformationMessage(ok ? vscode.l10n.t('Saved.') : 'Not saved.');",
      'vscode.window.showInformationMessage(summary(report));',
      'void vscode.window.showQuickPick(problems.map((p) => ({ label: `${p.file}:${p.line}` })));',
      "vscode.window.showWarningMessage(vscode.l10n.t('{0} failed', `could not ${what}`), ...(ok ? ['Open Folder'] : []));",
      "item.text = `$(checklist) Checklist ${n}`; t.description = `${line}`; const t = new vscode.TreeItem('Anti-patterns');",
    ].join('\n');
    assert.deepEqual(unlocalised('x.ts', code), [
      "x.ts:1: 'Design Workbench: done.'",
      'x.ts:2: `Design Workbench: ${n} left`',
      'x.ts:2: "Show"',
      "x.ts:3: 'Pick one'",
      "x.ts:5: 'Not saved.'",
      'x.ts:8: `could not ${what}`',
      "x.ts:8: 'Open Folder'",
      'x.ts:9: `$(checklist) Checklist ${n}`',
      "x.ts:9: 'Anti-patterns'",
    ]);
  });

  it('every notification, quick pick, input box, progress, status bar and tree item text in src goes through vscode.l10n.t', () => {
    const root = join(REPO_ROOT, 'src');
    // The CLI prints to a terminal with no VS Code to translate for it.
    const files = sources(root).filter((f) => !relative(root, f).startsWith('cli'));
    const found = files.flatMap((f) => unlocalised(relative(REPO_ROOT, f), readFileSync(f, 'utf8')));
    assert.deepEqual(found, []);
  });
});
