import { Document, LineCounter } from 'yaml';
import type { RejectEntry, RuleOverride, UserOverrides } from './configTypes';
import { parseRuleOverride } from './parseRuleOverride';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);

/**
 * Checks the user's own settings (VS Code `unscripted.rules`, `unscripted.accept`, `unscripted.reject`) with the
 * same rules as a config file. Returns what is valid and one line per problem (settings have no line numbers).
 */
export function normalizeUserOverrides(raw: { rules?: unknown; accept?: unknown; reject?: unknown }): { user: UserOverrides; problems: string[] } {
  const problems: string[] = [];
  const rules: Record<string, RuleOverride> = {};
  if (raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
    for (const [id, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      const doc = new Document(value);
      const override = parseRuleOverride(doc.contents, new LineCounter(), (_pos, message) => problems.push(`unscripted.rules.${id}: ${message}`));
      if (override) rules[id] = override;
    }
  } else if (raw.rules !== undefined && raw.rules !== null) problems.push('unscripted.rules must be an object of rule id → override');
  const reject: RejectEntry[] = strings(raw.reject).map((phrase) => ({ phrase }));
  return { user: { rules, accept: strings(raw.accept), reject }, problems };
}
