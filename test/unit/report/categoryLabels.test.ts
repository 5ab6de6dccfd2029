import * as assert from 'node:assert/strict';
import { AUTHENTIC_CATEGORIES, LANGS, SCRIPTED_CATEGORIES, type Category } from '../../../src/engine/types';
import { categoryLabel } from '../../../src/report/categoryLabels';

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
