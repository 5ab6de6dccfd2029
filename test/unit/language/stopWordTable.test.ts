import * as assert from 'node:assert/strict';
import { lowerUnit } from '../../../src/engine/language/lowerCase';
import { EN_CONTRACTION, EN_WORD, FR_ELISION, FR_WORD, stopWordFlags, wordHash } from '../../../src/engine/language/stopWordTable';
import { EN_CONTRACTIONS, EN_WORDS, FR_ELISIONS, FR_WORDS } from '../../../src/engine/language/stopWords';

const flagsOf = (word: string): number => {
  const codes = Uint16Array.from(word, (_, k) => word.charCodeAt(k));
  return stopWordFlags(codes, 0, codes.length, wordHash(word));
};

describe('language: stop-word table and lower case by code unit', () => {
  it('finds every stop word with exactly the flags of the sets holding it', () => {
    const all = new Set([...EN_WORDS, ...FR_WORDS, ...FR_ELISIONS, ...EN_CONTRACTIONS]);
    for (const w of all) {
      const want = (EN_WORDS.has(w) ? EN_WORD : 0) | (FR_WORDS.has(w) ? FR_WORD : 0) | (FR_ELISIONS.has(w) ? FR_ELISION : 0) |
        (EN_CONTRACTIONS.has(w) ? EN_CONTRACTION : 0);
      assert.equal(flagsOf(w), want, w);
    }
  });

  it('finds nothing for other words, prefixes, case variants and curly apostrophes', () => {
    for (const w of ['', 'x', 'th', 'thee', 'The', 'vou', 'vouss', 'aujourd’hui', 'équipes', 'ça va', 'l\'']) assert.equal(flagsOf(w), 0, w);
    assert.equal(flagsOf("aujourd'hui"), FR_WORD);
  });

  it('looks a sub-range up with the hash of that range', () => {
    const codes = Uint16Array.from("qu'est", (ch) => ch.charCodeAt(0));
    assert.equal(stopWordFlags(codes, 0, 2, wordHash('qu')), FR_ELISION);
    assert.equal(stopWordFlags(codes, 3, 6, wordHash('est')), FR_WORD);
  });

  it('lowers a code unit as toLowerCase does, or asks for the whole word (İ, Σ, surrogates)', () => {
    for (let c = 0; c < 0x10000; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      const l = lowerUnit(c);
      if (l < 0) assert.ok(lower.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff), c.toString(16));
      else assert.equal(String.fromCharCode(l), lower, c.toString(16));
    }
    assert.equal(lowerUnit(0x130), -1); // İ → i̇
    assert.equal(lowerUnit(0x3a3), -1); // Σ → σ or ς
    assert.equal(lowerUnit('É'.charCodeAt(0)), 'é'.charCodeAt(0));
  });
});
