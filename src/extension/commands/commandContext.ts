import type { AnalysisStore } from '../analysisStore';
import type { DocumentOverrides } from '../documentOverrides';
import type { DraftChecker } from '../draftChecker';
import type { RuleSetProvider } from '../ruleSetProvider';

/** What commands may use. */
export interface CommandContext {
  store: AnalysisStore;
  checker: DraftChecker;
  rules: RuleSetProvider;
  overrides: DocumentOverrides;
}
