import * as vscode from 'vscode';
import { renderReport, type ReportSource } from '../../report/renderReport';
import { uiLanguage } from '../uiLanguage';
import type { AnalysisSource } from './analysisSource';

export interface ExportArgs {
  /** The draft (default: the active editor's). */
  uri?: vscode.Uri;
  /** Export a comparison of `uri` (before) with this draft (after). */
  compareWith?: vscode.Uri;
  /** Where to write (default: ask with a save dialog). */
  target?: vscode.Uri;
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() || 'draft';

/** "Export report (HTML)": writes the self-contained report of the draft (or comparison) from the store's analyses. */
export async function exportReport(source: AnalysisSource, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const uri = args.uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft to export its report.'));
    return undefined;
  }
  const uris = args.compareWith ? [uri, args.compareWith] : [uri];
  const sources: ReportSource[] = [];
  for (const u of uris) {
    const snap = source.get(u);
    if (!snap) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} has not been checked yet: open it and try again.', baseName(u)));
      return undefined;
    }
    sources.push({ name: baseName(u), analysis: snap.analysis });
  }
  let target = args.target;
  if (!target) {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `${baseName(uri).replace(/\.[^.]+$/, '')}${args.compareWith ? '.compare' : ''}.report.html`;
    target = await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, name),
      filters: { HTML: ['html'] },
      title: vscode.l10n.t('Export Unscripted report'),
    });
    if (!target) return undefined;
  }
  const uiLang = uiLanguage(sources[0].analysis.drafts[0]?.draft.lang, uri);
  const html = renderReport(sources as [ReportSource] | [ReportSource, ReportSource], { uiLang });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
  if (!args.target) void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}', target.fsPath));
  return target;
}
