import * as vscode from 'vscode';
import type { UserOverrides } from '../../engine/config/configTypes';
import { normalizeUserOverrides } from '../../engine/config/userOverrides';
import { SECTION } from '../settings';

/**
 * The user-overrides layer (applied after built-in → team → folder configs): `unscripted.rules`,
 * `unscripted.accept`, `unscripted.reject`, and `unscripted.disabledRules` (the "disable for this workspace" fix).
 */
export function readUserOverrides(scope?: vscode.ConfigurationScope): { user: UserOverrides; problems: string[] } {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const rules: Record<string, unknown> = { ...c.get<Record<string, unknown>>('rules', {}) };
  for (const id of c.get<string[]>('disabledRules', [])) rules[id] = 'off';
  return normalizeUserOverrides({ rules, accept: c.get<string[]>('accept', []), reject: c.get<string[]>('reject', []) });
}

/** Settings whose change means the rule sets must be rebuilt. */
export const RULE_SETTINGS = ['rules', 'accept', 'reject', 'disabledRules'].map((k) => `${SECTION}.${k}`);
