import { kindOfCategory, type Draft, type Finding, type FindingKind, type Lang, type Suggestion } from '../types';
import type { CompiledRule } from '../ruleSet';
import { fillPrepared, localize, prepareText, type PreparedText } from './localize';

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
  /** The four texts prepared for `{name}` values (localize.ts). */
  messageParts: PreparedText;
  whyParts: PreparedText;
  buyerHearsParts: PreparedText;
  insteadParts: PreparedText;
  /** Per suggestion: its fixed label and replacement, or undefined when it refers to a capture group ($1…). */
  suggestions: ({ label: string; replacement: string } | undefined)[];
  raw: string[];
}

/** Per rule: its templates for (UI language, draft language) en/en, en/fr, fr/en, fr/fr, and any other pair by key. */
interface RuleTemplates {
  slots: (FindingTemplate | undefined)[];
  other?: Map<string, FindingTemplate>;
}

const templates = new WeakMap<CompiledRule, RuleTemplates>();

function slotOf(uiLang: Lang, lang: Lang): number {
  const ui = uiLang === 'en' ? 0 : uiLang === 'fr' ? 2 : -1;
  const draft = lang === 'en' ? 0 : lang === 'fr' ? 1 : -1;
  return ui < 0 || draft < 0 ? -1 : ui + draft;
}

function segmentAt(draft: Draft, offset: number): Finding['segment'] {
  for (const s of draft.segments) if (offset >= s.start && offset < s.end) return s.kind;
  return draft.segments[draft.segments.length - 1]?.kind ?? 'body';
}

function suggestionLabel(replacement: string, uiLang: Lang): string {
  if (replacement === '') return uiLang === 'fr' ? 'Supprimer' : 'Remove';
  return uiLang === 'fr' ? `Remplacer par « ${replacement} »` : `Replace with “${replacement}”`;
}

function newTemplate(rule: CompiledRule, uiLang: Lang, lang: Lang): FindingTemplate {
  const def = rule.def;
  const raw = def.suggestions ?? [];
  const message = localize(def.message, uiLang, lang);
  const why = localize(def.why, uiLang, lang);
  const buyerHears = localize(def.buyerHears, uiLang, lang);
  const instead = localize(def.instead, uiLang, lang);
  return {
    kind: kindOfCategory(def.category), message, why, buyerHears, instead,
    messageParts: prepareText(message), whyParts: prepareText(why), buyerHearsParts: prepareText(buyerHears), insteadParts: prepareText(instead),
    suggestions: raw.map((s) => (/\$\d/.test(s) ? undefined : { label: suggestionLabel(s, uiLang), replacement: s })),
    raw,
  };
}

function templateOf(rule: CompiledRule, uiLang: Lang, lang: Lang): FindingTemplate {
  let byRule = templates.get(rule);
  if (!byRule) templates.set(rule, (byRule = { slots: [undefined, undefined, undefined, undefined] }));
  const slot = slotOf(uiLang, lang);
  if (slot >= 0) return (byRule.slots[slot] ??= newTemplate(rule, uiLang, lang));
  const key = `${uiLang}\u0000${lang}`;
  let t = (byRule.other ??= new Map()).get(key);
  if (!t) byRule.other.set(key, (t = newTemplate(rule, uiLang, lang)));
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
    message: (values ? fillPrepared(t.messageParts, values) : t.message) ?? def.id, suggestions, segment: segmentAt(draft, start), weight: rule.weight,
    source: { file: rule.file, line: rule.line },
  };
  const why = values ? fillPrepared(t.whyParts, values) : t.why;
  const buyerHears = values ? fillPrepared(t.buyerHearsParts, values) : t.buyerHears;
  const instead = values ? fillPrepared(t.insteadParts, values) : t.instead;
  if (why) finding.why = why;
  if (buyerHears) finding.buyerHears = buyerHears;
  if (instead) finding.instead = instead;
  if (def.link) finding.docsUrl = def.link;
  return finding;
}
