import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyze';
import { builtinPackSources, loadBuiltinRuleSet } from '../../../src/engine/builtinPacks';
import { buildRuleSet, type RuleOverride } from '../../../src/engine/ruleSet';
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

  // Each rule alone (all others disabled), on each of its own examples, in its pack's language.
  const allIds = full.rules.map((r) => r.def.id);
  for (const rule of full.rules) {
    const { id, examples, channels } = rule.def;
    if (!examples) continue;
    it(`${id}: fires on its flagged examples and not on its clean ones`, () => {
      const overrides: Record<string, RuleOverride> = {};
      for (const other of allIds) if (other !== id) overrides[other] = { enabled: false };
      const only = buildRuleSet(sources, { overrides });
      const lang = (rule.packLang === 'any' ? 'en' : rule.packLang) as Lang;
      const options = { lang, channel: channels?.[0] };
      const fires = (text: string): boolean =>
        analyzeDocument(text, only, options).drafts.some((d) => d.findings.some((f) => f.ruleId === id));
      for (const text of examples.flagged) assert.ok(fires(text), `${id} should flag: ${text}`);
      for (const text of examples.clean) assert.ok(!fires(text), `${id} should not flag: ${text}`);
    });
  }
});
