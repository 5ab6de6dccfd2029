// Pure (no vscode): what the comparison panel shows.
import type { DocumentAnalysis, FindingKind, Lang } from '../../engine/types';
import { compareAnalyses } from '../../report/compareAnalyses';
import { draftViewModel, type DraftViewModel } from './draftViewModel';
import { viewStrings, type ViewStrings } from './viewStrings';

export interface CompareSide {
  name: string;
  uri: string;
  version: number;
  /** Undefined while the store has no analysis of this side yet. */
  draft?: DraftViewModel;
}

export interface CompareViewModel {
  strings: ViewStrings;
  before: CompareSide;
  after: CompareSide;
  /** "−2 scripted openers, +1 specific reference: 31 → 74" (first draft of each side). */
  summary?: string;
  scoreDelta?: number;
  changes: { change: 'gone' | 'new'; kind: FindingKind; quote: string; label: string }[];
}

export interface CompareInputSide {
  name: string;
  uri: string;
  version: number;
  analysis?: DocumentAnalysis;
}

export function compareViewModel(before: CompareInputSide, after: CompareInputSide, uiLang: Lang): CompareViewModel {
  const a = before.analysis?.drafts[0];
  const b = after.analysis?.drafts[0];
  const side = (s: CompareInputSide, d = s.analysis?.drafts[0]): CompareSide => ({
    name: s.name, uri: s.uri, version: s.version, draft: d && draftViewModel(d, uiLang, true),
  });
  const model: CompareViewModel = { strings: viewStrings(uiLang), before: side(before), after: side(after), changes: [] };
  if (a && b) {
    const c = compareAnalyses(a, b, uiLang);
    const quote = (text: string, start: number, end: number) => text.slice(start, end).replace(/\s+/g, ' ').trim();
    model.summary = c.summary;
    model.scoreDelta = c.scoreDelta;
    // Phrase-level changes only (structure is in the summary), one line per quoted phrase.
    const seen = new Set<string>();
    model.changes = [
      ...c.removed.map((f) => ({ change: 'gone' as const, f, text: a.draft.text })),
      ...c.added.map((f) => ({ change: 'new' as const, f, text: b.draft.text })),
    ]
      .filter(({ f }) => f.category !== 'structure')
      .map(({ change, f, text }) => ({ change, kind: f.kind, quote: quote(text, f.start, f.end), label: f.message }))
      .filter((c) => !seen.has(`${c.change}\u0000${c.quote}`) && !!seen.add(`${c.change}\u0000${c.quote}`));
  }
  return model;
}
