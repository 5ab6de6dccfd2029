import * as vscode from 'vscode';
import type { ConfigReader } from '../../engine/config/configTypes';
import { nodeConfigReader } from '../../node/nodeConfigReader';

/**
 * The filesystem as the editor sees it: an open config or pack is read from its (possibly unsaved) editor
 * text, so a pack author gets diagnostics and re-checked drafts as they type.
 */
export const editorConfigReader: ConfigReader = {
  exists: (path) => openDocument(path) !== undefined || nodeConfigReader.exists(path),
  read: (path) => openDocument(path)?.getText() ?? nodeConfigReader.read(path),
  list: (path) => nodeConfigReader.list(path),
};

function openDocument(path: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && !d.isClosed && d.uri.fsPath === path);
}
