import * as assert from 'node:assert/strict';
import { draftViewModel } from '../../../src/extension/view/draftViewModel';
import { categoryLabel } from '../../../src/report/categoryLabels';
import { draftAnalysis, findingOn } from '../report/analysisFixture';

const TEXT = 'I hope this email finds you well. Just checking in. I hope you are doing well. Your post on the Lyon depot was sharp.';
const analysis = draftAnalysis(TEXT, [
  findingOn(TEXT, 'I hope this email finds you well', 'cliche-opener'),
  findingOn(TEXT, 'I hope you are doing well', 'cliche-opener'),
  findingOn(TEXT, 'Just checking in', 'filler'),
  findingOn(TEXT, 'Your post on the Lyon depot', 'specific-reference'),
], 48);

describe('draftViewModel (score view, compare and demo cards)', () => {
  it('names each breakdown bar from the category table, singular or plural by its count', () => {
    for (const lang of ['en', 'fr'] as const) {
      const m = draftViewModel(analysis, lang);
      assert.deepEqual(m.scripted.map((b) => [b.label, b.count]), [
        [categoryLabel('cliche-opener', lang, 2), 2],
        [categoryLabel('filler', lang, 1), 1],
      ]);
      assert.deepEqual(m.authentic.map((b) => [b.label, b.count]), [[categoryLabel('specific-reference', lang, 1), 1]]);
    }
  });

  it('names each finding row and score item like the report does', () => {
    const m = draftViewModel(analysis, 'fr');
    assert.deepEqual(m.findings.map((f) => f.categoryLabel), ['cliche-opener', 'filler', 'cliche-opener', 'specific-reference'].map((c) => categoryLabel(c as 'filler', 'fr', 1)));
    assert.equal(m.items[0].label, 'score de départ');
    assert.deepEqual(m.items.slice(1).map((i) => i.label), analysis.score.items.slice(1).map((i) => `1 ${categoryLabel(i.category!, 'fr', 1)}`));
  });
});
