import type { Category, Channel, Lang, PackDef, PackError, RuleDef, SegmentKind, Severity } from './types';
import { LANGS } from './types';
import { parsePack } from './packs/parsePack';
import { compilePhraseGroup, compileRulePhrases, type PhraseMatcher } from './match/compilePhrases';
import { scoreConfig } from './score/scoreConfig';
import type { PatternGuard } from './runners/patternGuard';

export interface PackSource {
  file: string;
  text: string;
  /** Built-in packs may use regex patterns even when `allowPatterns` is false. */
  builtin?: boolean;
}

/** What an override may change for a rule. */
export interface RuleTweak {
  enabled?: boolean;
  severity?: Severity;
  weight?: number;
}

/** A rule override: global fields, refined per language and per channel (most specific wins: channel > lang > global). */
export interface RuleOverride extends RuleTweak {
  channels?: Partial<Record<Channel, RuleTweak>>;
  langs?: Partial<Record<Lang, RuleTweak>>;
}

export interface RuleSetOptions {
  /** False in untrusted workspaces: pattern rules (and placeholder regexes) from non-built-in packs are skipped. Default true. */
  allowPatterns?: boolean;
  /** Phrases never flagged: scripted findings overlapping them are dropped. */
  accept?: string[];
  /** Phrases always flagged (a synthetic phrase rule `vocab-reject`). */
  reject?: string[];
  /** Category of the reject rule (default filler). */
  rejectCategory?: Category;
  overrides?: Record<string, RuleOverride>;
  /** Runs regexes from non-built-in packs under a hard time budget (the host provides it; see runners/patternGuard.ts). */
  patternGuard?: PatternGuard;
}

export interface CompiledRule {
  def: RuleDef;
  packId: string;
  packLang: Lang | 'any';
  file: string;
  line: number;
  builtin: boolean;
  /** Effective weight (override, rule, category default). */
  weight: number;
  severity: Severity;
  /** pattern rules: the checked regex (global). */
  pattern?: RegExp;
  /** placeholder rules: extra regexes (global). */
  extra?: RegExp[];
  /** Per-channel/per-language overrides, applied to this rule's findings for each draft. */
  scoped?: RuleOverride;
}

export interface PhraseGroup {
  segments?: SegmentKind[];
  rules: CompiledRule[];
  matcher: PhraseMatcher;
}

export interface RuleSet {
  rules: CompiledRule[];
  /** Phrase rules compiled into one alternation per (draft language, segment filter). */
  phraseGroups: Record<Lang, PhraseGroup[]>;
  packs: Omit<PackDef, 'rules'>[];
  errors: PackError[];
  /** From RuleSetOptions: guards regexes of non-built-in packs. */
  patternGuard?: PatternGuard;
  /** Accepted vocabulary, compiled (undefined when none). */
  accept?: PhraseMatcher;
}

/**
 * Throws what `new RegExp(source, 'iu')` throws for a compiled phrase rule. Tried first with each
 * `\p{…}` as a plain letter and without `i` (~8× cheaper: no Unicode property or case-folded class is
 * built); only phraseToRegex writes `\p{…}` (valid names, never in a class range; a phrase's own `{`
 * is escaped), so that passes exactly when the full one does, and a failure is rethrown by the full one.
 */
export function checkPhraseSource(source: string): void {
  try {
    new RegExp(source.replace(/\\[pP]\{[^}]*\}/g, 'a'), 'u');
  } catch {
    new RegExp(source, 'iu');
  }
}

function compileRule(def: RuleDef, pack: PackDef, file: string, line: number, builtin: boolean, options: RuleSetOptions, errors: PackError[]): CompiledRule | undefined {
  const o = options.overrides?.[def.id] ?? {};
  const scoped = o.channels || o.langs ? o : undefined;
  const enabledSomewhere = [...Object.values(o.channels ?? {}), ...Object.values(o.langs ?? {})].some((t) => t?.enabled === true);
  if ((o.enabled ?? def.enabled) === false && !enabledSomewhere) return undefined;
  const rule: CompiledRule = {
    def, packId: pack.id, packLang: pack.lang, file, line, builtin,
    weight: o.weight ?? def.weight ?? scoreConfig.defaultWeight[def.category] ?? 5,
    severity: o.severity ?? def.severity,
    ...(scoped ? { scoped: { ...scoped, enabled: o.enabled ?? def.enabled } } : {}),
  };
  const trustedRegex = builtin || options.allowPatterns !== false;
  const warn = (message: string): void => void errors.push({ file, line, col: 1, ruleId: def.id, message, severity: 'warning' });
  if (def.kind === 'pattern') {
    if (!trustedRegex) return warn('pattern rule skipped: regex patterns are disabled in this (untrusted) workspace'), undefined;
    // `m`: patterns run on multi-line chunks, and `^`/`$` keep meaning line start/end.
    rule.pattern = new RegExp(def.pattern!, (def.flags ?? 'iu').replace(/[gym]/g, '') + 'gm');
  }
  if (def.kind === 'placeholder') {
    const extra = (def.params?.extra as string[] | undefined) ?? [];
    if (extra.length && !trustedRegex) warn('placeholder params.extra skipped: regex patterns are disabled in this (untrusted) workspace');
    else rule.extra = extra.map((src) => new RegExp(src, 'giu'));
  }
  if (def.kind === 'phrase') {
    try {
      const { source } = compileRulePhrases(def.phrases!, pack.lang === 'any' ? [...LANGS] : [pack.lang], 'x', true);
      checkPhraseSource(source);
    } catch (err) {
      errors.push({ file, line, col: 1, ruleId: def.id, message: `invalid phrase: ${(err as Error).message}`, severity: 'error' });
      return undefined;
    }
  }
  return rule;
}

function groupPhraseRules(rules: CompiledRule[], lang: Lang): PhraseGroup[] {
  const groups = new Map<string, CompiledRule[]>();
  for (const r of rules) {
    if (r.def.kind !== 'phrase' || (r.packLang !== lang && r.packLang !== 'any')) continue;
    // Built-in and other packs are grouped apart: editing a team pack then recompiles only its own small
    // alternation, and V8 reuses the compiled built-in one (same source) instead of compiling ~1 s of regex anew.
    const key = `${r.builtin ? 'builtin' : 'team'}:${r.def.segments ? [...r.def.segments].sort().join(',') : '*'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((rs) => ({
    segments: rs[0].def.segments,
    rules: rs,
    matcher: lazyPhraseGroup(rs, lang),
  }));
}

/** The group's own matcher, compiled on first use (the runner walks all groups at once: see runPhraseRules). */
function lazyPhraseGroup(rules: CompiledRule[], lang: Lang): PhraseMatcher {
  let matcher: PhraseMatcher | undefined;
  return {
    size: rules.length,
    match: (text, offset) => (matcher ??= compilePhraseGroup(rules.map((r) => ({ phrases: r.def.phrases! })), [lang])).match(text, offset),
  };
}

function rejectPack(options: RuleSetOptions): PackSource | undefined {
  if (!options.reject?.length) return undefined;
  const rule: RuleDef = {
    id: 'vocab-reject', kind: 'phrase', category: options.rejectCategory ?? 'filler', severity: 'warning', phrases: options.reject,
    message: { en: 'Your team asked not to use this phrase.', fr: 'Votre équipe a demandé de ne pas utiliser cette expression.' },
  };
  return { file: '<config:reject>', text: JSON.stringify({ id: 'config-vocabulary', lang: 'any', rules: [rule] }), builtin: true };
}

/** Parses, validates and compiles packs. A broken pack or rule is reported in `errors` and skipped. */
export function buildRuleSet(sources: PackSource[], options: RuleSetOptions = {}): RuleSet {
  const errors: PackError[] = [];
  const rules: CompiledRule[] = [];
  const packs: Omit<PackDef, 'rules'>[] = [];
  const seen = new Map<string, { file: string; line: number }>();
  const extra = rejectPack(options);
  for (const source of extra ? [...sources, extra] : sources) {
    const { pack, errors: packErrors, ruleLines } = parsePack(source.text, source.file);
    errors.push(...packErrors);
    if (!pack) continue;
    const { rules: defs, ...meta } = pack;
    packs.push(meta);
    for (const def of defs) {
      const line = ruleLines[def.id] ?? 1;
      const first = seen.get(def.id);
      if (first) {
        errors.push({ file: source.file, line, col: 1, ruleId: def.id, message: `duplicate rule id "${def.id}" (also in ${first.file}:${first.line})`, severity: 'error' });
        continue;
      }
      seen.set(def.id, { file: source.file, line });
      const rule = compileRule(def, pack, source.file, line, source.builtin === true, options, errors);
      if (rule) rules.push(rule);
    }
  }
  let accept: PhraseMatcher | undefined;
  try {
    if (options.accept?.length) accept = compilePhraseGroup([{ phrases: options.accept }], [...LANGS]);
  } catch (err) {
    errors.push({ file: '<config:accept>', line: 1, col: 1, message: `invalid accepted phrase: ${(err as Error).message}`, severity: 'error' });
  }
  return { rules, phraseGroups: { en: groupPhraseRules(rules, 'en'), fr: groupPhraseRules(rules, 'fr') }, packs, errors, ...(accept ? { accept } : {}), ...(options.patternGuard ? { patternGuard: options.patternGuard } : {}) };
}
