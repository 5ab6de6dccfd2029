import * as assert from 'node:assert/strict';
import { countSyllables } from '../../../src/engine/detectors/syllables';
import { scanSentence } from '../../../src/engine/detectors/sentenceScan';
import { sentence } from './sentenceFixture';
import { tokenize } from '../../../src/engine/draftView';
import type { Lang } from '../../../src/engine/types';
import { referenceSyllables } from '../reference/referenceSyllables';

describe('syllables: the charCode loop equals the RegExps it replaced', () => {
  const seeded = (seed: number): ((k: number) => number) => {
    let a = seed;
    return (k) => {
      a = (a * 1103515245 + 12345) >>> 0;
      return (a >>> 8) % k;
    };
  };
  it('syllable counts (ASCII, accents, marks, astral letters, lone surrogates, upper case)', () => {
    const chars = [...'aeiouyàéèœtdsnlbcxy-\'.1AÉENTDSÀŒ', '𝐀', '\ud800', '\udc00', '\u0301', 'İ', '𝟙'];
    const rnd = seeded(3);
    const samples = ['readable', 'entreprise', 'co-op', 'created', 'wanted', 'table', 'free', 'mangent', 'équipes', 'l\'équipe', 'e𝐀d'];
    for (let k = 0; k < 20000; k++) samples.push(Array.from({ length: 1 + rnd(8) }, () => chars[rnd(chars.length)]).join(''));
    for (const w of samples) for (const lang of ['en', 'fr'] as Lang[]) assert.equal(countSyllables(w, lang), referenceSyllables(w, lang), `${JSON.stringify(w)} ${lang}`);
  });

  it('a sentence scan sums the same syllables as countSyllables per token', () => {
    const rnd = seeded(9);
    const words = ['readable', 'Entreprise', 'co-op', 'naïve', "l'équipe", 'créées', 'mangent', 'Table', '42', 'ΟΔΟΣ', '3pm', 'e𝐀d', 'free'];
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + rnd(10) }, () => words[rnd(words.length)]).join(rnd(2) ? ' ' : ', ');
      const tokens = tokenize(text);
      for (const lang of ['en', 'fr'] as Lang[]) {
        assert.equal(scanSentence(sentence(text), lang).syllables, tokens.reduce((n, t) => n + countSyllables(t.lower, lang), 0), text);
      }
    }
  });
});
