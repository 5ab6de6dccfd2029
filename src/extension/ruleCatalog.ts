import type { PackReader } from '../engine/builtinPacks';
import { parsePack } from '../engine/packs/parsePack';
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

  /** Reads every pack file under `dirs` through `reader` (broken packs are skipped: the rule set reports them). */
  static fromPacks(reader: PackReader, dirs: readonly string[]): RuleCatalog {
    const catalog = new RuleCatalog();
    for (const dir of dirs) {
      for (const file of reader.listYaml(dir)) {
        const { pack, ruleLines } = parsePack(reader.read(file), file);
        if (!pack) continue;
        for (const rule of pack.rules) {
          catalog.add({ rule, pack: { id: pack.id, lang: pack.lang, name: pack.name, version: pack.version }, file, line: ruleLines[rule.id] ?? 1 });
        }
      }
    }
    return catalog;
  }
}
