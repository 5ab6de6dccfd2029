import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyze';
import { loadBuiltinRuleSet } from '../../../src/engine/builtinPacks';
import { prepareLanguage, unpreparedLanguages } from '../../../src/engine/prepareLanguage';
import { findPackageRoot, nodePackReader } from '../../../src/cli/nodePackReader';
import { LanguageIndexWarmer } from '../../../src/extension/languageIndexWarmer';

const builtin = () => loadBuiltinRuleSet(nodePackReader, join(findPackageRoot(), 'packs'));
const EN = 'Hi Dana,\n\nI hope this email finds you well. I wanted to reach out about your Q3 hiring plan.\n\nBest,\nSam';
const FR = "Bonjour Paul,\n\nJe me permets de vous contacter au sujet de votre salon à Lyon. Seriez-vous disponible jeudi ?\n\nCordialement,\nLéa";

describe('engine prepareLanguage: building a language index ahead', () => {
  it('lists the languages not built yet, and an analysis builds its own', () => {
    const rs = builtin();
    assert.deepEqual(unpreparedLanguages(rs), ['en', 'fr']);
    analyzeDocument(EN, rs);
    assert.deepEqual(unpreparedLanguages(rs), ['fr']);
    prepareLanguage(rs, 'fr');
    assert.deepEqual(unpreparedLanguages(rs), []);
  });

  it('gives the same analyses as a rule set whose indexes were built by the analyses themselves', () => {
    const ahead = builtin();
    prepareLanguage(ahead, 'fr');
    prepareLanguage(ahead, 'en');
    const lazy = builtin();
    for (const text of [EN, FR, `${EN}\n\n${FR}`]) assert.deepEqual(analyzeDocument(text, ahead), analyzeDocument(text, lazy));
  });
});

describe('extension LanguageIndexWarmer', () => {
  it('builds the other languages after a check, one per tick, and stops when disposed', async () => {
    const rs = builtin();
    analyzeDocument(FR, rs);
    const warmer = new LanguageIndexWarmer(0);
    warmer.afterCheck(rs);
    assert.deepEqual(unpreparedLanguages(rs), ['en'], 'not during the check');
    for (let waited = 0; unpreparedLanguages(rs).length && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(unpreparedLanguages(rs), []);

    const other = builtin();
    const stopped = new LanguageIndexWarmer(0);
    stopped.afterCheck(other);
    stopped.dispose();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(unpreparedLanguages(other), ['en', 'fr']);
  });
});
