import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadCliRuleSet } from '../../../src/cli/loadCliRuleSet';
import { findPackageRoot, nodePackReader } from '../../../src/cli/nodePackReader';
import { playDemoScenario } from '../../../src/demo/demoScenario';
import { loadDemoGallery } from '../../../src/demo/loadDemoGallery';
import { analyzeDocument } from '../../../src/engine/analyze';
import type { DocumentAnalysis } from '../../../src/engine/types';

const root = findPackageRoot(__dirname);

describe('demo gallery (scores with the real engine and the built-in packs)', () => {
  const ruleSet = loadCliRuleSet({ cwd: root });
  const { scenarios } = loadDemoGallery(nodePackReader, join(root, 'media', 'demo'));

  /**
   * Pattern rules have a per-draft time budget; a rule stopped by it loses its findings, which
   * happens on a loaded machine (and on a rule's first run, while V8 compiles the regex). Such an
   * analysis says so in packErrors; analyse again rather than judge a scenario on it.
   */
  function analyze(text: string): DocumentAnalysis {
    let analysis = analyzeDocument(text, ruleSet);
    for (let i = 0; i < 3 && analysis.packErrors.some((e) => /budget/.test(e.message)); i++) analysis = analyzeDocument(text, ruleSet);
    return analysis;
  }

  it('loads the built-in packs without errors', () => {
    assert.deepEqual(ruleSet.errors.filter((e) => e.severity === 'error'), []);
  });

  for (const id of ['cold-email-en', 'cold-email-fr', 'follow-up-en', 'gatekeeper-email-en', 'inmail-en', 'linkedin-connection-en', 'linkedin-connection-fr', 'relance-fr']) {
    it(`${id}: every fix keeps or raises the score, the good draft scores higher than the bad one`, () => {
      const scenario = scenarios.find((s) => s.id === id);
      assert.ok(scenario, `scenario ${id} is in the gallery`);
      const texts = playDemoScenario(scenario);
      assert.equal(texts[texts.length - 1], scenario.good);
      const analyses = texts.map((t) => analyze(t).drafts);
      for (const drafts of analyses) {
        assert.equal(drafts.length, 1);
        assert.equal(drafts[0].draft.lang, scenario.lang, 'the engine reads the scenario in its language');
        assert.equal(drafts[0].draft.channel, scenario.channel, 'the engine sees the scenario channel');
      }
      const scores = analyses.map((d) => d[0].score.value);
      for (let i = 1; i < scores.length; i++) {
        assert.ok(scores[i] >= scores[i - 1], `${id} step ${i} lowers the score: ${scores.join(' → ')}`);
      }
      assert.ok(scores[scores.length - 1] > scores[0], `${id}: ${scores.join(' → ')}`);
      const bad = analyses[0][0].findings.filter((f) => f.kind === 'scripted').length;
      const good = analyses[analyses.length - 1][0].findings.filter((f) => f.kind === 'scripted' && f.category !== 'structure').length;
      assert.ok(good < bad, `${id}: fewer scripted findings at the end (${bad} → ${good})`);
    });
  }
});
