// The two questions that start a mock interview: which challenge, and how long.
import * as vscode from 'vscode';
import { pickRandom, recommend, SESSION_LENGTHS, type ChallengeInfo, type SessionRecord } from '../index';

export async function pickChallenge(catalog: readonly ChallengeInfo[], history: readonly SessionRecord[], now: number): Promise<ChallengeInfo | undefined> {
  type Item = vscode.QuickPickItem & { readonly challenge?: () => ChallengeInfo | undefined };
  const recommended = recommend(catalog, history, now);
  const items: Item[] = [
    ...(recommended ? [{ label: `$(star-full) Recommended: ${recommended.challenge.title}`, detail: recommended.reason, challenge: () => recommended.challenge }] : []),
    { label: '$(question) Random', detail: 'A challenge picked at random among those you have not done recently.', challenge: () => pickRandom(catalog, history, now, now) },
    { label: 'Challenges', kind: vscode.QuickPickItemKind.Separator },
    ...catalog.map((c) => ({ label: c.title, description: `${c.id} · ${c.level}`, detail: c.summary, challenge: () => c })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Start Mock Interview (1/2)'), placeHolder: vscode.l10n.t('Which challenge?'), matchOnDescription: true, matchOnDetail: true });
  return picked?.challenge?.();
}

export async function pickLength(preferred: number): Promise<number | undefined> {
  const lengths = [preferred, ...SESSION_LENGTHS.filter((l) => l !== preferred)];
  const picked = await vscode.window.showQuickPick(
    lengths.map((minutes) => ({ label: vscode.l10n.t('{0} minutes', minutes), description: minutes === preferred ? vscode.l10n.t('default (designWorkbench.practice.length)') : undefined, minutes })),
    { title: vscode.l10n.t('Start Mock Interview (2/2)'), placeHolder: vscode.l10n.t('How long?') },
  );
  return picked?.minutes;
}
