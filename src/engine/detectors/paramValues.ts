import type { Lang } from '../types';
import type { DetectorParams } from './detectorTypes';
import { compileCues, type CueMatcher } from './cueMatcher';

/** A numeric param (falls back to the default when absent). */
export function num(params: DetectorParams, name: string, fallback: number): number {
  const v = params[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** The list a word-list param gives for `lang`: one list, or { en: [...], fr: [...] }, else the default. */
function listFor(params: DetectorParams, name: string, lang: Lang, fallback: Record<Lang, string[]>): readonly unknown[] {
  const v = params[name];
  if (Array.isArray(v)) return v;
  if (v && typeof v === 'object' && Array.isArray((v as Record<string, unknown>)[lang])) return (v as Record<string, unknown[]>)[lang];
  return fallback[lang];
}

/** A word list lower-cased with ’ written ' (non-strings dropped). */
function lowered(list: readonly unknown[]): string[] {
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(/’/g, "'"));
}

/**
 * Compiled forms of a list, keyed by the list itself: the lists are the rule's params (or the
 * detector's defaults), which live as long as the RuleSet, so each is compiled once per RuleSet.
 */
const sets = new WeakMap<object, Set<string>>();
const matchers = new WeakMap<object, CueMatcher>();

/** A word-list param as a Set (lower-cased, ’ written '), compiled once per list. */
export function wordSet(params: DetectorParams, name: string, lang: Lang, fallback: Record<Lang, string[]>): Set<string> {
  const list = listFor(params, name, lang, fallback);
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(lowered(list))));
  return set;
}

/** A cue-list param compiled into a CueMatcher (see cueMatcher.ts), once per list. */
export function cueList(params: DetectorParams, name: string, lang: Lang, fallback: Record<Lang, string[]>): CueMatcher {
  const list = listFor(params, name, lang, fallback);
  let m = matchers.get(list);
  if (!m) matchers.set(list, (m = compileCues(lowered(list))));
  return m;
}
