import * as assert from 'node:assert/strict';
import { QUESTION_END, endsWithQuestion } from '../../../src/engine/detectors/questionCount';
import { sentenceFocus, words } from '../../../src/engine/detectors/sentenceFocus';
import { tokenize } from '../../../src/engine/draftView';
import type { Lang } from '../../../src/engine/types';

function seeded(seed: number): (k: number) => number {
  let a = seed;
  return (k) => {
    a = (a * 1103515245 + 12345) >>> 0;
    return a % k;
  };
}

describe('detector fast paths equal the RegExps they replaced', () => {
  it('question endings (quotes, emoji, FE0F, NBSP, ？, surrogates)', () => {
    const parts = ['?', '？', ' ', '\u00a0', '"', '»', '”', '’', ')', '😀', '\ufe0f', '\u200d', 'a', '.', '!', '\ud83d', '\n'];
    const rnd = seeded(5);
    for (let k = 0; k < 20000; k++) {
      const t = Array.from({ length: rnd(7) }, () => parts[rnd(parts.length)]).join('');
      assert.equal(endsWithQuestion(t), QUESTION_END.test(t), JSON.stringify(t));
    }
  });

  it('sentence focus reads the words of `words()` in order (elision, hyphens)', () => {
    const reference = (text: string, lang: Lang): string => {
      for (const w of words(tokenize(text))) {
        if ((lang === 'en' ? ['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our'] : ['je', "j'", 'nous', 'notre', 'nos', 'mon', 'ma', 'mes', 'on']).includes(w)) return 'self';
        if ((lang === 'en' ? ['you', "you're", "you've", "you'd", "you'll", 'your', 'yours'] : ['vous', 'votre', 'vos', 'tu', "t'", 'ton', 'ta', 'tes', 'toi']).includes(w)) return 'you';
      }
      return 'none';
    };
    const cases: [string, Lang][] = [["J'ai vu votre post", 'fr'], ["T'as vu notre offre", 'fr'], ['Pourriez-vous nous dire', 'fr'], ["Qu'on se parle", 'fr'],
      ['Dites-moi si on peut', 'fr'], ["Vous-même, j'imagine", 'fr'], ['We’ve seen your launch', 'en'], ['Your team and I', 'en'], ['Nothing here', 'en'], ['--you', 'en']];
    for (const [text, lang] of cases) assert.equal(sentenceFocus(tokenize(text), lang), reference(text, lang), text);
  });

  it('lower-casing is idempotent code point by code point (syllables of a token\'s `lower` skip it)', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const lower = String.fromCodePoint(cp).toLowerCase();
      if (lower.toLowerCase() !== lower) assert.fail(`U+${cp.toString(16)}`);
    }
  });
});
