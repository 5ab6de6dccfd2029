import type { Finding } from '../types';
import { compareFindings } from './finalizeFindings';

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

function union(a: Finding, b: Finding): Finding {
  const winner = strength(b) > strength(a) ? b : a;
  return {
    ...winner,
    start: Math.min(a.start, b.start),
    end: Math.max(a.end, b.end),
    // Each suggestion keeps its own range (the words it was computed for). Capped: a chain of
    // thousands of merges on one long line would otherwise copy a growing list each time (n²).
    suggestions: a.suggestions.length >= MAX_SUGGESTIONS ? a.suggestions : [...a.suggestions, ...b.suggestions].slice(0, MAX_SUGGESTIONS),
  };
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
  const pools: Record<Finding['kind'], Finding[]> = { scripted: [], authentic: [] };
  for (const f of findings) {
    if (KEEP_SEPARATE.has(f.category)) out.push(f);
    else pools[f.kind].push(f);
  }
  for (const kind of ['scripted', 'authentic'] as const) {
    const pool = pools[kind].sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Finding[] = [];
    for (const f of pool) {
      const prev = merged[merged.length - 1];
      if (prev && mostlyOverlap(prev, f)) {
        merged[merged.length - 1] = union(prev, f);
        continue;
      }
      // The gap, with the previous finding's last character (a finding may end on its full stop).
      const gapStart = prev ? Math.max(prev.start, prev.end - 1) : 0;
      if (prev && prev.category === f.category && f.start >= prev.end && f.start - gapStart <= MAX_MERGE_GAP + 1 && !gapBreaks(text, gapStart, f.start)) {
        merged[merged.length - 1] = union(prev, f);
        continue;
      }
      merged.push(f);
    }
    if (kind === 'scripted') {
      for (const f of merged) out.push(f);
      continue;
    }
    // A signal found inside a scripted phrase is the template's veneer, not evidence
    // ("Saw you're the VP of Sales at Acme", "3x pipeline in 60 days").
    const scripted = out.filter((f) => f.kind === 'scripted' && !KEEP_SEPARATE.has(f.category)).sort((a, b) => a.start - b.start);
    const longest = scripted.reduce((m, f) => Math.max(m, f.end - f.start), 0);
    out.push(...merged.filter((f) => !mostlyOverlapsAny(scripted, longest, f)));
  }
  return out.sort(compareFindings);
}
