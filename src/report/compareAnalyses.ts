import { kindOfCategory } from '../engine/types';
import type { Category, DraftAnalysis, Finding, FindingKind, Lang } from '../engine/types';
import { categoryLabel } from './categoryLabels';
import { uiStrings } from './uiStrings';

export interface CategoryDelta {
  category: Category;
  kind: FindingKind;
  before: number;
  after: number;
  /** after − before */
  delta: number;
}

export interface AnalysisComparison {
  scoreBefore: number;
  scoreAfter: number;
  scoreDelta: number;
  /** Categories whose finding count changed: scripted first, then by size of the change. */
  categories: CategoryDelta[];
  /** Findings of `before` with no same-rule, same-text match in `after` (fixed or gone). */
  removed: Finding[];
  /** Findings of `after` with no match in `before` (new). */
  added: Finding[];
  /** One line: "−2 scripted openers, +1 specific reference: 31 → 74". */
  summary: string;
}

const MINUS = '\u2212';

function countByCategory(findings: readonly Finding[]): Map<Category, number> {
  const counts = new Map<Category, number>();
  for (const f of findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
  return counts;
}

const keyOf = (f: Finding, text: string): string => `${f.ruleId}\u0000${text.slice(f.start, f.end).toLowerCase()}`;

/** Findings of `a` left over after removing, one for one, those with the same rule and text in `b`. */
function unmatched(a: DraftAnalysis, b: DraftAnalysis): Finding[] {
  const pool = new Map<string, number>();
  for (const f of b.findings) {
    const k = keyOf(f, b.draft.text);
    pool.set(k, (pool.get(k) ?? 0) + 1);
  }
  return a.findings.filter((f) => {
    const k = keyOf(f, a.draft.text);
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      pool.set(k, left - 1);
      return false;
    }
    return true;
  });
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${MINUS}${Math.abs(n)}`;
}

/** Explains how `after` differs from `before` in findings and score, in the UI language. */
export function compareAnalyses(before: DraftAnalysis, after: DraftAnalysis, lang: Lang): AnalysisComparison {
  const a = countByCategory(before.findings);
  const b = countByCategory(after.findings);
  const categories: CategoryDelta[] = [];
  for (const category of new Set<Category>([...a.keys(), ...b.keys()])) {
    const delta = (b.get(category) ?? 0) - (a.get(category) ?? 0);
    if (delta !== 0) {
      categories.push({ category, kind: kindOfCategory(category), before: a.get(category) ?? 0, after: b.get(category) ?? 0, delta });
    }
  }
  categories.sort(
    (x, y) =>
      (x.kind === 'scripted' ? 0 : 1) - (y.kind === 'scripted' ? 0 : 1) ||
      Math.abs(y.delta) - Math.abs(x.delta) ||
      x.category.localeCompare(y.category),
  );
  const scoreBefore = before.score.value;
  const scoreAfter = after.score.value;
  const parts = categories.map((c) => `${signed(c.delta)} ${categoryLabel(c.category, lang, c.delta)}`);
  const s = uiStrings(lang);
  const head = parts.length > 0 ? parts.join(', ') : s.sameFindings;
  return {
    scoreBefore,
    scoreAfter,
    scoreDelta: scoreAfter - scoreBefore,
    categories,
    removed: unmatched(before, after),
    added: unmatched(after, before),
    summary: `${head}${s.colon}${scoreBefore} \u2192 ${scoreAfter}`,
  };
}
