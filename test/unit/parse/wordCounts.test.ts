import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitCountOnBlanks, splitCountOnSpaces } from '../../../src/engine/parse/wordCounts';

/** Texts dense in white space of every kind (\s, NBSP, U+202F, line breaks), non-spaces and surrogate pairs. */
const UNITS = [' ', ' ', 'a', 'É', '\t', '\n', '\r\n', '\u00a0', '\u202f', '\u2009', '\u3000', '\ufeff', '\u200b', '’', '😀', 'e\u0301', '.', '|'];
const texts = fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((a) => a.join(''));

describe('word counts without split equal the split they replace', () => {
  it('splitCountOnSpaces(t) === t.split(/\\s+/).length, splitCountOnBlanks(t) === t.split(/ +/).length', () => {
    fc.assert(fc.property(texts, (t) => {
      assert.equal(splitCountOnSpaces(t), t.split(/\s+/).length, JSON.stringify(t));
      assert.equal(splitCountOnBlanks(t), t.split(/ +/).length, JSON.stringify(t));
    }), { numRuns: 5000 });
  });
});
