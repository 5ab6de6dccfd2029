import type { Finding, Score, ScoreItem } from '../../../src/engine/types';
import type { ScoreConfig } from '../../../src/engine/score/scoreConfig';

/** computeScore as it was before it grouped without Maps and sorted number lists (the oracle). */
interface Weighted {
  index: number;
  points: number;
}

function diminishedTotal(entries: Weighted[], factor: number, cap: number): number {
  const sorted = [...entries].sort((a, b) => b.points - a.points);
  let total = 0;
  let scale = 1;
  for (const e of sorted) {
    total += e.points * scale;
    scale *= factor;
    if (scale < 1e-6) break;
  }
  return Math.min(total, cap);
}

function byCategory(findings: Finding[], kind: Finding['kind']): Map<string, number[]> {
  const map = new Map<string, number[]>();
  findings.forEach((f, i) => {
    if (f.kind !== kind) return;
    const list = map.get(f.category);
    if (list) list.push(i);
    else map.set(f.category, [i]);
  });
  return map;
}

const label = (count: number, category: string): string => (count > 1 ? `${count} × ${category}` : category);

export function referenceScore(findings: Finding[], config: ScoreConfig): Score {
  const items: ScoreItem[] = [{ label: 'base', points: config.base, kind: 'base', findings: [] }];
  const sev = (f: Finding): number => config.severityFactor[f.severity] ?? 1;
  let strongPoints = 0;
  for (const [category, idx] of byCategory(findings, 'authentic')) {
    const total = diminishedTotal(idx.map((i) => ({ index: i, points: findings[i].weight * sev(findings[i]) })), config.diminishing.authentic, config.categoryCap.authentic);
    const points = Math.round(total);
    if (config.strongSignalCategories.includes(findings[idx[0]].category)) strongPoints += points;
    items.push({ label: label(idx.length, category), points, kind: 'authentic', category: findings[idx[0]].category, findings: idx });
  }
  const strong = strongPoints >= config.strongSignalPoints;
  for (const [category, idx] of byCategory(findings, 'scripted')) {
    const entries = idx.map((i) => {
      const f = findings[i];
      const position = strong ? config.scriptedScaleWithSignals : config.openerSegments.includes(f.segment) ? config.openerFactor : 1;
      return { index: i, points: f.weight * sev(f) * position };
    });
    const points = -Math.round(diminishedTotal(entries, config.diminishing.scripted, config.categoryCap.scripted));
    items.push({ label: label(idx.length, category), points, kind: 'scripted', category: findings[idx[0]].category, findings: idx });
  }
  const sum = items.reduce((s, it) => s + it.points, 0);
  const aboutRecipient = findings.some((f) => config.recipientCategories.includes(f.category));
  if (!aboutRecipient && sum > config.noRecipientCap) {
    items.push({ label: 'nothing specific about the recipient', points: config.noRecipientCap - sum, kind: 'adjustment', findings: [] });
  }
  const value = Math.max(0, Math.min(100, items.reduce((s, it) => s + it.points, 0)));
  return { value, items };
}
