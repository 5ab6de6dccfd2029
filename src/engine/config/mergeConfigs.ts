import type { AcceptEntry, ConfigPos, RejectEntry, RuleOverride, RuleTweak } from './configTypes';

/** The settings the layers (built-in → team → folder → user) accumulate into. */
export interface MergedSettings {
  overrides: Record<string, RuleOverride>;
  /** Where each override was last written (config layers only). */
  overridePos: Record<string, ConfigPos>;
  accept: AcceptEntry[];
  reject: RejectEntry[];
}

/** One layer: a config file, or the user's settings (plain strings, no positions). */
export interface Layer {
  rules?: Record<string, RuleOverride>;
  accept?: (string | AcceptEntry)[];
  reject?: (string | RejectEntry)[];
}

export const emptySettings = (): MergedSettings => ({ overrides: {}, overridePos: {}, accept: [], reject: [] });

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function mergeTweak<T extends RuleTweak>(base: T | undefined, top: T): T {
  return { ...(base ?? {}), ...top } as T;
}

function mergeScoped<K extends string>(base: Partial<Record<K, RuleTweak>> | undefined, top: Partial<Record<K, RuleTweak>>): Partial<Record<K, RuleTweak>> {
  const out: Partial<Record<K, RuleTweak>> = { ...(base ?? {}) };
  for (const key of Object.keys(top) as K[]) out[key] = mergeTweak(out[key], top[key] as RuleTweak);
  return out;
}

/** `top` refines `base`: fields set in `top` win; `channels`/`langs` merge per channel/language. */
export function mergeOverride(base: RuleOverride | undefined, top: RuleOverride): RuleOverride {
  const { channels, langs, ...tweak } = top;
  const out: RuleOverride = mergeTweak(base, tweak as RuleOverride);
  if (channels) out.channels = mergeScoped(base?.channels, channels);
  if (langs) out.langs = mergeScoped(base?.langs, langs);
  return out;
}

/**
 * Applies one layer on top of the settings so far. Vocabulary accumulates; a phrase a later layer accepts
 * is no longer rejected, and a phrase it rejects is no longer accepted.
 */
export function applyLayer(into: MergedSettings, layer: Layer): MergedSettings {
  for (const [id, override] of Object.entries(layer.rules ?? {})) {
    const { pos, ...clean } = override as RuleOverride & { pos?: ConfigPos };
    into.overrides[id] = mergeOverride(into.overrides[id], clean);
    if (pos) into.overridePos[id] = pos;
  }
  for (const raw of layer.accept ?? []) {
    const entry = typeof raw === 'string' ? { phrase: raw } : raw;
    into.reject = into.reject.filter((r) => !sameText(r.phrase, entry.phrase));
    if (!into.accept.some((a) => sameText(a.phrase, entry.phrase))) into.accept.push(entry);
  }
  for (const raw of layer.reject ?? []) {
    const entry = typeof raw === 'string' ? { phrase: raw } : raw;
    into.accept = into.accept.filter((a) => !sameText(a.phrase, entry.phrase));
    into.reject = into.reject.filter((r) => !sameText(r.phrase, entry.phrase));
    into.reject.push(entry);
  }
  return into;
}
