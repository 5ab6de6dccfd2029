import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanSentence } from '../../../src/engine/detectors/sentenceScan';
import { tuForms } from '../../../src/engine/detectors/tuVousMix';
import { sentence } from './sentenceFixture';

describe('detectors/tuVousMix: tuForms gives the sentence scan\'s tu bits', () => {
  it('same bits on French word soups (elision, hyphens, case, Σ, İ, ſ, digits)', () => {
    const word = fc.constantFrom('tu', 'Tu', 'TE', 'toi', 'ton', 'ta', 'tes', 'teſ', 't', "t'", 't’', 'T’as', 'as', 'a-t-il', 'dis-tu', 'vous', 'votre', 'tous',
      'ΣTU', 'tuΣ', 'İtu', 'tİ', 'toi\u0301', 'tu_', 'tu2', '2t', 'été', 'Bonjour', 'Cordialement', 'tête', 'tû');
    const sep = fc.constantFrom(' ', ', ', '. ', '\u00a0', "'", '’', '-', '');
    fc.assert(fc.property(fc.array(fc.tuple(word, sep), { maxLength: 10 }), (parts) => {
      const s = sentence(parts.map(([w, p]) => w + p).join(''));
      assert.equal(tuForms(s.tokens), scanSentence(s, 'fr').tu, JSON.stringify(s.text));
    }), { numRuns: 5000 });
  });
});
