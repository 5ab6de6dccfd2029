import type * as vscode from 'vscode';
import { analyzeDocument } from '../engine/analyze';
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

/** Tiny drafts run through a fresh rule set, twice per language. */
const WARM_UP = [
  { lang: 'en', text: 'Hi Sam,\n\nI saw your post on the Leeds move. How did it go?\n\nKim' },
  { lang: 'fr', text: 'Bonjour Léa,\n\nJ’ai lu votre article sur le salon de Lyon. Comment s’est passé le lancement ?\n\nKim' },
] as const;

/**
 * V8 compiles (and tiers up) each regular expression on its first runs: on a cold rule set the
 * large pack patterns can overrun the engine's per-rule time budget and be dropped for the first
 * real draft. Running two tiny drafts per language right after building pays that cost up front.
 */
export function warmUp(set: RuleSet): void {
  for (const { lang, text } of WARM_UP) for (let i = 0; i < 2; i++) analyzeDocument(text, set, { lang });
}
