import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { endsWithMark } from '../../../src/engine/detectors/notConcrete';
import { isTimeAskUnit } from '../../../src/engine/detectors/sentenceSpecifics';
import { straightQuotes } from '../../../src/engine/detectors/wordAtoms';

describe('detector checks equal the RegExps they replaced', () => {
  it('endsWithMark is /[?？]\\s*$/ on the trimmed text (every JS space, ？, surrogates, empty)', () => {
    const piece = fc.constantFrom('?', '？', ' ', '\t', '\n', '\r', '\u000b', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff', '\u200b', 'a', '.', '😀', '\ud83d', '¿');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      assert.equal(endsWithMark(text), /[?？]\s*$/.test(text.trim()), JSON.stringify(text));
    }), { numRuns: 5000 });
  });

  it('isTimeAskUnit is /^(minutes?|mins?|min|secondes?|seconds?)$/', () => {
    const words = ['minute', 'minutes', 'min', 'mins', 'seconde', 'secondes', 'second', 'seconds', 'm', 's', 'minutess', 'sec', 'hours', '', 'Minutes', 'minute\n', 'mn'];
    for (const w of words) assert.equal(isTimeAskUnit(w), /^(minutes?|mins?|min|secondes?|seconds?)$/.test(w), JSON.stringify(w));
  });

  it('straightQuotes is the ’ → \' replace', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('’', "'", 'a', ' ', '\u00a0', 'é', '😀'), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      assert.equal(straightQuotes(text), text.replace(/’/g, "'"));
    }), { numRuns: 2000 });
  });
});
