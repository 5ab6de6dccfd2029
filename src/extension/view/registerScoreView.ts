import * as vscode from 'vscode';
import type { AnalysisSource } from './analysisSource';
import { compareDrafts } from './compareDrafts';
import { exportReport, type ExportArgs } from './exportReport';
import { openSampleDraft } from './openSampleDraft';
import { SAVED_SCHEME, SavedVersionProvider } from './savedVersionProvider';
import { ScoreViewProvider } from './scoreViewProvider';
import { startDemo } from './startDemo';

/**
 * The score view, compare, demo and export, wired to the analysis store. Returns the view provider
 * (the extension's API exposes it to the integration tests).
 */
export function registerScoreView(context: vscode.ExtensionContext, source: AnalysisSource): ScoreViewProvider {
  const provider = new ScoreViewProvider(context.extensionUri, source);
  const uri = context.extensionUri;
  context.subscriptions.push(
    provider,
    vscode.window.registerWebviewViewProvider(ScoreViewProvider.viewType, provider),
    vscode.workspace.registerTextDocumentContentProvider(SAVED_SCHEME, new SavedVersionProvider()),
    vscode.commands.registerCommand('unscripted.showDetails', () => vscode.commands.executeCommand(`${ScoreViewProvider.viewType}.focus`)),
    vscode.commands.registerCommand('unscripted.compareDrafts', (a?: vscode.Uri, b?: vscode.Uri) => compareDrafts(uri, source, a, b)),
    vscode.commands.registerCommand('unscripted.startDemo', (id?: string) => startDemo(uri, source, typeof id === 'string' ? id : undefined)),
    vscode.commands.registerCommand('unscripted.exportReport', (args?: ExportArgs | vscode.Uri) =>
      exportReport(source, args instanceof vscode.Uri ? { uri: args } : args)),
    vscode.commands.registerCommand('unscripted.walkthrough.openSample', (lang?: 'en' | 'fr') => openSampleDraft(uri, lang)),
  );
  return provider;
}
