// Shared by the integration suites (not a suite: index.ts loads *.test.js only).
// Everything waits on events (diagnostics, store changes); the timeout is a safety net, not a sleep.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { UnscriptedApi } from '../../../src/extension/api';
import type { StoredAnalysis } from '../../../src/extension/analysisStore';

export const EXTENSION_ID = 'unscripted.unscripted';
const WAIT_MS = 15000;

export async function api(): Promise<UnscriptedApi> {
  const ext = vscode.extensions.getExtension<UnscriptedApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : ext.activate();
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace folder is open');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

export async function openFile(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc);
}

export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  return vscode.window.showTextDocument(doc);
}

/** Resolves when `check()` returns a value (checked now and after each event), rejects after WAIT_MS. */
function waitFor<T>(event: vscode.Event<unknown>, check: () => T | undefined, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const now = check();
    if (now !== undefined) return resolve(now);
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`));
    }, WAIT_MS);
    const sub = event(() => {
      const v = check();
      if (v !== undefined) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

export function unscriptedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Unscripted');
}

/** Waits on onDidChangeDiagnostics until the document's Unscripted diagnostics satisfy `ok`. */
export function waitForDiagnostics(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, what = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => {
    const d = unscriptedDiagnostics(uri);
    return ok(d) ? d : undefined;
  }, `${what} on ${uri.toString(true)}`);
}

/** Waits on the store until it holds an entry for the document's current version satisfying `ok`. */
export async function waitForAnalysis(doc: vscode.TextDocument, ok: (e: StoredAnalysis) => boolean = () => true): Promise<StoredAnalysis> {
  const { store } = await api();
  return waitFor(store.onDidChange, () => {
    const e = store.get(doc.uri);
    return e && e.version === doc.version && ok(e) ? e : undefined;
  }, `an analysis of ${doc.uri.toString(true)}`);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Reverts and closes every editor one by one (closing a dirty untitled editor otherwise asks to save). */
export async function closeAll(): Promise<void> {
  const open = (): number => vscode.window.tabGroups.all.reduce((n, g) => n + g.tabs.length, 0);
  for (let i = 0; i < 30 && open() > 0; i++) {
    const before = open();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (open() === before) await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
  assert.equal(open(), 0, 'every editor closed');
}
