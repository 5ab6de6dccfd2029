import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenizeRange } from '../../../src/engine/draftView';
import { referenceTokenize } from '../reference/referenceTokenize';
import { trickyText } from '../reference/trickyText';

describe('engine: tokenize fast path (same tokens as the regex version)', () => {
  it('agrees with the regex tokenizer on random tricky text, with and without an offset', () => {
    fc.assert(fc.property(trickyText, fc.nat(500), (t, offset) => {
      assert.deepEqual(tokenize(t), referenceTokenize(t));
      assert.deepEqual(tokenize(t, offset), referenceTokenize(t, offset));
    }), { numRuns: 3000 });
  });

  it('tokenizeRange(text, a, b) is tokenize(text.slice(a, b), a), also when the cut splits a pair or a joiner', () => {
    fc.assert(fc.property(trickyText, fc.nat(), fc.nat(), (t, a, b) => {
      const from = t.length ? a % (t.length + 1) : 0;
      const to = from + (t.length ? b % (t.length - from + 1) : 0);
      assert.deepEqual(tokenizeRange(t, from, to), referenceTokenize(t.slice(from, to), from));
    }), { numRuns: 3000 });
    assert.deepEqual(tokenizeRange('ab.cd', 0, 3).map((x) => x.raw), ['ab']);
    assert.deepEqual(tokenizeRange('x𝐀y', 0, 2).map((x) => x.raw), ['x']);
  });

  it('handles the edge cases: empty text, non-ASCII letters, combining marks, ’ vs \', NBSP, CRLF, surrogate pairs', () => {
    const raws = (t: string): string[] => tokenize(t).map((x) => x.raw);
    const lowers = (t: string): string[] => tokenize(t).map((x) => x.lower);
    assert.deepEqual(tokenize(''), []);
    assert.deepEqual(raws('Léa\u00a0Dupré\u202fà\r\nLyon'), ['Léa', 'Dupré', 'à', 'Lyon']);
    assert.deepEqual(raws('cafe\u0301 \u0301x'), ['cafe\u0301', 'x']); // a mark continues a word, never starts one
    assert.deepEqual(lowers('L’Équipe O\'Neil don’t'), ["l'équipe", "o'neil", "don't"]);
    assert.deepEqual(raws("it's. end' -x a-b 3.5 e.g."), ["it's", 'end', 'x', 'a-b', '3.5', 'e.g']);
    assert.deepEqual(raws('𝐀𝐛c 😀 x\ud835 \udc00y'), ['𝐀𝐛c', 'x', 'y']);
    assert.deepEqual(lowers('ÉTÉ İ ΣΑΣ snake_case'), ['été', 'i̇', 'σας', 'snake_case']);
    for (const t of ['', 'Léa\u00a0Dupré', 'cafe\u0301', 'L’Équipe', '𝐀𝐛c 😀', 'ΣΑΣ']) assert.deepEqual(tokenize(t, 7), referenceTokenize(t, 7));
  });
});
