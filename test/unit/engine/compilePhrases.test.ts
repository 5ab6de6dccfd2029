import * as assert from 'node:assert/strict';
import { compilePhraseGroup } from '../../../src/engine/match/compilePhrases';
import type { Lang } from '../../../src/engine/types';

function hits(phrases: string[], text: string, lang: Lang = 'en'): string[] {
  return compilePhraseGroup([{ phrases }], [lang]).match(text, 0).map((h) => text.slice(h.start, h.end));
}

describe('engine/match/compilePhrases', () => {
  it('matches across case, typographic apostrophes and any whitespace (NBSP, U+202F, newline)', () => {
    assert.deepEqual(hits(["hope you're well"], 'HOPE YOU’RE\u00a0WELL'), ['HOPE YOU’RE\u00a0WELL']);
    assert.deepEqual(hits(['finds you well'], 'finds\u202fyou\nwell'), ['finds\u202fyou\nwell']);
  });

  it('uses Unicode word boundaries (accents are letters)', () => {
    assert.deepEqual(hits(['ose'], 'osé'), []);
    assert.deepEqual(hits(['été'], "l'été"), ['été']);
    assert.deepEqual(hits(['well'], 'wellness'), []);
  });

  it('supports alternatives, nesting and optional groups', () => {
    const p = ['hope you((\'re| are)) (doing )?well', 'I (really )?hope'];
    assert.deepEqual(hits(p, 'hope you are doing well'), ['hope you are doing well']);
    assert.deepEqual(hits(p, 'hope you’re well'), ['hope you’re well']);
    assert.deepEqual(hits(['a (big|)? deal'], 'a deal, a big deal'), ['a deal', 'a big deal']);
    assert.deepEqual(hits(['I (really)? hope'], 'I hope, I really hope'), ['I hope', 'I really hope']);
    assert.deepEqual(hits(['I [truly] hope'], 'I hope'), ['I hope']);
  });

  it('supports * (one word) and {n,m} word gaps', () => {
    assert.deepEqual(hits(['I * your profile'], 'I saw your profile / I your profile'), ['I saw your profile']);
    assert.deepEqual(hits(['came across {0,2} profile'], 'came across your LinkedIn profile'), ['came across your LinkedIn profile']);
    assert.deepEqual(hits(['came across {0,2} profile'], 'came across a b c profile'), []);
  });

  it('handles French elision with either apostrophe and an optional space', () => {
    const p = ["j'espère que vous allez bien", "qu'en pensez-vous"];
    assert.deepEqual(hits(p, 'J’espère que vous allez bien', 'fr'), ['J’espère que vous allez bien']);
    assert.deepEqual(hits(p, "j' espère que vous allez bien", 'fr'), ["j' espère que vous allez bien"]);
    assert.deepEqual(hits(p, 'Qu’en pensez-vous ?', 'fr'), ['Qu’en pensez-vous']);
  });

  it('matches inflections of word~ through the Porter stemmer, not lookalikes', () => {
    const fr = hits(['contacter~'], 'contacte, contactons, contacterai, contactless, contact', 'fr');
    assert.deepEqual(fr, ['contacte', 'contactons', 'contacterai', 'contact']);
    assert.deepEqual(hits(['reach~ out'], 'reaching out, reached out, reaches out, reachable out'), ['reaching out', 'reached out', 'reaches out']);
  });

  it('reports overlapping matches of different rules, mapped to the right rule', () => {
    const group = compilePhraseGroup([{ phrases: ['quick call'] }, { phrases: ['quick'] }, { phrases: ['call this week'] }], ['en']);
    const text = 'a quick call this week';
    const got = group.match(text, 10).map((h) => [h.rule, text.slice(h.start - 10, h.end - 10)]);
    assert.deepEqual(got, [[0, 'quick call'], [1, 'quick'], [2, 'call this week']]);
  });

  it('handles emoji and surrogate pairs without looping', () => {
    assert.deepEqual(hits(['🚀 launch'], '🚀 launch 🚀 launch'), ['🚀 launch', '🚀 launch']);
  });
});
