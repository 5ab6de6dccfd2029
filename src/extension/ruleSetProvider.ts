import * as path from 'node:path';
import * as vscode from 'vscode';
import { loadBuiltinRuleSet, type PackReader } from '../engine/builtinPacks';
import type { RuleSet } from '../engine/ruleSet';
import type { PackError } from '../engine/types';
import { RuleCatalog } from './ruleCatalog';

/**
 * Which rules apply to a document. One rule set per workspace folder: today every folder gets the
 * built-in packs; the team-packs issue adds `.unscripted.yaml` resolution behind this interface
 * (and fires onDidChange when a pack or config changes, which re-checks open drafts).
 */
export interface RuleSetProvider extends vscode.Disposable {
  ruleSetFor(uri: vscode.Uri): RuleSet;
  /** Rule documentation for any rule this provider can load. */
  catalog(): RuleCatalog;
  /** The file a finding's `source.file` names, as a URI to open. */
  packFileUri(file: string): vscode.Uri;
  readonly onDidChange: vscode.Event<void>;
}

/** Built-in packs read from the extension's own `packs/` folder through a node PackReader (lazily, once). */
export class BuiltinRuleSetProvider implements RuleSetProvider {
  private builtin?: RuleSet;
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

  ruleSetFor(_uri: vscode.Uri): RuleSet {
    if (!this.builtin) {
      this.builtin = loadBuiltinRuleSet(this.reader, this.packsRoot);
      if (this.builtin.errors.length) this.reportPackErrors(this.builtin.errors);
    }
    return this.builtin;
  }

  catalog(): RuleCatalog {
    this.rules ??= RuleCatalog.fromPacks(this.reader, [this.packsRoot]);
    return this.rules;
  }

  packFileUri(file: string): vscode.Uri {
    return vscode.Uri.file(path.isAbsolute(file) ? file : path.join(path.dirname(this.packsRoot), file));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
