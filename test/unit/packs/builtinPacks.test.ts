import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyze';
import { builtinPackSources, loadBuiltinRuleSet } from '../../../src/engine/builtinPacks';
import { checkExamples } from '../../../src/engine/packs/checkExamples';
import { AUTHENTIC_CATEGORIES, SCRIPTED_CATEGORIES, type Lang } from '../../../src/engine/types';
import { findPackageRoot, nodePackReader } from '../../../src/cli/nodePackReader';

const packsRoot = join(findPackageRoot(__dirname), 'packs');
const sources = builtinPackSources(nodePackReader, packsRoot);
const full = loadBuiltinRuleSet(nodePackReader, packsRoot);

describe('built-in packs', () => {
  it('load without errors or warnings', () => {
    assert.deepEqual(full.errors, []);
    assert.ok(full.rules.length > 50, `${full.rules.length} rules`);
  });

  it('cover every category in both languages, with texts in both UI languages', () => {
    for (const lang of ['en', 'fr'] as Lang[]) {
      const rules = full.rules.filter((r) => r.packLang === lang);
      const categories = new Set(rules.map((r) => r.def.category));
      for (const c of [...SCRIPTED_CATEGORIES, ...AUTHENTIC_CATEGORIES]) assert.ok(categories.has(c), `${lang}: no rule for ${c}`);
      for (const r of rules) {
        for (const field of ['message', 'why', 'instead'] as const) {
          const text = r.def[field];
          assert.ok(text && typeof text === 'object' && text.en && text.fr, `${r.def.id}: ${field} needs en and fr`);
        }
        if (r.def.kind !== 'metric' && r.def.kind !== 'channel' && r.def.category !== 'structure' && r.def.severity !== 'hint') {
          assert.ok(r.def.buyerHears, `${r.def.id}: scripted rules say what the buyer hears`);
        }
        if (r.def.kind === 'channel') assert.match(r.def.link ?? '', /^https:\/\//, `${r.def.id}: channel limits cite a source`);
      }
    }
  });

  it('every rule fires on its flagged examples and not on its clean ones', () => {
    const report = checkExamples(sources, full);
    assert.ok(report.examples > 2 * report.rules, `${report.examples} examples for ${report.rules} rules`);
    assert.deepEqual(report.failures.map((f) => `${f.ruleId} (${f.expected}): ${f.example} — ${f.reason}`), []);
  });
});
