import * as vscode from 'vscode';
import type { Lang } from '../../engine/types';
import { uiLanguage } from '../uiLanguage';

/** Walkthrough step: opens a copy of the shipped sample draft (EN or FR) as an untitled Markdown draft. */
export async function openSampleDraft(extensionUri: vscode.Uri, lang?: Lang): Promise<vscode.TextEditor> {
  const which = lang === 'fr' || lang === 'en' ? lang : uiLanguage();
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', `sample-${which}.md`));
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
  return vscode.window.showTextDocument(document, { preview: false });
}
