import * as path from 'node:path';
import * as vscode from 'vscode';
import { builtinPackSources, type PackReader } from '../engine/builtinPacks';
import { analyzeDocument } from '../engine/analyze';
import { buildRuleSet, type PackSource, type RuleSet } from '../engine/ruleSet';
import type { PackError } from '../engine/types';
import { RuleCatalog } from './ruleCatalog';
import { readSettings } from './settings';

/**
 * Which rules apply to a document. One rule set per workspace folder: today every folder gets the
 * built-in packs; the team-packs issue adds `.unscripted.yaml` resolution behind this interface
 * (and fires onDidChange when a pack or config changes, which re-checks open drafts).
 */
export interface RuleSetProvider extends vscode.Disposable {
  /** The rules for a document (its folder's packs, minus `unscripted.disabledRules`). */
  ruleSetFor(uri: vscode.Uri): RuleSet;
  /** Rule documentation for any rule this provider can load. */
  catalog(): RuleCatalog;
  /** The file a finding's `source.file` names, as a URI to open. */
  packFileUri(file: string): vscode.Uri;
  readonly onDidChange: vscode.Event<void>;
}

/** Tiny drafts run through a fresh rule set, twice per language. */
const WARM_UP = [
  { lang: 'en', text: 'Hi Sam,\n\nI saw your post on the Leeds move. How did it go?\n\nKim' },
  { lang: 'fr', text: 'Bonjour Léa,\n\nJ’ai lu votre article sur le salon de Lyon. Comment s’est passé le lancement ?\n\nKim' },
] as const;

/**
 * V8 compiles (and tiers up) each regular expression on its first runs, which makes the first real
 * draft after a (re)build slower than the next ones.
 * Running two tiny drafts per language right after building pays that cost up front.
 */
function warmUp(set: RuleSet): void {
  for (const { lang, text } of WARM_UP) for (let i = 0; i < 2; i++) analyzeDocument(text, set, { lang });
}

/**
 * Built-in packs read from the extension's own `packs/` folder through a node PackReader (lazily,
 * once). Disabled rules are switched off in the rule set itself, so they leave the score too.
 */
export class BuiltinRuleSetProvider implements RuleSetProvider {
  private sources?: PackSource[];
  /** One compiled rule set per distinct disabled-rules list. */
  private readonly sets = new Map<string, RuleSet>();
  private rules?: RuleCatalog;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly packsRoot: string;

  constructor(
    extensionPath: string,
    private readonly reader: PackReader,
    private readonly reportPackErrors: (errors: PackError[]) => void,
  ) {
    this.packsRoot = path.join(extensionPath, 'packs');
  }

  ruleSetFor(uri: vscode.Uri): RuleSet {
    return this.build([...new Set(readSettings(uri).disabledRules)].sort());
  }

  catalog(): RuleCatalog {
    this.rules ??= RuleCatalog.fromRuleSet(this.build([]));
    return this.rules;
  }

  private build(disabled: string[]): RuleSet {
    const key = disabled.join('\n');
    let set = this.sets.get(key);
    if (!set) {
      const first = this.sources === undefined;
      this.sources ??= builtinPackSources(this.reader, this.packsRoot);
      set = buildRuleSet(this.sources, { overrides: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])) });
      if (first && set.errors.length) this.reportPackErrors(set.errors);
      warmUp(set);
      this.sets.set(key, set);
    }
    return set;
  }

  packFileUri(file: string): vscode.Uri {
    return vscode.Uri.file(path.isAbsolute(file) ? file : path.join(path.dirname(this.packsRoot), file));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
