import * as vscode from 'vscode';
import type { Finding, Lang } from '../engine/types';
import { categoryLabel } from '../report/categoryLabels';
import type { AnalysisStore } from './analysisStore';
import { rangeOf, trimSpan } from './openDocuments';
import { readSettings } from './settings';
import { uiLanguage } from './uiLanguage';

/** Hover on a highlighted signal: what it is and what counts as personal. */
function signalHover(f: Finding, lang: Lang): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${vscode.l10n.t('Personal signal')}** · ${categoryLabel(f.category, lang)}\n\n`);
  md.appendText(f.message);
  if (f.why) md.appendMarkdown('\n\n').appendText(f.why);
  md.appendMarkdown(
    `\n\n_${vscode.l10n.t('Counts as personal: something only this recipient would recognise — their post, talk, launch or hire; a name, number or place tied to them; an honest reason for writing now; an open question about their situation; an easy way to say no.')}_`,
  );
  return md;
}

/**
 * Highlights authentic findings (personal signals) with a subtle theme colour, in every visible
 * editor showing a checked document. Off with `unscripted.showSignals: false`.
 */
export function registerSignalDecorations(store: AnalysisStore): vscode.Disposable {
  const type = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('unscripted.personalSignalBackground'),
    borderColor: new vscode.ThemeColor('unscripted.personalSignalBorder'),
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 1px 0',
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const paint = (editor: vscode.TextEditor): void => {
    const doc = editor.document;
    const entry = store.get(doc.uri);
    if (!entry?.analysis || entry.version !== doc.version || !readSettings(doc.uri).showSignals) {
      if (!entry || entry.version === doc.version) editor.setDecorations(type, []);
      return;
    }
    const text = doc.getText();
    const options: vscode.DecorationOptions[] = [];
    for (const d of entry.analysis.drafts) {
      const lang = uiLanguage(d.draft.lang, doc.uri);
      for (const f of d.findings) if (f.kind === 'authentic' && f.end > f.start) options.push({ range: rangeOf(doc, trimSpan(text, f)), hoverMessage: signalHover(f, lang) });
    }
    editor.setDecorations(type, options);
  };
  const paintAll = (): void => vscode.window.visibleTextEditors.forEach(paint);
  paintAll();
  return vscode.Disposable.from(
    type,
    store.onDidChange(({ uri }) => {
      for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) paint(e);
    }),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('unscripted.showSignals')) paintAll();
    }),
  );
}
