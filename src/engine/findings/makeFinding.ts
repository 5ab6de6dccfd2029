import { kindOfCategory, type Draft, type Finding, type Lang, type Suggestion } from '../types';
import type { CompiledRule } from '../ruleSet';
import { fillValues, localize } from './localize';

export interface FindingInput {
  start: number;
  end: number;
  values?: Record<string, string | number>;
  /** Pattern rules: the match, for $1… in suggestions. */
  match?: RegExpExecArray;
}

function segmentAt(draft: Draft, offset: number): Finding['segment'] {
  for (const s of draft.segments) if (offset >= s.start && offset < s.end) return s.kind;
  return draft.segments[draft.segments.length - 1]?.kind ?? 'body';
}

function suggestionLabel(replacement: string, uiLang: Lang): string {
  if (replacement === '') return uiLang === 'fr' ? 'Supprimer' : 'Remove';
  return uiLang === 'fr' ? `Remplacer par « ${replacement} »` : `Replace with “${replacement}”`;
}

export function makeFinding(rule: CompiledRule, input: FindingInput, draft: Draft, uiLang: Lang): Finding {
  const def = rule.def;
  const lang = draft.lang;
  const text = (t: typeof def.message | undefined): string | undefined => fillValues(localize(t, uiLang, lang), input.values);
  const suggestions: Suggestion[] = (def.suggestions ?? []).map((s) => {
    const replacement = input.match ? s.replace(/\$(\d)/g, (_, d: string) => input.match![Number(d)] ?? '') : s;
    return { label: suggestionLabel(replacement, uiLang), replacement, start: input.start, end: input.end };
  });
  const finding: Finding = {
    start: input.start, end: input.end, ruleId: def.id, packId: rule.packId,
    kind: kindOfCategory(def.category), category: def.category, severity: rule.severity,
    message: text(def.message) ?? def.id, suggestions, segment: segmentAt(draft, input.start), weight: rule.weight,
    source: { file: rule.file, line: rule.line },
  };
  const why = text(def.why);
  const buyerHears = text(def.buyerHears);
  const instead = text(def.instead);
  if (why) finding.why = why;
  if (buyerHears) finding.buyerHears = buyerHears;
  if (instead) finding.instead = instead;
  if (def.link) finding.docsUrl = def.link;
  return finding;
}
