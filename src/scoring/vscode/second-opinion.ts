// The opt-in second opinion: a language model grades the scored text against the same rubric, one prompt per
// criterion, through vscode.lm. Replies are checked (src/scoring/second-opinion.ts); points come from our thresholds.
import * as vscode from 'vscode';
import { errorText } from '../../shared/errors';
import { CONFIG_SECTION } from '../../shared/ids';
import type { OpinionState } from '../protocol';
import type { Rubric } from '../schema';
import { opinionPrompts, readOpinion, type CriterionOpinion } from '../second-opinion';

export const LM_SETTING = `${CONFIG_SECTION}.scoring.languageModel`;

/** Whether a second opinion can be asked now, and of which model. */
export async function currentOpinionState(): Promise<OpinionState> {
  if (!vscode.workspace.getConfiguration(CONFIG_SECTION).get<boolean>('scoring.languageModel', false)) {
    return { state: 'off', message: 'A second opinion from a language model is off. Turn on "Design Workbench › Scoring: Language Model" to ask one; asking sends your answer and the rubric to the chat model VS Code offers, named in this view.' };
  }
  if (!vscode.lm?.selectChatModels) return { state: 'unavailable', message: 'This version of VS Code has no Language Model API.' };
  const models = await vscode.lm.selectChatModels();
  if (!models.length) return { state: 'unavailable', message: 'No chat model is available. Install or sign in to a chat extension that provides one, then try again.' };
  return { state: 'ready', model: models[0].name };
}

export interface OpinionRequest {
  readonly model: vscode.LanguageModelChat;
  readonly rubric: Rubric;
  /** The text that was scored, never a later edit. */
  readonly answer: string;
  readonly token: vscode.CancellationToken;
  /** False once the run is no longer wanted (a new score, a closed view, withdrawn consent). */
  readonly current: () => boolean;
  readonly report: (state: OpinionState) => void;
}

/** Runs the prompts and reports each state; ends silently when the run stops being current. */
export async function runSecondOpinion({ model, rubric, answer, token, current, report }: OpinionRequest): Promise<void> {
  const prompts = opinionPrompts(rubric, answer);
  const criteria: CriterionOpinion[] = [];
  const errors: string[] = [];
  for (const [i, prompt] of prompts.entries()) {
    report({ state: 'working', model: model.name, done: i, of: prompts.length });
    const criterion = rubric.criteria.find((c) => c.id === prompt.criterion)!;
    try {
      const response = await model.sendRequest(
        [vscode.LanguageModelChatMessage.User(prompt.text)],
        { justification: 'Design Workbench asks the model to grade your answer against the same rubric, as a second opinion beside its own score.' },
        token,
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
      const message = e instanceof vscode.LanguageModelError ? `${e.message} (${e.code})` : errorText(e);
      return report({ state: 'failed', model: model.name, message });
    }
  }
  // A total only over what the model answered: a failed criterion is not a zero.
  const max = criteria.reduce((s, c) => s + c.max, 0);
  const total = max ? Math.round((100 * criteria.reduce((s, c) => s + c.score, 0)) / max) : 0;
  report({ state: 'done', model: model.name, total, criteria, errors });
}
