import type { DocumentAnalysis } from '../../engine/types';
import type { Prediction } from './evaluate';

/**
 * What the engine said about one corpus message: the language and score of its first draft
 * (a message is one draft; quoted replies are segments of it) and every finding of every draft.
 */
export function predictionFromAnalysis(analysis: DocumentAnalysis): Prediction {
  const first = analysis.drafts[0];
  return {
    lang: first?.draft.lang ?? 'unknown',
    score: first?.score.value ?? 0,
    findings: analysis.drafts.flatMap((d) =>
      d.findings.map((f) => ({ start: f.start, end: f.end, kind: f.kind, category: f.category, severity: f.severity, ruleId: f.ruleId })),
    ),
  };
}
