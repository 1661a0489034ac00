// "Score Answer": the VS Code adapter over the scorer. It picks the challenge (front matter, else a
// QuickPick), reads the workspace's own rubrics with workspace.fs, highlights the evidence in the editor with
// an explanation on hover, shows the result view, and on request asks a language model for a second opinion.
// Loaded on first use (dist/scoring-commands.js in the Node build).
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { parseDocument } from '../shared/document';
import { CONFIG_SECTION, DIAGNOSTIC_SOURCE } from '../shared/ids';
import { MessageEndpoint, showPage } from '../shared/webview/panel';
import { buildRubricCatalog, challengeOf, findRubric, type RubricCatalog } from './catalog';
import { RUBRIC_GLOB, type RubricProblem } from './rubric';
import { opinionPrompts, readOpinion, type CriterionOpinion } from './second-opinion';
import type { Rubric } from './schema';
import { scoreAnswer } from './scorer';
import type { ScoreResult } from './types';
import { fromScoreViewSchema, type FromScoreView, type OpinionState, type ScoreViewData, type ToScoreView } from './view-protocol';

const LM_SETTING = `${CONFIG_SECTION}.scoring.languageModel`;
const MAX_RUBRIC_BYTES = 1024 * 1024;
export const SCORE_VIEW_TYPE = 'designWorkbench.score';

/** The test hook's argument: which document, and the challenge instead of the QuickPick. */
const requestSchema = z.strictObject({
  uri: z.optional(z.custom<vscode.Uri>((v) => v instanceof vscode.Uri, 'must be a vscode.Uri')),
  challenge: z.optional(z.string()),
});

export interface ScoredDocument {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The text that was scored: the second opinion grades the same text. */
  readonly text: string;
  readonly result: ScoreResult;
  /** The lines highlighted in the editor (1-based) and what each shows. */
  readonly highlights: readonly { readonly line: number; readonly kind: 'full' | 'partial' | 'pitfall'; readonly hover: string }[];
  stale: boolean;
}

export class ScoringCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly decorations = {
    full: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('diffEditor.insertedLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.addedForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    partial: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.findMatchForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
    pitfall: vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('diffEditor.removedLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.errorForeground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
  };
  private readonly rubricProblems = vscode.languages.createDiagnosticCollection('design-workbench-rubrics');
  private readonly scored = new Map<string, ScoredDocument>();
  private panel: vscode.WebviewPanel | undefined;
  private endpoint: MessageEndpoint<FromScoreView, ToScoreView> | undefined;
  private shown: ScoredDocument | undefined;
  private opinion: OpinionState = { state: 'off', message: '' };
  private opinionRun: vscode.CancellationTokenSource | undefined;
  private readonly onDidScoreEmitter = new vscode.EventEmitter<ScoredDocument>();
  readonly onDidScore = this.onDidScoreEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: (line: string) => void,
  ) {
    this.disposables.push(
      this.rubricProblems,
      this.onDidScoreEmitter,
      ...Object.values(this.decorations),
      vscode.workspace.onDidChangeTextDocument((e) => this.changed(e.document)),
      // A closed document may come back with other text at the same version (a checkout on disk): forget its score.
      vscode.workspace.onDidCloseTextDocument((d) => {
        const scored = this.scored.get(d.uri.toString());
        if (scored && scored !== this.shown) this.scored.delete(d.uri.toString());
        else if (scored) this.changed(d, true);
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.redecorate()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(LM_SETTING)) return;
        // Consent withdrawn: stop sending at once.
        this.opinionRun?.cancel();
        if (this.shown) void this.refreshOpinionState();
      }),
    );
  }

  latest(uri: vscode.Uri): ScoredDocument | undefined {
    return this.scored.get(uri.toString());
  }

  /** What the result view shows now (for the integration tests). */
  viewData(): ScoreViewData | undefined {
    return this.shown && this.panel ? this.data(this.shown) : undefined;
  }

  /** From the palette or the editor title (no argument), or the test hook ({ uri?, challenge? }). */
  async scoreAnswer(arg?: unknown): Promise<ScoreResult | undefined> {
    const scripted = arg !== undefined && !(arg instanceof vscode.Uri);
    let request: z.output<typeof requestSchema> = { uri: arg instanceof vscode.Uri ? arg : undefined };
    if (scripted) {
      const parsed = requestSchema.safeParse(arg);
      if (!parsed.success) throw new Error(`designWorkbench.scoreAnswer: expected a Uri or { uri?, challenge? }; ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ')}`);
      request = parsed.data;
    }
    const document = request.uri ? await vscode.workspace.openTextDocument(request.uri) : vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Design Workbench: open your Markdown answer to score it (start one with "New Design Document" › Explain-it answer).');
      return undefined;
    }
    const catalog = await this.catalog();
    const version = document.version;
    const text = document.getText();
    const doc = parseDocument(text);
    const id = request.challenge ?? challengeOf(doc);
    let rubric: Rubric | undefined = id ? findRubric(catalog, id)?.rubric : undefined;
    if (id && !rubric) {
      if (scripted) throw new Error(`unknown challenge '${id}'`);
      void vscode.window.showWarningMessage(`Design Workbench: this answer names the challenge '${id}', which is not in the catalog. Pick the challenge to score against.`);
    }
    if (!rubric) {
      if (scripted) throw new Error('no challenge: pass { challenge } or put `challenge:` in the front matter');
      rubric = await pickChallenge(catalog);
      if (!rubric) return undefined;
    }
    const result = scoreAnswer(doc, rubric);
    const scored: ScoredDocument = { uri: document.uri, version, text, result, highlights: highlightsOf(result), stale: version !== document.version };
    this.scored.set(document.uri.toString(), scored);
    this.redecorate();
    this.show(scored);
    this.onDidScoreEmitter.fire(scored);
    return result;
  }

  /** Built-in rubrics with the workspace's own; problems in those files go to the Problems panel. Mock interviews use it too. */
  async catalog(): Promise<RubricCatalog> {
    const uris = await vscode.workspace.findFiles(RUBRIC_GLOB, undefined, 200);
    const files: { file: string; text: string }[] = [];
    const tooLarge: RubricProblem[] = [];
    const byFile = new Map<string, vscode.Uri>();
    for (const uri of uris.sort((a, b) => a.path.localeCompare(b.path))) {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const file = vscode.workspace.asRelativePath(uri);
      byFile.set(file, uri);
      if (bytes.length > MAX_RUBRIC_BYTES) {
        tooLarge.push({ file, line: 0, message: `larger than ${MAX_RUBRIC_BYTES / 1024 / 1024} MB; a rubric is a few KB, so this file is left out` });
        continue;
      }
      files.push({ file, text: new TextDecoder().decode(bytes) });
    }
    const built = buildRubricCatalog(files);
    const catalog = { ...built, problems: [...tooLarge, ...built.problems] };
    this.rubricProblems.clear();
    const grouped = new Map<string, vscode.Diagnostic[]>();
    for (const p of catalog.problems) {
      const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, 1000), `Rubric: ${p.message}`, vscode.DiagnosticSeverity.Error);
      d.source = DIAGNOSTIC_SOURCE;
      grouped.set(p.file, [...(grouped.get(p.file) ?? []), d]);
    }
    for (const [file, list] of grouped) {
      const uri = byFile.get(file);
      if (uri) this.rubricProblems.set(uri, list);
    }
    if (catalog.problems.length) {
      const first = catalog.problems[0];
      void vscode.window
        .showWarningMessage(`Design Workbench: ${first.file}:${first.line + 1}: ${first.message}${catalog.problems.length > 1 ? ` (and ${catalog.problems.length - 1} more)` : ''}. That rubric is left out.`, 'Show')
        .then((choice) => {
          const uri = byFile.get(first.file);
          if (choice === 'Show' && uri) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(first.line, 0, first.line, 0) });
        });
    }
    return catalog;
  }

  private changed(document: vscode.TextDocument, closed = false): void {
    const scored = this.scored.get(document.uri.toString());
    if (!scored || scored.stale || (!closed && document.version === scored.version)) return;
    // The highlights point at lines that may have moved: clear them until the answer is scored again.
    scored.stale = true;
    this.redecorate();
    if (this.shown === scored) void this.endpoint?.post({ type: 'score/stale' });
  }

  private redecorate(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const scored = this.scored.get(editor.document.uri.toString());
      for (const kind of ['full', 'partial', 'pitfall'] as const) {
        const options =
          scored && !scored.stale && editor.document.version === scored.version
            ? scored.highlights
                .filter((h) => h.kind === kind && h.line <= editor.document.lineCount)
                .map((h) => ({ range: editor.document.lineAt(h.line - 1).range, hoverMessage: new vscode.MarkdownString(h.hover) }))
            : [];
        editor.setDecorations(this.decorations[kind], options);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // The result view.

  private data(scored: ScoredDocument): ScoreViewData {
    return { file: vscode.workspace.asRelativePath(scored.uri), result: scored.result as ScoreViewData['result'], stale: scored.stale, opinion: this.opinion };
  }

  private show(scored: ScoredDocument): void {
    this.shown = scored;
    this.opinionRun?.cancel();
    this.opinion = { state: 'off', message: '' };
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(SCORE_VIEW_TYPE, 'Answer Score', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
      this.panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity.svg');
      this.endpoint = new MessageEndpoint(this.panel.webview, fromScoreViewSchema, (m) => this.onMessage(m), this.log);
      showPage(this.panel.webview, this.extensionUri, { title: 'Answer Score', scripts: ['score.js'], styles: ['score.css'], codicons: true, body: '<main id="root"></main>' });
      this.panel.onDidDispose(() => {
        this.opinionRun?.cancel();
        this.endpoint?.dispose();
        this.panel = undefined;
        this.endpoint = undefined;
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.panel.title = `Score: ${scored.result.title}`;
    void this.refreshOpinionState();
  }

  private post(): void {
    if (this.shown) void this.endpoint?.post({ type: 'score/show', data: this.data(this.shown) });
  }

  private async onMessage(m: FromScoreView): Promise<void> {
    const scored = this.shown;
    switch (m.type) {
      case 'view/ready':
        this.post();
        return;
      case 'source/reveal':
        if (scored) {
          const position = new vscode.Position(m.line - 1, 0);
          await vscode.window.showTextDocument(scored.uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
        }
        return;
      case 'score/again':
        // As from the palette: the challenge is read again from the front matter, and problems are shown to the user.
        if (scored) await this.scoreAnswer(scored.uri);
        return;
      case 'opinion/settings':
        await vscode.commands.executeCommand('workbench.action.openSettings', LM_SETTING);
        return;
      case 'opinion/request':
        await this.secondOpinion();
        return;
    }
  }

  // -------------------------------------------------------------------------------------------
  // The second opinion (opt-in).

  private async refreshOpinionState(): Promise<void> {
    this.opinion = await currentOpinionState();
    this.post();
  }

  private setOpinion(state: OpinionState): void {
    this.opinion = state;
    void this.endpoint?.post({ type: 'opinion/state', opinion: state });
  }

  private async secondOpinion(): Promise<void> {
    const scored = this.shown;
    if (!scored) return;
    // The run exists from the start, so a new score, a closed view or withdrawn consent stops it at any await.
    this.opinionRun?.cancel();
    const run = (this.opinionRun = new vscode.CancellationTokenSource());
    const current = (): boolean => !run.token.isCancellationRequested && this.opinionRun === run && this.shown === scored;
    const state = await currentOpinionState();
    if (!current()) return;
    if (state.state !== 'ready') return this.setOpinion(state);
    if (scored.stale) return this.setOpinion({ state: 'failed', model: state.model, message: 'The answer changed since it was scored: score it again, then ask.' });
    const [model] = await vscode.lm.selectChatModels();
    if (!current()) return;
    if (!model) return this.setOpinion({ state: 'unavailable', message: 'No chat model is available. Install or sign in to a chat extension that provides one.' });
    const rubric = findRubric(await this.catalog(), scored.result.challenge)?.rubric;
    if (!current()) return;
    if (!rubric) return this.setOpinion({ state: 'failed', model: model.name, message: `the challenge '${scored.result.challenge}' is no longer in the catalog` });
    // The model grades the text that was scored, never a later edit.
    const answer = scored.text;
    const prompts = opinionPrompts(rubric, answer);
    const criteria: CriterionOpinion[] = [];
    const errors: string[] = [];
    for (const [i, prompt] of prompts.entries()) {
      this.setOpinion({ state: 'working', model: model.name, done: i, of: prompts.length });
      const criterion = rubric.criteria.find((c) => c.id === prompt.criterion)!;
      try {
        const response = await model.sendRequest(
          [vscode.LanguageModelChatMessage.User(prompt.text)],
          { justification: 'Design Workbench asks the model to grade your answer against the same rubric, as a second opinion beside its own score.' },
          run.token,
        );
        let reply = '';
        for await (const part of response.text) {
          if (!current()) return;
          reply += part;
        }
        if (!current()) return;
        const read = readOpinion(criterion, answer, reply);
        if (read.ok) criteria.push(read.opinion);
        else errors.push(`${criterion.title}: ${read.error}`);
      } catch (e) {
        if (!current()) return;
        const message = e instanceof vscode.LanguageModelError ? `${e.message} (${e.code})` : e instanceof Error ? e.message : String(e);
        return this.setOpinion({ state: 'failed', model: model.name, message });
      }
    }
    // A total only over what the model answered: a failed criterion is not a zero.
    const max = criteria.reduce((s, c) => s + c.max, 0);
    const total = max ? Math.round((100 * criteria.reduce((s, c) => s + c.score, 0)) / max) : 0;
    this.setOpinion({ state: 'done', model: model.name, total, criteria, errors });
  }

  dispose(): void {
    this.opinionRun?.cancel();
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

async function currentOpinionState(): Promise<OpinionState> {
  if (!vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('scoring.languageModel', false)) {
    return { state: 'off', message: 'A second opinion from a language model is off. Turn on "Design Workbench › Scoring: Language Model" to ask one; asking sends your answer and the rubric to the chat model VS Code offers, named in this view.' };
  }
  if (!vscode.lm?.selectChatModels) return { state: 'unavailable', message: 'This version of VS Code has no Language Model API.' };
  const models = await vscode.lm.selectChatModels();
  if (!models.length) return { state: 'unavailable', message: 'No chat model is available. Install or sign in to a chat extension that provides one, then try again.' };
  return { state: 'ready', model: models[0].name };
}

async function pickChallenge(catalog: RubricCatalog): Promise<Rubric | undefined> {
  const picked = await vscode.window.showQuickPick(
    catalog.rubrics.map((r) => ({ label: r.rubric.title, description: r.rubric.id, detail: r.rubric.summary + (r.source === 'built-in' ? '' : ` (${r.file})`), rubric: r.rubric })),
    { title: 'Score Answer', placeHolder: 'Which challenge does this answer?', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.rubric;
}

/** Rubric text (a workspace's own file) shown as Markdown text, never as links, images or markup. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** Evidence lines, best first where a line holds several; pitfalls over everything. */
function highlightsOf(result: ScoreResult): ScoredDocument['highlights'] {
  const byLine = new Map<number, { kind: 'full' | 'partial' | 'pitfall'; notes: string[] }>();
  const rank = { partial: 0, full: 1, pitfall: 2 };
  const add = (line: number, kind: 'full' | 'partial' | 'pitfall', note: string): void => {
    const entry = byLine.get(line) ?? { kind, notes: [] };
    if (rank[kind] > rank[entry.kind]) entry.kind = kind;
    entry.notes.push(note);
    byLine.set(line, entry);
  };
  for (const c of result.criteria) {
    for (const e of c.evidence) {
      const why = e.strength === 'full' ? (e.fact ? `argued and tied to the scenario (${md(e.fact)})` : 'argued') : 'stated without a reason tied to the scenario: say why';
      add(e.line, e.strength, `**${md(c.title)}** (${c.score}/${c.max}): earns *${md(e.concept)}*, ${why}.`);
    }
    for (const p of c.pitfalls) add(p.line, 'pitfall', `**${md(c.title)}**: pitfall *${md(p.title)}*, −${p.penalty} points. ${md(p.feedback)}`);
  }
  return [...byLine].sort((a, b) => a[0] - b[0]).map(([line, { kind, notes }]) => ({ line, kind, hover: `Design Workbench score\n\n${notes.join('\n\n')}` }));
}
