import * as vscode from 'vscode';
import type { Channel, Lang } from '../../engine/types';
import { draftAt } from '../draftSummary';
import { findFrontMatter, setFrontMatterKey } from '../frontMatterEdit';
import type { CommandContext } from './commandContext';

/**
 * Sets the draft's `lang` or `channel` (undefined = back to detection/default): in the front matter
 * of the draft under the cursor when it has one, otherwise as a per-document override.
 * Returns where it was written.
 */
export async function setDraftValue(
  ctx: CommandContext,
  editor: vscode.TextEditor,
  key: 'lang' | 'channel',
  value: Lang | Channel | undefined,
): Promise<'frontmatter' | 'override'> {
  const doc = editor.document;
  const analysis = ctx.store.current(doc);
  const draft = analysis && draftAt(analysis.drafts, doc.offsetAt(editor.selection.active))?.draft;
  const text = doc.getText();
  const block = draft && findFrontMatter(text, draft.start);
  if (block) {
    const edit = setFrontMatterKey(text, block, key, value);
    if (edit) await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text));
    // A front matter value wins over an override: drop the override so the two never disagree.
    if (ctx.overrides.get(doc.uri)[key] !== undefined) await ctx.overrides.set(doc.uri, { [key]: undefined });
    return 'frontmatter';
  }
  await ctx.overrides.set(doc.uri, { [key]: value });
  return 'override';
}

/**
 * The shared body of "Set Draft Language/Channel…": the value given as argument, else one picked
 * from `items` ('auto' = back to detection/default), written with setDraftValue.
 */
export async function chooseDraftValue<T extends string>(
  ctx: CommandContext,
  key: 'lang' | 'channel',
  arg: T | 'auto' | undefined,
  items: (vscode.QuickPickItem & { value: T | 'auto' })[],
  placeHolder: string,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const choice = arg ?? (await vscode.window.showQuickPick(items, { placeHolder }))?.value;
  if (choice) await setDraftValue(ctx, editor, key, choice === 'auto' ? undefined : (choice as Lang | Channel));
}
