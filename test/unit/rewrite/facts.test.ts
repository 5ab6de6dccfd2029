import * as assert from 'node:assert/strict';
import { compareFacts, extractFacts } from '../../../src/rewrite/facts';

const keys = (text: string) => extractFacts(text).map((f) => `${f.kind}:${f.key}`).sort();

describe('rewrite/facts', () => {
  it('extracts numbers, dates, people, proper nouns and contacts', () => {
    const k = keys('Hi Sarah,\nYour Lyon team cut churn by 12% in March. We may call on Tuesday at 9:30 — see https://acme.io/x or mail bo@acme.io.');
    for (const want of ['person:sarah', 'name:lyon', 'number:12%', 'date:march', 'date:tuesday', 'number:9', 'number:30', 'url:https://acme.io/x', 'email:bo@acme.io']) {
      assert.ok(k.includes(want), `${want} missing in ${k.join(', ')}`);
    }
    assert.ok(!k.includes('date:may'), 'the verb "may" is not a month');
    assert.ok(!k.some((x) => x === 'name:your' || x === 'name:we'), 'sentence starts are not proper nouns');
  });

  it('treats 1,200 / 1 200 / 1200 and three / 3 as the same fact', () => {
    assert.deepEqual(compareFacts('We onboarded 1,200 users in three weeks.', 'In 3 weeks we onboarded 1 200 users.'), { missing: [], added: [] });
  });

  it('flags a dropped number and a new proper noun', () => {
    const { missing, added } = compareFacts(
      'Bonjour Claire, votre équipe a réduit les délais de 40 % à Nantes.',
      'Bonjour Claire, votre équipe à Nantes a beaucoup progressé, comme chez Decathlon.',
    );
    assert.deepEqual(missing.map((f) => f.text), ['40 %']);
    assert.deepEqual(added.map((f) => f.text), ['Decathlon']);
  });

  it('keeps French months and weekdays in lower case', () => {
    const k = keys('On se voit mardi 12 mars ?');
    assert.ok(k.includes('date:mardi') && k.includes('date:mars') && k.includes('number:12'), k.join(', '));
  });
});
