import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isBulletAt, splitSentences } from '../../../src/engine/parse/sentences';
import { referenceIsBulletAt, referenceSplitSentences } from '../reference/referenceSplitSentences';
import { trickyText } from '../reference/trickyText';

const range = fc.tuple(trickyText, fc.nat(), fc.nat()).map(([text, a, b]) => {
  const start = text.length ? a % (text.length + 1) : 0;
  const end = start + (text.length ? b % (text.length - start + 1) : 0);
  return { text, start, end };
});

describe('parse: sentence splitter fast path (same spans as the regex version)', () => {
  it('agrees with the regex version on random tricky text, whole and in sub-ranges', () => {
    fc.assert(fc.property(trickyText, (t) => assert.deepEqual(splitSentences(t, 0, t.length), referenceSplitSentences(t, 0, t.length))), { numRuns: 3000 });
    fc.assert(fc.property(range, ({ text, start, end }) => assert.deepEqual(splitSentences(text, start, end), referenceSplitSentences(text, start, end))), { numRuns: 3000 });
  });

  it('agrees on bullets at every position', () => {
    fc.assert(fc.property(range, ({ text, start, end }) => assert.equal(isBulletAt(text, start, end), referenceIsBulletAt(text, start, end))), { numRuns: 3000 });
  });

  it('agrees on the edge cases: empty, CRLF, NBSP/U+202F, ’, initials, list numbers, emoji after the stop', () => {
    const cases = [
      '', '\r\n', 'One.\r\nTwo.\r\n\r\nThree', 'Oui\u202f! Non\u00a0? « Vraiment\u00a0? » Bon.', 'J. Park left. É. Roy too.',
      '1. first\n  2. second\n3) third', 'Done. 🚀\nNext.', 'Done. 😀😀😀😀😀😀😀😀😀 x', 'Mr. Smith e.g. this. Dr. Who?!',
      'Wait… what?! ok.', 'It’s done.’ Next', 'a) b\nb) c', 'x.\u2028Y', '\u00a0 1. a', 'le 3°. Ensuite', 'Ph.D. Done. Fin.',
      'café. Été. ÉTÉ.', '𝐀. 𝐁. c', 'x.\ud835', 'end.»', 'end ?»', 'end ? »x',
    ];
    for (const t of cases) assert.deepEqual(splitSentences(t, 0, t.length), referenceSplitSentences(t, 0, t.length), JSON.stringify(t));
  });
});
