import { auc } from './auc';
import { matchSpans } from './spanMatch';
import { spearman } from './spearman';

/** One line of an annotated corpus (the format of the dev corpus `messages.jsonl`). */
export interface CorpusRecord {
  id: string;
  lang: string;
  channel?: string;
  subject?: string;
  text: string;
  label?: 'scripted' | 'mixed' | 'authentic';
  score?: number;
  spans: Array<{ start: number; end: number; kind: string; category: string; quote?: string }>;
}

export interface PredictedFinding {
  start: number;
  end: number;
  kind: string;
  category: string;
  severity: string;
  ruleId: string;
}

/** What the engine said about one record. */
export interface Prediction {
  lang: string;
  score: number;
  findings: PredictedFinding[];
}

export interface SpanStats {
  predicted: number;
  gold: number;
  matched: number;
  precision: number;
  recall: number;
}

export interface CategoryRecall {
  gold: number;
  matched: number;
  recall: number;
}

export interface GroupReport {
  messages: number;
  languageAccuracy: number;
  scripted: SpanStats;
  authentic: SpanStats;
  /** Scripted findings with severity error/warning per message labelled authentic. */
  warningsPerAuthentic: number;
  authenticMessages: number;
  categoryRecall: Record<string, CategoryRecall>;
  /** Scripted findings not matched by any gold span, by rule id (tuning aid). */
  falsePositivesByRule: Record<string, number>;
  /** Findings of the `structure` category (metrics, channel limits): not span-annotated, left out of span metrics. */
  structureFindings: number;
}

export interface MessageDetail {
  id: string;
  lang: string;
  detectedLang: string;
  label?: string;
  goldScore?: number;
  score: number;
  missed: Array<{ kind: string; category: string; quote: string }>;
  falsePositives: Array<{ kind: string; category: string; ruleId: string; quote: string }>;
}

export interface EvalReport {
  messages: number;
  /** AUC of the score separating `authentic` (positive) from `scripted` labels; mixed left out. */
  auc: number;
  /** Spearman correlation of the score with the human score. */
  spearman: number;
  all: GroupReport;
  byLang: Record<string, GroupReport & { auc: number; spearman: number }>;
  details: MessageDetail[];
}

/** Keep ids whose number is odd or even (`en-007` → 7); `all` keeps everything. */
export function selectIds<T extends { id: string }>(records: readonly T[], which: 'all' | 'odd' | 'even'): T[] {
  if (which === 'all') return [...records];
  return records.filter((r) => {
    const m = /(\d+)\D*$/.exec(r.id);
    return m !== null && (Number(m[1]) % 2 === 1) === (which === 'odd');
  });
}

const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);

interface Tally {
  messages: number;
  langOk: number;
  spans: Record<'scripted' | 'authentic', { predicted: number; gold: number; matched: number }>;
  warnings: number;
  authenticMessages: number;
  categories: Record<string, { gold: number; matched: number }>;
  fpByRule: Record<string, number>;
  structure: number;
}

function newTally(): Tally {
  return {
    messages: 0, langOk: 0, warnings: 0, authenticMessages: 0, structure: 0, categories: {}, fpByRule: {},
    spans: { scripted: { predicted: 0, gold: 0, matched: 0 }, authentic: { predicted: 0, gold: 0, matched: 0 } },
  };
}

function addMessage(t: Tally, rec: CorpusRecord, pred: Prediction, detail: MessageDetail): void {
  t.messages++;
  if (pred.lang === rec.lang) t.langOk++;
  const findings = pred.findings.filter((f) => f.category !== 'structure');
  t.structure += pred.findings.length - findings.length;
  if (rec.label === 'authentic') {
    t.authenticMessages++;
    t.warnings += pred.findings.filter(
      (f) => f.kind === 'scripted' && (f.severity === 'error' || f.severity === 'warning'),
    ).length;
  }
  for (const kind of ['scripted', 'authentic'] as const) {
    const p = findings.filter((f) => f.kind === kind);
    const g = rec.spans.filter((s) => s.kind === kind);
    const m = matchSpans(p, g);
    const s = t.spans[kind];
    s.predicted += p.length;
    s.gold += g.length;
    s.matched += m.pairs.length;
    const matchedGold = new Set(m.pairs.map(([, gi]) => gi));
    g.forEach((span, gi) => {
      const c = (t.categories[span.category] ??= { gold: 0, matched: 0 });
      c.gold++;
      if (matchedGold.has(gi)) c.matched++;
    });
    for (const gi of m.unmatchedGold) {
      detail.missed.push({ kind, category: g[gi].category, quote: rec.text.slice(g[gi].start, g[gi].end) });
    }
    for (const pi of m.unmatchedPredicted) {
      const f = p[pi];
      if (kind === 'scripted') t.fpByRule[f.ruleId] = (t.fpByRule[f.ruleId] ?? 0) + 1;
      detail.falsePositives.push({ kind, category: f.category, ruleId: f.ruleId, quote: rec.text.slice(f.start, f.end) });
    }
  }
}

function spanStats(s: { predicted: number; gold: number; matched: number }): SpanStats {
  return { ...s, precision: ratio(s.matched, s.predicted), recall: ratio(s.matched, s.gold) };
}

function report(t: Tally): GroupReport {
  const categoryRecall: Record<string, CategoryRecall> = {};
  for (const [c, v] of Object.entries(t.categories).sort()) categoryRecall[c] = { ...v, recall: ratio(v.matched, v.gold) };
  return {
    messages: t.messages,
    languageAccuracy: ratio(t.langOk, t.messages),
    scripted: spanStats(t.spans.scripted),
    authentic: spanStats(t.spans.authentic),
    warningsPerAuthentic: ratio(t.warnings, t.authenticMessages),
    authenticMessages: t.authenticMessages,
    categoryRecall,
    falsePositivesByRule: Object.fromEntries(Object.entries(t.fpByRule).sort((a, b) => b[1] - a[1])),
    structureFindings: t.structure,
  };
}

function scoreAgreement(records: readonly CorpusRecord[], preds: readonly Prediction[]): { auc: number; spearman: number } {
  const pos: number[] = [];
  const neg: number[] = [];
  const human: number[] = [];
  const ours: number[] = [];
  records.forEach((r, i) => {
    if (r.label === 'authentic') pos.push(preds[i].score);
    if (r.label === 'scripted') neg.push(preds[i].score);
    if (typeof r.score === 'number') {
      human.push(r.score);
      ours.push(preds[i].score);
    }
  });
  return { auc: auc(pos, neg), spearman: spearman(ours, human) };
}

/** Compares predictions (same order as `records`) with the gold annotations. Pure. */
export function evaluate(records: readonly CorpusRecord[], preds: readonly Prediction[]): EvalReport {
  if (records.length !== preds.length) throw new Error('evaluate: one prediction per record is required');
  const all = newTally();
  const perLang = new Map<string, { tally: Tally; records: CorpusRecord[]; preds: Prediction[] }>();
  const details: MessageDetail[] = [];
  records.forEach((rec, i) => {
    const pred = preds[i];
    const detail: MessageDetail = {
      id: rec.id, lang: rec.lang, detectedLang: pred.lang, label: rec.label, goldScore: rec.score,
      score: pred.score, missed: [], falsePositives: [],
    };
    const group = perLang.get(rec.lang) ?? { tally: newTally(), records: [], preds: [] };
    perLang.set(rec.lang, group);
    group.records.push(rec);
    group.preds.push(pred);
    addMessage(all, rec, pred, detail);
    addMessage(group.tally, rec, pred, { ...detail, missed: [], falsePositives: [] });
    details.push(detail);
  });
  const byLang: EvalReport['byLang'] = {};
  for (const [lang, g] of [...perLang].sort((a, b) => a[0].localeCompare(b[0]))) {
    byLang[lang] = { ...report(g.tally), ...scoreAgreement(g.records, g.preds) };
  }
  return { messages: records.length, ...scoreAgreement(records, preds), all: report(all), byLang, details };
}
