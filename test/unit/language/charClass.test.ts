import * as assert from 'node:assert/strict';
import { classAt, codePointClass, isJsSpace, LETTER, LOWER, MARK, NUMBER, PAIR, unitClass, UPPER } from '../../../src/engine/language/charClass';

const REGEXES: [number, RegExp][] = [[LETTER, /^\p{L}$/u], [MARK, /^\p{M}$/u], [NUMBER, /^\p{N}$/u], [UPPER, /^\p{Lu}$/u], [LOWER, /^\p{Ll}$/u]];
const expected = (ch: string): number => REGEXES.reduce((bits, [bit, re]) => bits | (re.test(ch) ? bit : 0), 0);

describe('language: charClass', () => {
  it('classifies every BMP code unit as the Unicode property regexes do (lone surrogates: no class)', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const want = c >= 0xd800 && c <= 0xdfff ? 0 : expected(String.fromCharCode(c));
      if (unitClass(c) !== want) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
  });

  it('classifies astral code points (letters, digits, emoji, marks)', () => {
    for (const ch of ['𝐀', '𝐚', '𝟙', '😀', '🚀', '𐐀', '𐐨', '𝅥', '𠀀']) {
      assert.equal(codePointClass(ch.codePointAt(0)!), expected(ch), ch);
    }
    assert.equal(codePointClass('𝐀'.codePointAt(0)!), LETTER | UPPER);
  });

  it('reads a surrogate pair as one character only when both halves are inside the range', () => {
    const t = 'a𝐀b😀';
    assert.equal(classAt(t, 1, 4), LETTER | UPPER | PAIR);
    assert.equal(classAt(t, 1, 2), 0); // cut after the high half: a lone half
    assert.equal(classAt(t, 2, 4), 0); // a low half alone
    assert.equal(classAt(t, 0, 4), LETTER | LOWER);
    assert.equal(classAt(t, 4, 6), PAIR); // emoji: no class, but one character
    assert.equal(classAt('\ud835', 0, 1), 0);
  });

  it('isJsSpace is the white space of trim() and \\s', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isJsSpace(c), ch.trim() === '', c.toString(16));
      assert.equal(isJsSpace(c), /^\s$/.test(ch), c.toString(16));
    }
  });

  it('lower-casing keeps letters, marks and digits what they are (word bounds are found before lower-casing)', () => {
    const classes = (s: string): number[] => [...s].map((ch) => codePointClass(ch.codePointAt(0)!) & (LETTER | MARK | NUMBER));
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower === ch) continue;
      const [before] = classes(ch);
      const after = classes(lower);
      assert.ok(after[0] === before && after.slice(1).every((c) => c === MARK), `U+${cp.toString(16)}`);
    }
  });
});
