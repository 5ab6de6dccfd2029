import { kindOfCategory } from '../../../src/engine/types';
import type { Category, DocumentAnalysis, DraftAnalysis, Finding } from '../../../src/engine/types';

/** A finding on the first occurrence of `phrase` in `text` (the report code is tested without the engine). */
export function findingOn(text: string, phrase: string, category: Category, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture: "${phrase}" not in text`);
  return {
    start,
    end: start + phrase.length,
    ruleId: `rule-${category}`,
    packId: 'fixture',
    kind: kindOfCategory(category),
    category,
    severity: kindOfCategory(category) === 'authentic' ? 'hint' : 'warning',
    message: `message for ${category}`,
    suggestions: [],
    segment: 'body',
    weight: 5,
    ...extra,
  };
}

/** A one-draft analysis of `text` with the given findings and score (items: base + one per finding). */
export function draftAnalysis(text: string, findings: Finding[], score: number, subject?: string): DraftAnalysis {
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    draft: {
      index: 0, start: 0, end: text.length, text, bodyStart: 0, frontMatter: { extra: {} },
      subject: subject === undefined ? undefined : { text: subject },
      lang: 'en', langSource: 'detected', langConfidence: 0.9, channel: 'email', channelSource: 'default',
      segments: [{ kind: 'body', start: 0, end: text.length }], sentences: [], suppressions: [],
    },
    findings: sorted,
    score: {
      value: score,
      items: [
        { label: 'Neutral start', points: 50, kind: 'base', findings: [] },
        ...sorted.map((f, i) => ({
          label: f.category, points: f.kind === 'authentic' ? 5 : -5, kind: f.kind, category: f.category, findings: [i],
        })),
      ],
    },
    metrics: {
      words: text.split(/\s+/).filter(Boolean).length, characters: text.length, sentences: 3, questions: 1,
      selfSentences: 2, youSentences: 1, readingEase: 60, readingTimeSeconds: 12,
      channelLimit: { unit: 'words', value: 40, max: 125, min: 50, source: 'email body length' },
    },
  };
}

export const doc = (...drafts: DraftAnalysis[]): DocumentAnalysis => ({ drafts, packErrors: [] });
