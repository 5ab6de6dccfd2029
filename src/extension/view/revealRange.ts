import * as vscode from 'vscode';

/** Shows [start, end) of the document selected and centred, in the editor already showing it if any. */
export async function revealRange(target: vscode.Uri | string, start: number, end: number): Promise<vscode.TextEditor> {
  const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
  const document = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
