import * as vscode from 'vscode';
import { uiLanguage } from '../uiLanguage';
import type { AnalysisSource } from './analysisSource';
import { ComparePanel } from './comparePanel';
import { savedVersionUri } from './savedVersionProvider';

const DRAFT_FILTERS = { Drafts: ['md', 'txt', 'eml', 'outreach'], All: ['*'] };

async function pickTwo(): Promise<{ before: vscode.Uri; after: vscode.Uri; labels?: { before?: string; after?: string } } | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const saved = vscode.l10n.t('Current draft vs its saved version');
  const files = vscode.l10n.t('Choose two files…');
  const choice = active && !active.isUntitled
    ? await vscode.window.showQuickPick([saved, files], { title: vscode.l10n.t('Unscripted: compare two drafts') })
    : files;
  if (!choice) return undefined;
  if (choice === saved && active) {
    const name = active.uri.path.split('/').pop() ?? '';
    return {
      before: savedVersionUri(active.uri),
      after: active.uri,
      labels: uiLanguage() === 'fr' ? { before: `${name} (enregistré)`, after: `${name} (en cours)` } : { before: `${name} (saved)`, after: `${name} (current)` },
    };
  }
  const first = await vscode.window.showOpenDialog({ canSelectMany: true, openLabel: vscode.l10n.t('Compare'), filters: DRAFT_FILTERS,
    title: vscode.l10n.t('Choose the two drafts to compare (before, then after)') });
  if (!first || first.length === 0) return undefined;
  if (first.length >= 2) return { before: first[0], after: first[1] };
  const second = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Compare'), filters: DRAFT_FILTERS,
    title: vscode.l10n.t('Choose the draft to compare it with') });
  return second?.[0] && { before: first[0], after: second[0] };
}

/** "Compare two drafts": two files, or the current draft and its saved version. Returns the panel (tests drive it). */
export async function compareDrafts(
  extensionUri: vscode.Uri,
  source: AnalysisSource,
  before?: vscode.Uri,
  after?: vscode.Uri,
): Promise<ComparePanel | undefined> {
  const picked = before && after ? { before, after, labels: undefined } : await pickTwo();
  if (!picked) return undefined;
  const [a, b] = await Promise.all([vscode.workspace.openTextDocument(picked.before), vscode.workspace.openTextDocument(picked.after)]);
  return new ComparePanel(extensionUri, source, a, b, picked.labels);
}
