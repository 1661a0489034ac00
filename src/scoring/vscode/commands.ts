// "Score Answer": the VS Code adapter over the scorer. It picks the challenge (front matter, else a QuickPick),
// scores against the catalog with the workspace's own rubrics (rubric-files.ts), highlights the evidence in the
// editor (decorations.ts), shows the result view (panel.ts), and on request a second opinion (second-opinion.ts).
// Loaded on first use, from the lazy bundle.
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { frontMatterProblem, parseDocument } from '../../shared/document';
import { challengeOf, findRubric, type RubricCatalog } from '../catalog';
import type { FromScoreView, OpinionState, ScoreViewData } from '../protocol';
import type { Rubric } from '../schema';
import { scoreAnswer } from '../scorer';
import type { ScoreResult } from '../types';
import { highlightsOf, ScoreHighlights, type Highlight } from './decorations';
import { ScorePanel } from './panel';
import { RubricFiles } from './rubric-files';
import { currentOpinionState, LM_SETTING, runSecondOpinion } from './second-opinion';

export { SCORE_VIEW_TYPE } from './panel';

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
  readonly highlights: readonly Highlight[];
  stale: boolean;
}

export class ScoringCommands implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly highlights = new ScoreHighlights();
  private readonly rubrics = new RubricFiles();
  private readonly panel: ScorePanel;
  private readonly scored = new Map<string, ScoredDocument>();
  private shown: ScoredDocument | undefined;
  private opinion: OpinionState = { state: 'off', message: '' };
  private opinionRun: vscode.CancellationTokenSource | undefined;
  private readonly onDidScoreEmitter = new vscode.EventEmitter<ScoredDocument>();
  readonly onDidScore = this.onDidScoreEmitter.event;

  constructor(extensionUri: vscode.Uri, log: (line: string) => void) {
    this.panel = new ScorePanel(extensionUri, (m) => this.onMessage(m), () => this.opinionRun?.cancel(), log);
    this.disposables.push(
      this.highlights,
      this.rubrics,
      this.onDidScoreEmitter,
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
    return this.shown && this.panel.isOpen ? this.data(this.shown) : undefined;
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
      void vscode.window.showInformationMessage(vscode.l10n.t('Design Workbench: open your Markdown answer to score it (start one with "New Design Document" › Explain-it answer).'));
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
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: this answer names the challenge \'{0}\', which is not in the catalog. Pick the challenge to score against.', id));
    }
    const invalid = id === undefined ? frontMatterProblem(doc) : undefined;
    if (!rubric && invalid && !scripted) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Design Workbench: the challenge could not be read: line {0}: {1}. Pick the challenge to score against.', invalid.line, invalid.message));
    }
    if (!rubric) {
      if (scripted) throw new Error(invalid ? `no challenge read: line ${invalid.line}: ${invalid.message}` : 'no challenge: pass { challenge } or put `challenge:` in the front matter');
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

  /** The score of a text against a challenge of the catalog, shown nowhere (a mock interview's report uses it). */
  async scoreText(text: string, challenge: string): Promise<ScoreResult | undefined> {
    const rubric = findRubric(await this.catalog(), challenge)?.rubric;
    return rubric && scoreAnswer(parseDocument(text), rubric);
  }

  /** Built-in rubrics with the workspace's own; problems in those files go to the Problems panel. Mock interviews use it too. */
  catalog(): Promise<RubricCatalog> {
    return this.rubrics.catalog();
  }

  private changed(document: vscode.TextDocument, closed = false): void {
    const scored = this.scored.get(document.uri.toString());
    if (!scored || scored.stale || (!closed && document.version === scored.version)) return;
    // The highlights point at lines that may have moved: clear them until the answer is scored again.
    scored.stale = true;
    this.redecorate();
    if (this.shown === scored) this.panel.post({ type: 'score/stale' });
  }

  private redecorate(): void {
    this.highlights.redraw((uri) => this.scored.get(uri.toString()));
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
    this.panel.open(`Score: ${scored.result.title}`);
    void this.refreshOpinionState();
  }

  private post(): void {
    if (this.shown) this.panel.show(this.data(this.shown));
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
    this.panel.post({ type: 'opinion/state', opinion: state });
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
    await runSecondOpinion({ model, rubric, answer: scored.text, token: run.token, current, report: (s) => this.setOpinion(s) });
  }

  dispose(): void {
    this.opinionRun?.cancel();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

async function pickChallenge(catalog: RubricCatalog): Promise<Rubric | undefined> {
  const picked = await vscode.window.showQuickPick(
    catalog.rubrics.map((r) => ({ label: r.rubric.title, description: r.rubric.id, detail: r.source === 'built-in' ? r.rubric.summary : vscode.l10n.t('{0} ({1})', r.rubric.summary, r.file ?? r.source), rubric: r.rubric })),
    { title: vscode.l10n.t('Score Answer'), placeHolder: vscode.l10n.t('Which challenge does this answer?'), matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.rubric;
}
