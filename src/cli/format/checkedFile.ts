import type { DocumentAnalysis, DraftAnalysis, Finding } from '../../engine/types';

/** One checked input, as every check formatter receives it. */
export interface CheckedFile {
  /** As given on the command line; `<stdin>` for `-`. */
  label: string;
  text: string;
  analysis: DocumentAnalysis;
}

/** Findings shown as diagnostics: scripted only, unless signals are asked for too. */
export function shownFindings(draft: DraftAnalysis, signals: boolean): Finding[] {
  return signals ? draft.findings : draft.findings.filter((f) => f.kind === 'scripted');
}

export function hasErrorFinding(files: readonly CheckedFile[]): boolean {
  return files.some((f) => f.analysis.drafts.some((d) => d.findings.some((x) => x.severity === 'error')));
}
