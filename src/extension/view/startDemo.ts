import * as vscode from 'vscode';
import { nodePackReader } from '../../cli/nodePackReader';
import type { DemoScenario } from '../../demo/demoScenario';
import { loadDemoGallery } from '../../demo/loadDemoGallery';
import { uiLanguage } from '../uiLanguage';
import type { AnalysisSource } from './analysisSource';
import { DemoPanel } from './demoPanel';

/** The gallery shipped in media/demo (read from the extension folder: works offline). */
export function demoGallery(extensionUri: vscode.Uri): DemoScenario[] {
  const { scenarios, errors } = loadDemoGallery(nodePackReader, vscode.Uri.joinPath(extensionUri, 'media', 'demo').fsPath);
  for (const e of errors) console.warn(`[unscripted] demo gallery: ${e}`);
  return scenarios;
}

/** Language id for a demo draft: the extension's own `outreach` language when present. */
async function draftLanguage(): Promise<string> {
  return (await vscode.languages.getLanguages()).includes('outreach') ? 'outreach' : 'markdown';
}

/**
 * "Start demo": pick a scenario (or pass its id), open its bad draft in an editor and the demo panel
 * beside it. Returns the panel (tests drive it).
 */
export async function startDemo(extensionUri: vscode.Uri, source: AnalysisSource, scenarioId?: string): Promise<DemoPanel | undefined> {
  const gallery = demoGallery(extensionUri);
  const lang = uiLanguage();
  let scenario = scenarioId ? gallery.find((s) => s.id === scenarioId) : undefined;
  if (!scenario) {
    const pick = await vscode.window.showQuickPick(
      gallery.map((s) => ({ label: s.title[lang], description: `${s.lang.toUpperCase()} \u00b7 ${s.channel}`, detail: s.notes[lang], scenario: s })),
      { title: vscode.l10n.t('Unscripted: choose a demo scenario'), matchOnDescription: true },
    );
    scenario = pick?.scenario;
  }
  if (!scenario) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: await draftLanguage(), content: scenario.bad });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  return new DemoPanel(extensionUri, source, scenario, document);
}
