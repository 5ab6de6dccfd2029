import type { PackSource } from '../ruleSet';
import type { RuleDef } from '../types';
import type { ConfigPos, RejectEntry } from './configTypes';

/** File name of the synthetic pack holding the team's `reject` phrases (its rules point back at the config lines). */
export const VOCABULARY_FILE = '<team-vocabulary>';
export const VOCABULARY_PACK_ID = 'team-vocabulary';

/** `per my last (email|message)` → `reject-per-my-last-email-message`. */
function slug(phrase: string): string {
  const s = phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `reject-${s.slice(0, 40).replace(/-+$/, '') || 'phrase'}`;
}

/**
 * One phrase rule per `reject` entry (default category filler, severity warning), so each finding names the
 * phrase's own rule id and its hover points at the config line that rejects it (`positions`).
 */
export function vocabularyPack(reject: readonly RejectEntry[]): { source?: PackSource; positions: Map<string, ConfigPos> } {
  const positions = new Map<string, ConfigPos>();
  if (reject.length === 0) return { positions };
  const rules: RuleDef[] = [];
  for (const entry of reject) {
    let id = slug(entry.phrase);
    for (let n = 2; positions.has(id) || rules.some((r) => r.id === id); n++) id = `${slug(entry.phrase)}-${n}`;
    if (entry.pos) positions.set(id, entry.pos);
    const quoted = { en: `“${entry.phrase}”`, fr: `« ${entry.phrase} »` };
    rules.push({
      id, kind: 'phrase', category: entry.category ?? 'filler', severity: entry.severity ?? 'warning', phrases: [entry.phrase],
      message: entry.message ?? { en: `Your team asked not to use ${quoted.en}.`, fr: `Votre équipe a demandé de ne pas utiliser ${quoted.fr}.` },
    });
  }
  const text = JSON.stringify({ id: VOCABULARY_PACK_ID, lang: 'any', rules }, null, 1);
  return { source: { file: VOCABULARY_FILE, text }, positions };
}
