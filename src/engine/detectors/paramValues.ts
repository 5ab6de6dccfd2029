import type { Lang } from '../types';
import type { DetectorParams } from './detectorTypes';

/** A numeric param (falls back to the default when absent). */
export function num(params: DetectorParams, name: string, fallback: number): number {
  const v = params[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** A word list param: one list, or { en: [...], fr: [...] }; lower-cased. */
export function wordList(params: DetectorParams, name: string, lang: Lang, fallback: Record<Lang, string[]>): string[] {
  const v = params[name];
  let list: unknown = fallback[lang];
  if (Array.isArray(v)) list = v;
  else if (v && typeof v === 'object' && Array.isArray((v as Record<string, unknown>)[lang])) list = (v as Record<string, unknown>)[lang];
  return (list as unknown[]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/’/g, "'"));
}

const cueCache = new Map<string, RegExp>();

/** True when `lowerText` contains one of `cues` as whole words (a cue may hold several words, or end with `-` for a prefix). */
export function hasCue(lowerText: string, cues: string[]): boolean {
  if (cues.length === 0) return false;
  const key = cues.join('\u0000');
  let re = cueCache.get(key);
  if (!re) {
    const alts = cues.map((cue) => {
      const prefix = cue.endsWith('-');
      const body = (prefix ? cue.slice(0, -1) : cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      return body + (prefix ? '' : '(?![\\p{L}\\p{N}])');
    });
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})`, 'u');
    if (cueCache.size > 200) cueCache.clear();
    cueCache.set(key, re);
  }
  return re.test(lowerText);
}
