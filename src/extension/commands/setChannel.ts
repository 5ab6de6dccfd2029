import * as vscode from 'vscode';
import { CHANNELS, type Channel } from '../../engine/types';
import { channelLabel } from '../labels';
import type { CommandContext } from './commandContext';
import { setDraftValue } from './draftValue';

/** Unscripted: Set Draft Channel… — email, LinkedIn note/message, InMail. Argument: a channel or 'auto'. */
export async function setChannel(ctx: CommandContext, arg?: Channel | 'auto'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  let choice = arg;
  if (!choice) {
    const items: (vscode.QuickPickItem & { value: Channel | 'auto' })[] = [
      { label: vscode.l10n.t('Default (front matter, else email)'), value: 'auto' },
      ...CHANNELS.map((c) => ({ label: channelLabel(c), description: c, value: c })),
    ];
    choice = (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Where will this draft be sent?') }))?.value;
  }
  if (choice) await setDraftValue(ctx, editor, 'channel', choice === 'auto' ? undefined : choice);
}
