import * as vscode from 'vscode';
import type { DraftAnalysis } from '../../engine/types';
import { draftAt } from '../draftSummary';
import { channelLabel, langLabel } from '../labels';
import { findOpenDocument, rangeOf } from '../openDocuments';
import type { CommandContext } from './commandContext';

type DetailItem = vscode.QuickPickItem & { span?: { start: number; end: number } };

function detailItems(d: DraftAnalysis): DetailItem[] {
  const items: DetailItem[] = d.score.items.map((it) => {
    const points = it.points > 0 ? `+${it.points}` : `${it.points}`;
    const first = it.findings.length ? d.findings[it.findings[0]] : undefined;
    return {
      label: `${points.padStart(4)}  ${it.label}`,
      description: first ? `“${d.draft.text.slice(first.start, first.end).replace(/\s+/g, ' ').slice(0, 60)}”` : undefined,
      span: first,
    };
  });
  const m = d.metrics;
  items.push(
    { label: vscode.l10n.t('Draft'), kind: vscode.QuickPickItemKind.Separator },
    { label: vscode.l10n.t('{0} words · {1} sentences · {2} questions', m.words, m.sentences, m.questions) },
    { label: vscode.l10n.t('About you: {0} sentences · about them: {1}', m.selfSentences, m.youSentences) },
  );
  if (m.channelLimit) {
    const unit = m.channelLimit.unit === 'words' ? vscode.l10n.t('words') : vscode.l10n.t('characters');
    items.push({ label: vscode.l10n.t('Channel limit: {0}/{1} {2}', m.channelLimit.value, m.channelLimit.max, unit), description: m.channelLimit.source });
  }
  return items;
}

/**
 * Unscripted: Show Score Details — how the score of the draft under the cursor is made; picking
 * a line reveals its phrase. Arguments (from the CodeLens): document URI, draft index.
 * The score-view issue replaces this with its view.
 */
export async function showDetails(ctx: CommandContext, uri?: vscode.Uri, draftIndex?: number): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const doc = uri ? findOpenDocument(uri) : editor?.document;
  const analysis = doc && ctx.store.get(doc.uri)?.analysis;
  if (!doc || !analysis) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Unscripted has not checked this document.'));
    return;
  }
  const d = draftIndex !== undefined ? analysis.drafts[draftIndex] : draftAt(analysis, editor && editor.document === doc ? doc.offsetAt(editor.selection.active) : 0);
  if (!d) return;
  const title = vscode.l10n.t('Score {0} · {1} · {2}', d.score.value, langLabel(d.draft.lang), channelLabel(d.draft.channel));
  const picked = await vscode.window.showQuickPick(detailItems(d), { title, placeHolder: vscode.l10n.t('Every point of the score, and where it comes from') });
  if (picked?.span) {
    const shown = await vscode.window.showTextDocument(doc);
    const range = rangeOf(doc, picked.span);
    shown.selection = new vscode.Selection(range.start, range.end);
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
