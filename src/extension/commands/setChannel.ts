import * as vscode from 'vscode';
import { CHANNELS, type Channel } from '../../engine/types';
import { channelLabel } from '../labels';
import type { CommandContext } from './commandContext';
import { chooseDraftValue } from './draftValue';

/** Unscripted: Set Draft Channel… — email, LinkedIn note/message, InMail. Argument: a channel or 'auto'. */
export function setChannel(ctx: CommandContext, arg?: Channel | 'auto'): Promise<void> {
  return chooseDraftValue<Channel>(ctx, 'channel', arg, [
    { label: vscode.l10n.t('Default (front matter, else email)'), value: 'auto' },
    ...CHANNELS.map((c) => ({ label: channelLabel(c), description: c, value: c })),
  ], vscode.l10n.t('Where will this draft be sent?'));
}
