import * as assert from 'node:assert/strict';
import { isLetter, isLetterOrDigit, isUpper, numberKind } from '../../../src/engine/detectors/wordAtoms';

describe('detectors/wordAtoms: character classes equal the Unicode RegExps', () => {
  it('isLetter, isUpper, isLetterOrDigit and numberKind for every BMP code point and sampled astral ones (lone surrogates too)', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 97) {
      const ch = String.fromCodePoint(cp);
      const letter = /\p{L}/u.test(ch);
      const number = /\p{N}/u.test(ch);
      if (isLetter(cp) !== letter || isUpper(cp) !== /\p{Lu}/u.test(ch) || isLetterOrDigit(cp) !== (letter || number)) assert.fail(`U+${cp.toString(16)}`);
      if (numberKind(`a${ch}b`) !== (/\d/.test(ch) ? 2 : number ? 1 : 0)) assert.fail(`numberKind U+${cp.toString(16)}`);
    }
  });
});
