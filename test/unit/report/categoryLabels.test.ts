import * as assert from 'node:assert/strict';
import { AUTHENTIC_CATEGORIES, LANGS, SCRIPTED_CATEGORIES, type Category } from '../../../src/engine/types';
import { categoryLabel } from '../../../src/report/categoryLabels';
import { scoreItemLabel } from '../../../src/report/scoreItemLabel';

const CATEGORIES: Category[] = [...SCRIPTED_CATEGORIES, ...AUTHENTIC_CATEGORIES];

describe('categoryLabel (the one table of category names)', () => {
  it('names every category in English and French, singular and plural, never by its id', () => {
    for (const lang of LANGS) {
      for (const category of CATEGORIES) {
        for (const count of [1, 2]) {
          const label = categoryLabel(category, lang, count);
          assert.ok(label.trim().length > 0, `${category} (${lang}, ${count}) has a label`);
          assert.notEqual(label, category, `${category} (${lang}, ${count}) is named, not shown by id`);
        }
      }
    }
  });

  it('gives each category its own name in each language', () => {
    for (const lang of LANGS) {
      for (const count of [1, 2]) {
        const labels = CATEGORIES.map((c) => categoryLabel(c, lang, count));
        assert.equal(new Set(labels).size, labels.length, `${lang} labels (count ${count}) are distinct: ${labels.join(', ')}`);
      }
    }
  });

  it('uses the singular for one (either sign) and the plural otherwise', () => {
    assert.equal(categoryLabel('cliche-opener', 'en', 1), categoryLabel('cliche-opener', 'en'));
    assert.equal(categoryLabel('cliche-opener', 'en', -1), categoryLabel('cliche-opener', 'en', 1));
    assert.equal(categoryLabel('cliche-opener', 'fr', -3), categoryLabel('cliche-opener', 'fr', 2));
    assert.equal(categoryLabel('cliche-opener', 'fr', 0), categoryLabel('cliche-opener', 'fr', 2));
    assert.notEqual(categoryLabel('cliche-opener', 'fr', 1), categoryLabel('cliche-opener', 'fr', 2));
  });
});

describe('scoreItemLabel', () => {
  it('counts a category line with the table name, in the UI language', () => {
    const item = { label: '2 × cliche-opener', points: -12, kind: 'scripted' as const, category: 'cliche-opener' as const, findings: [0, 3] };
    assert.equal(scoreItemLabel(item, 'en'), `2 ${categoryLabel('cliche-opener', 'en', 2)}`);
    assert.equal(scoreItemLabel(item, 'fr'), `2 ${categoryLabel('cliche-opener', 'fr', 2)}`);
    const one = { ...item, kind: 'authentic' as const, category: 'specific-reference' as const, findings: [1] };
    assert.equal(scoreItemLabel(one, 'fr'), `1 ${categoryLabel('specific-reference', 'fr', 1)}`);
  });

  it('translates the starting score and the known adjustment; shows an unknown adjustment as the engine wrote it', () => {
    assert.equal(scoreItemLabel({ label: 'base', points: 50, kind: 'base', findings: [] }, 'fr'), 'score de départ');
    const cap = { label: 'nothing specific about the recipient', points: -8, kind: 'adjustment' as const, findings: [] };
    assert.equal(scoreItemLabel(cap, 'fr'), 'rien de précis sur le destinataire');
    assert.equal(scoreItemLabel(cap, 'en'), 'nothing specific about the recipient');
    assert.equal(scoreItemLabel({ ...cap, label: 'toString' }, 'fr'), 'toString');
  });
});
