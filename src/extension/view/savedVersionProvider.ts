import * as vscode from 'vscode';

/** Read-only documents holding a file's saved (on-disk) content, to compare a draft with its saved version. */
export const SAVED_SCHEME = 'unscripted-saved';

export function savedVersionUri(fileUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: SAVED_SCHEME, path: fileUri.path, query: fileUri.scheme === 'file' ? '' : fileUri.scheme });
}

export class SavedVersionProvider implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = vscode.Uri.from({ scheme: uri.query || 'file', path: uri.path });
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  }
}
