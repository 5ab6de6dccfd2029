import * as vscode from 'vscode';
import type { Lang } from '../../engine/types';
import { langLabel } from '../labels';
import type { CommandContext } from './commandContext';
import { setDraftValue } from './draftValue';

/** Unscripted: Set Draft Language… — English, French, or detect automatically. Argument: 'en' | 'fr' | 'auto'. */
export async function setLanguage(ctx: CommandContext, arg?: Lang | 'auto'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  let choice = arg;
  if (!choice) {
    const items: (vscode.QuickPickItem & { value: Lang | 'auto' })[] = [
      { label: vscode.l10n.t('Detect automatically'), value: 'auto' },
      { label: langLabel('en'), description: 'en', value: 'en' },
      { label: langLabel('fr'), description: 'fr', value: 'fr' },
    ];
    choice = (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Language of this draft') }))?.value;
  }
  if (choice) await setDraftValue(ctx, editor, 'lang', choice === 'auto' ? undefined : choice);
}
