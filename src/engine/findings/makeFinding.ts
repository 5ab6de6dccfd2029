import { kindOfCategory, type Draft, type Finding, type FindingKind, type Lang, type Suggestion } from '../types';
import type { CompiledRule } from '../ruleSet';
import { fillValues, localize } from './localize';

export interface FindingInput {
  start: number;
  end: number;
  values?: Record<string, string | number>;
  /** Pattern rules: the match, for $1… in suggestions. */
  match?: RegExpExecArray;
}

const GROUP_REF = /\$(\d)/g;

/** What a rule's findings share for one UI language and draft language (everything but the span and match). */
interface FindingTemplate {
  kind: FindingKind;
  message: string | undefined;
  why: string | undefined;
  buyerHears: string | undefined;
  instead: string | undefined;
  /** Per suggestion: its fixed label and replacement, or undefined when it refers to a capture group ($1…). */
  suggestions: ({ label: string; replacement: string } | undefined)[];
  raw: string[];
}

const templates = new WeakMap<CompiledRule, Map<string, FindingTemplate>>();

function segmentAt(draft: Draft, offset: number): Finding['segment'] {
  for (const s of draft.segments) if (offset >= s.start && offset < s.end) return s.kind;
  return draft.segments[draft.segments.length - 1]?.kind ?? 'body';
}

function suggestionLabel(replacement: string, uiLang: Lang): string {
  if (replacement === '') return uiLang === 'fr' ? 'Supprimer' : 'Remove';
  return uiLang === 'fr' ? `Remplacer par « ${replacement} »` : `Replace with “${replacement}”`;
}

function templateOf(rule: CompiledRule, uiLang: Lang, lang: Lang): FindingTemplate {
  let byLang = templates.get(rule);
  if (!byLang) templates.set(rule, (byLang = new Map()));
  const key = uiLang + lang;
  let t = byLang.get(key);
  if (!t) {
    const def = rule.def;
    const raw = def.suggestions ?? [];
    t = {
      kind: kindOfCategory(def.category),
      message: localize(def.message, uiLang, lang), why: localize(def.why, uiLang, lang),
      buyerHears: localize(def.buyerHears, uiLang, lang), instead: localize(def.instead, uiLang, lang),
      suggestions: raw.map((s) => (/\$\d/.test(s) ? undefined : { label: suggestionLabel(s, uiLang), replacement: s })),
      raw,
    };
    byLang.set(key, t);
  }
  return t;
}

/** One finding of `rule` on input's span; texts localised once per rule and language pair. */
export function makeFinding(rule: CompiledRule, input: FindingInput, draft: Draft, uiLang: Lang): Finding {
  const def = rule.def;
  const t = templateOf(rule, uiLang, draft.lang);
  const { start, end, values, match } = input;
  const suggestions: Suggestion[] = [];
  for (let i = 0; i < t.raw.length; i++) {
    const fixed = t.suggestions[i];
    if (fixed) {
      suggestions.push({ label: fixed.label, replacement: fixed.replacement, start, end });
      continue;
    }
    const replacement = match ? t.raw[i].replace(GROUP_REF, (_, d: string) => match[Number(d)] ?? '') : t.raw[i];
    suggestions.push({ label: suggestionLabel(replacement, uiLang), replacement, start, end });
  }
  const finding: Finding = {
    start, end, ruleId: def.id, packId: rule.packId,
    kind: t.kind, category: def.category, severity: rule.severity,
    message: (values ? fillValues(t.message, values) : t.message) ?? def.id, suggestions, segment: segmentAt(draft, start), weight: rule.weight,
    source: { file: rule.file, line: rule.line },
  };
  const why = values ? fillValues(t.why, values) : t.why;
  const buyerHears = values ? fillValues(t.buyerHears, values) : t.buyerHears;
  const instead = values ? fillValues(t.instead, values) : t.instead;
  if (why) finding.why = why;
  if (buyerHears) finding.buyerHears = buyerHears;
  if (instead) finding.instead = instead;
  if (def.link) finding.docsUrl = def.link;
  return finding;
}
