import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/engine/analyze';
import { buildRuleSet, type PackSource } from '../../../src/engine/ruleSet';
import { parsePack } from '../../../src/engine/packs/parsePack';
import type { Lang, RuleDef } from '../../../src/engine/types';
import { packSources, starterSources } from './fixturePacks';

/** Runs one example through the whole pipeline (in the rule's first channel) and says whether the rule fired. */
function fires(example: string, rule: RuleDef, lang: Lang, ruleSet: ReturnType<typeof buildRuleSet>): boolean {
  const channel = rule.channels?.[0];
  const analysis = analyzeDocument(example, ruleSet, { lang, ...(channel ? { channel } : {}) });
  return analysis.drafts.some((d) => d.findings.some((f) => f.ruleId === rule.id));
}

function checkExamples(title: string, sources: () => PackSource[]): void {
  describe(title, () => {
    const all = sources();
    if (all.length === 0) {
      it('has no packs yet', () => assert.equal(all.length, 0));
      return;
    }
    const ruleSet = buildRuleSet(all);
    it('loads without errors', () => {
      const errors = ruleSet.errors.filter((e) => e.severity === 'error');
      assert.deepEqual(errors.map((e) => `${e.file}:${e.line}:${e.col} ${e.ruleId ?? ''} ${e.message}`), []);
    });
    for (const source of all) {
      const { pack } = parsePack(source.text, source.file);
      if (!pack) continue;
      const langs: Lang[] = pack.lang === 'any' ? ['en', 'fr'] : [pack.lang];
      it(`${source.file}: every rule's examples behave`, () => {
        const failures: string[] = [];
        for (const rule of pack.rules) {
          if (!ruleSet.rules.some((r) => r.def.id === rule.id)) continue; // reported above
          for (const lang of langs) {
            for (const ex of rule.examples?.flagged ?? []) {
              if (!fires(ex, rule, lang, ruleSet)) failures.push(`${source.file} ${rule.id} [${lang}] should flag: ${JSON.stringify(ex)}`);
            }
            for (const ex of rule.examples?.clean ?? []) {
              if (fires(ex, rule, lang, ruleSet)) failures.push(`${source.file} ${rule.id} [${lang}] should NOT flag: ${JSON.stringify(ex)}`);
            }
          }
        }
        assert.deepEqual(failures, []);
      });
    }
  });
}

checkExamples('pack examples: test fixtures', starterSources);
checkExamples('pack examples: built-in packs/', () => packSources('packs', true));
