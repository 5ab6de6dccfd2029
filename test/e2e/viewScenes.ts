// Loaded by test/e2e/view.mjs as the extensionTestsPath: sets up each scene of the score-view
// screenshots inside the real VS Code, announces it ("[scene] NAME") and waits until the driver
// has taken its picture (it creates the file NAME.done in UNSCRIPTED_E2E_SIGNALS).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { UnscriptedApi } from '../../src/extension/api';
import type { DemoPanel } from '../../src/extension/view/demoPanel';

const signals = process.env.UNSCRIPTED_E2E_SIGNALS ?? '';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function scene(name: string): Promise<void> {
  await sleep(1200); // let the webviews paint
  console.log(`[scene] ${name}`);
  const done = join(signals, `${name}.done`);
  for (let i = 0; i < 600 && !existsSync(done); i++) await sleep(100);
}

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension<UnscriptedApi>('unscripted.unscripted')!;
  await ext.activate();
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const before = vscode.Uri.joinPath(folder, 'before.email.md');
  const after = vscode.Uri.joinPath(folder, 'after.email.md');

  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  // 1. The score view beside a draft.
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(before));
  await vscode.commands.executeCommand('unscripted.scoreView.focus');
  await sleep(1500);
  await scene('score');

  // 2. Comparison of the two drafts.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  const compare = await vscode.commands.executeCommand('unscripted.compareDrafts', before, after);
  await scene('compare');
  (compare as vscode.Disposable).dispose();

  // 3. A demo step (normal, then presentation mode).
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const demo = (await vscode.commands.executeCommand('unscripted.startDemo', 'cold-email-en')) as DemoPanel;
  for (let i = 0; i < 3; i++) {
    await demo.next();
    await demo.whenScored();
  }
  await scene('demo');
  await demo.handleMessage({ type: 'presentation' });
  await scene('demo-presentation');
  await vscode.commands.executeCommand('workbench.action.files.revert');
}
