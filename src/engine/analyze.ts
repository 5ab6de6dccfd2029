import type { AnalyzeOptions, DocumentAnalysis, Draft, DraftAnalysis, Finding, PackError } from './types';
import type { RuleSet } from './ruleSet';
import { parseDocument } from './parse/parseDocument';
import { buildDraftView } from './draftView';
import { runPhraseRules } from './runners/runPhraseRules';
import { runPatternRules } from './runners/runPatternRules';
import { runPlaceholderRules } from './runners/runPlaceholderRules';
import { runDetectorRules } from './runners/runDetectorRules';
import type { RunContext } from './runners/runContext';
import { applySuppressions } from './findings/applySuppressions';
import { dedupePerRule, dropAccepted } from './findings/finalizeFindings';
import { applyScopedOverrides } from './findings/applyScopedOverrides';
import { mergeFindings } from './findings/mergeFindings';
import { computeScore } from './score/computeScore';
import { computeMetrics } from './metrics/computeMetrics';

/** Rule-level warnings raised while analysing (e.g. a pattern over its time budget). Additive to DraftAnalysis. */
export type DraftAnalysisWithWarnings = DraftAnalysis & { warnings?: PackError[] };

function append<T>(to: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) to.push(items[k]);
}

/** One draft: rules for its language → accepted vocabulary → suppressions → sort → score → metrics. */
export function analyzeDraft(draft: Draft, ruleSet: RuleSet, options: AnalyzeOptions = {}): DraftAnalysisWithWarnings {
  const view = buildDraftView(draft);
  const premium = options.premium ?? draft.frontMatter.premium ?? false;
  const ctx: RunContext = {
    draft, view, ruleSet, lang: draft.lang, channel: draft.channel, premium, uiLang: options.uiLang ?? draft.lang, warnings: [],
  };
  let findings: Finding[] = [];
  append(findings, runPhraseRules(ctx));
  append(findings, runPatternRules(ctx));
  append(findings, runPlaceholderRules(ctx));
  append(findings, runDetectorRules(ctx));
  findings = applyScopedOverrides(findings, ruleSet, draft.channel, draft.lang);
  findings = dropAccepted(findings, draft.text, draft.start, draft.end, ruleSet.accept);
  findings = dedupePerRule(applySuppressions(draft, findings));
  if (options.mergeFindings !== false) findings = mergeFindings(draft.text, findings);
  const analysis: DraftAnalysisWithWarnings = {
    draft, findings, score: computeScore(findings), metrics: computeMetrics(view, draft.channel, premium),
  };
  if (ctx.warnings.length) analysis.warnings = ctx.warnings;
  return analysis;
}

export function analyzeDocument(text: string, ruleSet: RuleSet, options: AnalyzeOptions = {}): DocumentAnalysis {
  const drafts = parseDocument(text, options).map((d) => analyzeDraft(d, ruleSet, options));
  const packErrors = ruleSet.errors.slice();
  for (const d of drafts) if (d.warnings) append(packErrors, d.warnings);
  return { drafts, packErrors };
}
