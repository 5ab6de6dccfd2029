import type { DocumentAnalysis, DraftAnalysis, Finding } from '../engine/types';

/** What the CodeLens, the status item and the details list say about one draft. Pure: no `vscode`. */
export interface DraftSummary {
  score: number;
  personalSignals: number;
  /** Scripted phrase-level findings (structure/length notes are counted apart). */
  scriptedPhrases: number;
  structureNotes: number;
}

export function summarizeDraft(d: DraftAnalysis): DraftSummary {
  let personalSignals = 0;
  let scriptedPhrases = 0;
  let structureNotes = 0;
  for (const f of d.findings) {
    if (f.kind === 'authentic') personalSignals++;
    else if (f.category === 'structure') structureNotes++;
    else scriptedPhrases++;
  }
  return { score: d.score.value, personalSignals, scriptedPhrases, structureNotes };
}

/**
 * The draft holding `offset` (the cursor): the last draft starting at or before it, so a cursor in
 * the separator or front matter after a draft stays with that draft; the first draft before any.
 * Used by the status item, hovers, quick fixes and the score view alike.
 */
export function draftAt(drafts: readonly DraftAnalysis[], offset: number): DraftAnalysis | undefined {
  let found = drafts[0];
  for (const d of drafts) if (d.draft.start <= offset) found = d;
  return found;
}

/** Findings whose span contains `offset` (end inclusive, so a cursor right after a phrase counts). */
export function findingsAt(analysis: DocumentAnalysis, offset: number, kind?: Finding['kind']): Finding[] {
  const out: Finding[] = [];
  for (const d of analysis.drafts) {
    for (const f of d.findings) if (f.start <= offset && offset <= f.end && (!kind || f.kind === kind)) out.push(f);
  }
  return out;
}

/** The finding reported as a diagnostic with this rule id at this span (diagnostics trim whitespace: the smallest enclosing finding). */
export function findingFor(analysis: DocumentAnalysis, ruleId: string, start: number, end: number): Finding | undefined {
  let best: Finding | undefined;
  for (const d of analysis.drafts) {
    for (const f of d.findings) {
      if (f.ruleId === ruleId && f.start <= start && end <= f.end && (!best || f.end - f.start < best.end - best.start)) best = f;
    }
  }
  return best;
}
