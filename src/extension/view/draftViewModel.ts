// Pure (no vscode): turns an analysis from the store into the plain JSON the webviews render.
import type { Category, DraftAnalysis, FindingKind, Lang } from '../../engine/types';
import { categoryLabel } from '../../report/categoryLabels';
import { mobilePreview } from '../../report/mobilePreview';
import { scoreBand } from '../../report/renderReport';
import { scoreItemLabel } from '../../report/scoreItemLabel';
import { splitHighlights } from '../../report/splitHighlights';

export interface CategoryBar {
  label: string;
  points: number;
  count: number;
}

export interface FindingRow {
  index: number;
  kind: FindingKind;
  category: string;
  categoryLabel: string;
  severity: string;
  message: string;
  why?: string;
  instead?: string;
  quote: string;
  start: number;
  end: number;
  ruleId: string;
}

export interface DraftViewModel {
  index: number;
  score: number;
  band: 'low' | 'mid' | 'high';
  lang: Lang;
  channel: string;
  scripted: CategoryBar[];
  authentic: CategoryBar[];
  /** Score arithmetic, line by line (base, each category, adjustments). */
  items: { label: string; points: number; kind: string }[];
  findings: FindingRow[];
  fit?: { unit: 'characters' | 'words'; value: number; max: number; min?: number; percent: number; over: boolean; source: string };
  readingTimeSeconds: number;
  words: number;
  questions: number;
  youSentences: number;
  selfSentences: number;
  preview: { subject?: string; firstLine: string };
  /** The coached text cut into runs, each with the kind and findings covering it (for highlighted views). */
  pieces?: { text: string; kind?: FindingKind; findings: number[] }[];
}

/** One bar per category of `kind`, named for its count ("scripted opener (1)", "scripted openers (2)"), largest first. */
function bars(a: DraftAnalysis, kind: FindingKind, lang: Lang): CategoryBar[] {
  const byCategory = new Map<Category, { points: number; count: number }>();
  for (const item of a.score.items) {
    if (item.kind !== kind || !item.category) continue;
    const bar = byCategory.get(item.category) ?? { points: 0, count: 0 };
    bar.points += item.points;
    bar.count += item.findings.length;
    byCategory.set(item.category, bar);
  }
  return [...byCategory]
    .map(([category, bar]) => ({ label: categoryLabel(category, lang, bar.count), ...bar }))
    .sort((x, y) => Math.abs(y.points) - Math.abs(x.points));
}

/** The view model of one draft; `withText` adds the highlighted text (compare and demo views). */
export function draftViewModel(a: DraftAnalysis, lang: Lang, withText = false): DraftViewModel {
  const m = a.metrics;
  const limit = m.channelLimit;
  const preview = mobilePreview(a);
  return {
    index: a.draft.index,
    score: a.score.value,
    band: scoreBand(a.score.value),
    lang: a.draft.lang,
    channel: a.draft.channel,
    scripted: bars(a, 'scripted', lang),
    authentic: bars(a, 'authentic', lang),
    items: a.score.items.map((i) => ({ label: scoreItemLabel(i, lang), points: i.points, kind: i.kind })),
    findings: a.findings.map((f, index) => ({
      index,
      kind: f.kind,
      category: f.category,
      categoryLabel: categoryLabel(f.category, lang, 1),
      severity: f.severity,
      message: f.message,
      why: f.why,
      instead: f.instead,
      quote: a.draft.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim(),
      start: f.start,
      end: f.end,
      ruleId: f.ruleId,
    })),
    fit: limit && {
      unit: limit.unit,
      value: limit.value,
      max: limit.max,
      min: limit.min,
      percent: limit.max > 0 ? Math.min(100, Math.round((limit.value / limit.max) * 100)) : 0,
      over: limit.value > limit.max || (limit.min !== undefined && limit.value < limit.min),
      source: limit.source,
    },
    readingTimeSeconds: Math.round(m.readingTimeSeconds),
    words: m.words,
    questions: m.questions,
    youSentences: m.youSentences,
    selfSentences: m.selfSentences,
    preview: { subject: preview.subject, firstLine: preview.firstLine },
    pieces: withText
      ? splitHighlights(a.draft.text, a.findings, a.draft.bodyStart, a.draft.end).map((p) => ({ text: p.text, kind: p.kind, findings: p.findings }))
      : undefined,
  };
}

