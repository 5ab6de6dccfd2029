import type { Finding, Score, ScoreItem } from '../types';
import { scoreConfig as defaultConfig, type ScoreConfig } from './scoreConfig';
import { sortDescending } from '../sortShort';

/** One category's weights, refilled per category: diminishedTotal reads them before the next one. */
const weightsBuffer: number[] = [];
function scratchWeights(): number[] {
  weightsBuffer.length = 0;
  return weightsBuffer;
}

/** Sum of weights with diminishing returns (heaviest first), capped. Sorts `points` in place. */
function diminishedTotal(points: number[], factor: number, cap: number): number {
  if (points.length > 1) sortDescending(points);
  let total = 0;
  let scale = 1;
  for (let i = 0; i < points.length; i++) {
    total += points[i] * scale;
    scale *= factor;
  }
  return Math.min(total, cap);
}

/** A kind's findings by category: the categories in order of their first finding, and each one's finding indexes. */
function byCategory(findings: Finding[], kind: Finding['kind']): { categories: string[]; indexes: number[][] } {
  const categories: string[] = [];
  const indexes: number[][] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.kind !== kind) continue;
    const k = categories.indexOf(f.category);
    if (k >= 0) indexes[k].push(i);
    else {
      categories.push(f.category);
      indexes.push([i]);
    }
  }
  return { categories, indexes };
}

function label(count: number, category: string): string {
  return count > 1 ? `${count} × ${category}` : category;
}

/** The severity factor of a finding (1 when the config has none). */
function severityFactor(config: ScoreConfig, f: Finding): number {
  return config.severityFactor[f.severity] ?? 1;
}

/**
 * The authenticity score (0–100): base, minus scripted findings, plus authentic signals, each
 * category with diminishing returns; every item lists the findings it accounts for.
 */
export function computeScore(findings: Finding[], config: ScoreConfig = defaultConfig): Score {
  const items: ScoreItem[] = [{ label: 'base', points: config.base, kind: 'base', findings: [] }];
  let sum = config.base;
  let strongPoints = 0;
  const authentic = byCategory(findings, 'authentic');
  for (let c = 0; c < authentic.categories.length; c++) {
    const category = authentic.categories[c];
    const idx = authentic.indexes[c];
    const weights = scratchWeights();
    for (let k = 0; k < idx.length; k++) weights.push(findings[idx[k]].weight * severityFactor(config, findings[idx[k]]));
    const points = Math.round(diminishedTotal(weights, config.diminishing.authentic, config.categoryCap.authentic));
    if (config.strongSignalCategories.includes(findings[idx[0]].category)) strongPoints += points;
    items.push({ label: label(idx.length, category), points, kind: 'authentic', category: findings[idx[0]].category, findings: idx });
    sum += points;
  }
  const strong = strongPoints >= config.strongSignalPoints;
  const scripted = byCategory(findings, 'scripted');
  for (let c = 0; c < scripted.categories.length; c++) {
    const category = scripted.categories[c];
    const idx = scripted.indexes[c];
    const weights = scratchWeights();
    for (let k = 0; k < idx.length; k++) {
      const f = findings[idx[k]];
      const position = strong ? config.scriptedScaleWithSignals : config.openerSegments.includes(f.segment) ? config.openerFactor : 1;
      weights.push(f.weight * severityFactor(config, f) * position);
    }
    const points = -Math.round(diminishedTotal(weights, config.diminishing.scripted, config.categoryCap.scripted));
    items.push({ label: label(idx.length, category), points, kind: 'scripted', category: findings[idx[0]].category, findings: idx });
    sum += points;
  }
  let aboutRecipient = false;
  for (let i = 0; i < findings.length && !aboutRecipient; i++) aboutRecipient = config.recipientCategories.includes(findings[i].category);
  let total = sum;
  if (!aboutRecipient && sum > config.noRecipientCap) {
    items.push({ label: 'nothing specific about the recipient', points: config.noRecipientCap - sum, kind: 'adjustment', findings: [] });
    total = sum + (config.noRecipientCap - sum);
  }
  const value = Math.max(0, Math.min(100, total));
  return { value, items };
}
