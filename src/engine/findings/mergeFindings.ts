import type { Finding } from '../types';
import { sortByStartLongestFirst, sortFindings } from './sortFindings';

/** Categories that always keep their own findings (exact spans matter: merge tags, length limits). */
const KEEP_SEPARATE = new Set(['merge-tag', 'structure']);
/** Two findings of one category merge when at most this many characters separate them… */
export const MAX_MERGE_GAP = 60;
/** JavaScript's `\s` set, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * …and the gap text[from, to) holds no sentence end (`.`, `!`, `?`, `…` followed by a space or the
 * end of the gap) and no blank line (two line feeds with only spaces, tabs or NBSP between).
 */
export function gapBreaks(text: string, from: number, to: number): boolean {
  let newline = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      if (i + 1 === to || isSpace(text.charCodeAt(i + 1))) return true;
      newline = false;
    } else if (c === 10) {
      if (newline) return true;
      newline = true;
    } else if (newline && c !== 32 && c !== 9 && c !== 0xa0) newline = false;
  }
  return false;
}

/** Quick fixes kept on one merged finding. */
const MAX_SUGGESTIONS = 12;

const strength = (f: Finding): number => f.weight * (f.severity === 'error' ? 1.25 : f.severity === 'info' ? 0.6 : 1);

/**
 * A run of findings being merged into one: what `union` of them one by one gives — the heaviest
 * finding's texts (the first of equals), the span of all, the suggestions in order (capped) — built
 * as one object when the run ends instead of one per step.
 */
class Run {
  winner: Finding;
  start: number;
  end: number;
  suggestions: Finding['suggestions'];
  /** Whether anything was merged in (else the run is its first finding, unchanged). */
  merged = false;

  constructor(f: Finding) {
    this.winner = f;
    this.start = f.start;
    this.end = f.end;
    this.suggestions = f.suggestions;
  }

  /** Each suggestion keeps its own range; capped (a chain of thousands of merges would copy a growing list). */
  add(f: Finding): void {
    if (strength(f) > strength(this.winner)) this.winner = f;
    if (f.start < this.start) this.start = f.start;
    if (f.end > this.end) this.end = f.end;
    let list = this.suggestions;
    if (list.length < MAX_SUGGESTIONS) {
      if (!this.merged) list = this.suggestions = list.slice();
      const more = f.suggestions;
      for (let i = 0; i < more.length && list.length < MAX_SUGGESTIONS; i++) list.push(more[i]);
    }
    this.merged = true;
  }

  finding(): Finding {
    return this.merged ? { ...this.winner, start: this.start, end: this.end, suggestions: this.suggestions } : this.winner;
  }
}

const mostlyOverlap = (a: Finding, b: Finding): boolean => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared * 2 >= Math.min(a.end - a.start, b.end - b.start);
};

/** `sorted` by start; only findings starting within `longest` before `f` can overlap it (linear overall, not n²). */
function mostlyOverlapsAny(sorted: Finding[], longest: number, f: Finding): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < f.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && sorted[i].start + longest > f.start; i--) if (mostlyOverlap(sorted[i], f)) return true;
  return false;
}

/**
 * One finding per stretch of text, so a reader sees one squiggle (and the score counts one problem)
 * where several rules describe the same words:
 * - findings of one kind that mostly overlap (half of the shorter one) become one, spanning both,
 *   carrying the heavier rule's texts;
 * - findings of one category a few words apart in the same sentence (or consecutive bullet lines)
 *   become one ("leverage … synergies … end-to-end").
 * - an authentic finding that mostly overlaps a scripted one is dropped (the scripted reading wins).
 * Merge tags and structure findings are never merged. Input and output are sorted.
 */
export function mergeFindings(text: string, findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  const scriptedPool: Finding[] = [];
  const authenticPool: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (KEEP_SEPARATE.has(f.category)) out.push(f);
    else (f.kind === 'scripted' ? scriptedPool : authenticPool).push(f);
  }
  const scripted = mergeRuns(text, sortByStartLongestFirst(scriptedPool));
  for (let i = 0; i < scripted.length; i++) out.push(scripted[i]);
  // A signal found inside a scripted phrase is the template's veneer, not evidence
  // ("Saw you're the VP of Sales at Acme", "3x pipeline in 60 days"). `scripted` is in start order.
  const authentic = mergeRuns(text, sortByStartLongestFirst(authenticPool));
  let longest = 0;
  for (let i = 0; i < scripted.length; i++) if (scripted[i].end - scripted[i].start > longest) longest = scripted[i].end - scripted[i].start;
  for (let i = 0; i < authentic.length; i++) if (!mostlyOverlapsAny(scripted, longest, authentic[i])) out.push(authentic[i]);
  return sortFindings(out);
}

/** One kind's findings (sorted by start, longest first) merged run by run; the result is in start order. */
function mergeRuns(text: string, pool: Finding[]): Finding[] {
  const merged: Finding[] = [];
  if (pool.length === 0) return merged;
  let run = new Run(pool[0]);
  for (let i = 1; i < pool.length; i++) {
    const f = pool[i];
    const shared = Math.min(run.end, f.end) - Math.max(run.start, f.start);
    if (shared > 0 && shared * 2 >= Math.min(run.end - run.start, f.end - f.start)) { // mostlyOverlap
      run.add(f);
      continue;
    }
    // The gap, with the previous finding's last character (a finding may end on its full stop).
    const gapStart = Math.max(run.start, run.end - 1);
    if (run.winner.category === f.category && f.start >= run.end && f.start - gapStart <= MAX_MERGE_GAP + 1 && !gapBreaks(text, gapStart, f.start)) {
      run.add(f);
      continue;
    }
    merged.push(run.finding());
    run = new Run(f);
  }
  merged.push(run.finding());
  return merged;
}
