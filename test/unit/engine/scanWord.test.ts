import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanWord, scannedWord } from '../../../src/engine/detectors/scanWord';
import { referenceSyllables } from '../reference/referenceSyllables';
import { WordShapes, pushAtoms } from '../../../src/engine/detectors/wordAtoms';
import { WordTable } from '../../../src/engine/detectors/wordTable';
import { timeAtomBits } from '../../../src/engine/detectors/notConcreteCues';
import type { Lang } from '../../../src/engine/types';

const WORDS = new Map<string, number>([['j', 1], ['ai', 2], ['vous', 4 | (1 << 19)], ['équipe', 8], ['14h30', 16], ['pm', 32], ['t', 2 << 19], ['œuvre', 64], ['𝐚b', 128], ['3pm', 256]]);
const table = new WordTable(4);
const shapes = new WordShapes();
for (const [w, b] of WORDS) {
  table.set(w, b);
  shapes.add(w);
}

describe('detectors/scanWord: one pass equals countLowerSyllables, pushAtoms and the atom lookups', () => {
  it('same syllables, atoms and bits (accents, elision, hyphens, digits, astral letters and digits, lone surrogates, marks)', () => {
    const piece = fc.constantFrom('a', 'e', 'y', 't', 'd', 's', 'n', 'l', 'h', 'x', '3', '14', 'pm', 'am', 'é', 'à', 'œ', 'ÿ', 'ï', "'", '-', '’', '.', '_',
      '𝐚', '𝟙', '\ud835', '\udc00', '\u0301', 'i\u0307', 'ſ', 'ß', 'σ', 'ς', 'j', 'ai', 'vous', 'équipe', 'ent', 'es', 'ed', 'le', 'ee');
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom<Lang>('en', 'fr'), (parts, lang) => {
      const w = parts.join('');
      const fr = lang === 'fr';
      const atoms: string[] = ['before'];
      const syllables = scanWord(w, fr, lang, table, shapes, atoms);
      const want = pushAtoms(w, ['before']);
      assert.equal(syllables, referenceSyllables(w, lang), `syllables of ${JSON.stringify(w)}`);
      assert.deepEqual(atoms, want, `atoms of ${JSON.stringify(w)}`);
      const bits = want.slice(1).reduce((b, a) => b | (WORDS.get(a) ?? 0) | timeAtomBits(a, lang), 0);
      assert.equal(scannedWord.bits, bits, `bits of ${JSON.stringify(w)}`);
    }), { numRuns: 20000 });
  });
});
