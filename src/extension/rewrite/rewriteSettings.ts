import * as path from 'node:path';
import * as vscode from 'vscode';
import type { EndpointConfig } from '../../rewrite/openaiClient';
import { findPreset, resolveBaseURL } from '../../rewrite/providerPresets';

/**
 * Rewrite settings. Everything that decides where text is sent is application-scoped (package.json),
 * so a cloned repository's .vscode/settings.json cannot redirect drafts; we also read only the
 * user-level value here, whatever the workspace says.
 */
export interface RewriteSettings {
  baseURL?: string;
  model: string;
  preset: string;
  pseudonymize: boolean;
  headerTimeoutMs: number;
  idleTimeoutMs: number;
}

function userValue<T>(c: vscode.WorkspaceConfiguration, key: string, fallback: T): T {
  const i = c.inspect<T>(key);
  return i?.globalValue ?? i?.defaultValue ?? fallback;
}

export function readRewriteSettings(): RewriteSettings {
  const c = vscode.workspace.getConfiguration('unscripted.rewrite');
  const preset = userValue(c, 'preset', 'custom');
  const baseURL = resolveBaseURL(userValue(c, 'baseURL', ''), preset);
  return {
    ...(baseURL ? { baseURL } : {}),
    model: userValue(c, 'model', '').trim(),
    preset,
    pseudonymize: userValue(c, 'pseudonymize', true),
    headerTimeoutMs: Math.max(1, userValue(c, 'timeoutSeconds', 60)) * 1000,
    idleTimeoutMs: Math.max(1, userValue(c, 'idleTimeoutSeconds', 30)) * 1000,
  };
}

export function endpointOf(s: RewriteSettings, apiKey: string): EndpointConfig {
  const keyHeader = findPreset(s.preset)?.keyHeader;
  return {
    baseURL: s.baseURL ?? '', apiKey, model: s.model, headerTimeoutMs: s.headerTimeoutMs, idleTimeoutMs: s.idleTimeoutMs,
    ...(keyHeader ? { keyHeader } : {}),
  };
}

/**
 * The voice samples folder for a document: `unscripted.voice.samplesFolder` (default `.unscripted/voice`)
 * relative to the document's workspace folder. A workspace may not point it outside itself.
 */
export function samplesFolderFor(uri: vscode.Uri): vscode.Uri | undefined {
  const c = vscode.workspace.getConfiguration('unscripted.voice', uri);
  const i = c.inspect<string>('samplesFolder');
  const fromUser = i?.globalValue;
  const fromWorkspace = i?.workspaceFolderValue ?? i?.workspaceValue;
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const safe = (p: string | undefined) => p !== undefined && !path.isAbsolute(p) && !p.split(/[\\/]/).includes('..');
  const value = safe(fromWorkspace) ? fromWorkspace! : fromUser ?? i?.defaultValue ?? '.unscripted/voice';
  if (path.isAbsolute(value)) return vscode.Uri.file(value);
  return folder ? vscode.Uri.joinPath(folder.uri, value) : undefined;
}
