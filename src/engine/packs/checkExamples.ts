import { analyzeDocument } from '../analyze';
import { buildRuleSet, type PackSource, type RuleSet } from '../ruleSet';
import type { AnalyzeOptions, PackDef, RuleDef } from '../types';
import { parsePack } from './parsePack';

/** One example that does not behave as its rule promises. */
export interface ExampleFailure {
  file: string;
  /** 1-based line of the rule in its pack file. */
  line: number;
  packId: string;
  ruleId: string;
  expected: 'flagged' | 'clean';
  example: string;
  /** "expected a finding, got none" or "unexpected finding at 12–20 'text'". */
  reason: string;
}

export interface ExampleReport {
  rules: number;
  examples: number;
  failures: ExampleFailure[];
}

/** How an example is analysed: in the pack's language, on the rule's first channel. */
function exampleOptions(pack: PackDef, rule: RuleDef): AnalyzeOptions {
  return {
    ...(pack.lang !== 'any' ? { lang: pack.lang, uiLang: pack.lang } : {}),
    ...(rule.channels?.length ? { channel: rule.channels[0] } : {}),
  };
}

/** The failure reason for one example, or undefined when it behaves. */
export function checkExample(text: string, expected: 'flagged' | 'clean', rule: RuleDef, pack: PackDef, ruleSet: RuleSet): string | undefined {
  const found = analyzeDocument(text, ruleSet, exampleOptions(pack, rule)).drafts.flatMap((d) =>
    d.findings.filter((f) => f.ruleId === rule.id),
  );
  if (expected === 'flagged') return found.length > 0 ? undefined : 'expected a finding, got none';
  const f = found[0];
  return f ? `unexpected finding at ${f.start}–${f.end} '${text.slice(f.start, f.end)}'` : undefined;
}

/**
 * Runs every enabled rule's `examples.flagged` (must fire) and `examples.clean` (must not fire)
 * against a rule set built from the same sources (or the one given). Pure: sources are texts.
 */
export function checkExamples(sources: PackSource[], ruleSet: RuleSet = buildRuleSet(sources)): ExampleReport {
  const report: ExampleReport = { rules: 0, examples: 0, failures: [] };
  // A pack the rule set refused is reported as a pack error; its examples would only repeat it.
  const refused = new Set(ruleSet.errors.filter((e) => e.severity === 'error').map((e) => e.file));
  for (const source of sources) {
    if (refused.has(source.file)) continue;
    const { pack, ruleLines } = parsePack(source.text, source.file);
    if (!pack) continue;
    for (const rule of pack.rules) {
      if (rule.enabled === false) continue;
      report.rules++;
      const cases = [
        ...(rule.examples?.flagged ?? []).map((example) => ({ example, expected: 'flagged' as const })),
        ...(rule.examples?.clean ?? []).map((example) => ({ example, expected: 'clean' as const })),
      ];
      for (const { example, expected } of cases) {
        report.examples++;
        const reason = checkExample(example, expected, rule, pack, ruleSet);
        if (reason) {
          const line = ruleLines[rule.id] ?? 1;
          report.failures.push({ file: source.file, line, packId: pack.id, ruleId: rule.id, expected, example, reason });
        }
      }
    }
  }
  return report;
}
