import type * as vscode from 'vscode';
import type { RuleSet } from '../engine/ruleSet';
import type { RuleCatalog } from './ruleCatalog';

/**
 * Which rules apply to a document: the built-in packs plus the team's `.unscripted.yaml` for its folder
 * (implemented by team/teamRuleSetProvider.ts, which fires onDidChange when a pack or config changes,
 * re-checking open drafts).
 */
export interface RuleSetProvider extends vscode.Disposable {
  /** The rules for a document (its folder's packs, minus `unscripted.disabledRules`). */
  ruleSetFor(uri: vscode.Uri): RuleSet;
  /** Rule documentation for any rule this provider can load. */
  catalog(): RuleCatalog;
  /** The file a finding's `source.file` names, as a URI to open. */
  packFileUri(file: string): vscode.Uri;
  readonly onDidChange: vscode.Event<void>;
  /** A note for hovers on this document's findings (e.g. team regex rules are off in an untrusted workspace). */
  notice?(uri: vscode.Uri): string | undefined;
}
