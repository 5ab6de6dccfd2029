import type { RuleSet } from '../engine/ruleSet';
import type { PackDef, RuleDef } from '../engine/types';

/** One rule as the documentation shows it: its definition and where it is written. */
export interface RuleEntry {
  rule: RuleDef;
  pack: Pick<PackDef, 'id' | 'lang' | 'name' | 'version'>;
  /** Pack file path (absolute for built-ins read from the extension's packs/). */
  file: string;
  /** 1-based line of the rule in its pack file. */
  line: number;
}

/** A pack file as people read it: `packs/en/openers.yaml` for built-ins, else the last two path parts. */
export function packFileLabel(file: string): string {
  const parts = file.split(/[\\/]/);
  const i = parts.lastIndexOf('packs');
  return (i >= 0 ? parts.slice(i) : parts.slice(-2)).join('/');
}

/** Rule id → entry, for "show rule documentation", hovers and the Problems panel's code links. Pure: no `vscode`. */
export class RuleCatalog {
  private readonly entries = new Map<string, RuleEntry>();

  add(entry: RuleEntry): void {
    if (!this.entries.has(entry.rule.id)) this.entries.set(entry.rule.id, entry);
  }

  get(ruleId: string): RuleEntry | undefined {
    return this.entries.get(ruleId);
  }

  all(): RuleEntry[] {
    return [...this.entries.values()].sort((a, b) => a.rule.id.localeCompare(b.rule.id));
  }

  /** Every rule of a rule set (its compiled rules know their pack, file and line). */
  static fromRuleSet(ruleSet: RuleSet): RuleCatalog {
    const catalog = new RuleCatalog();
    const packs = new Map(ruleSet.packs.map((p) => [p.id, p]));
    for (const r of ruleSet.rules) {
      const pack = packs.get(r.packId);
      catalog.add({ rule: r.def, pack: { id: r.packId, lang: r.packLang, name: pack?.name, version: pack?.version }, file: r.file, line: r.line });
    }
    return catalog;
  }
}
