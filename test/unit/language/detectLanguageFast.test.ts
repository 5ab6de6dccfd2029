import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectLanguage, detectLanguageOf } from '../../../src/engine/language/detectLanguage';
import { hasEnglishEnding, hasFrenchEnding } from '../../../src/engine/language/wordEndings';
import { EN_ENDING, FR_ENDING, referenceDetectLanguage } from '../reference/referenceDetectLanguage';
import { trickyText } from '../reference/trickyText';

describe('language: detectLanguage fast path (same answers as the regex version)', () => {
  it('agrees with the regex version on random tricky text', () => {
    fc.assert(fc.property(trickyText, (t) => assert.deepEqual(detectLanguage(t), referenceDetectLanguage(t), JSON.stringify(t))), { numRuns: 3000 });
  });

  it('agrees on the edge cases: empty, NBSP/U+202F spacing, ’ vs \', CRLF, combining marks, surrogate pairs', () => {
    const cases = [
      '', ' ', 'Vraiment\u202f? Oui\u00a0! Non ; » ok', 'Vraiment\u2009?', 'l’équipe', "l'équipe", 'qu’aujourd’hui', 'don’t', "don't",
      'café\r\nmerci\rthe', 'cafe\u0301 re\u0301union', '\u0301\u0301', '𝐀𝐛𝐜 the 😀 vous', 'the\ud835', '\udc00vous', 'İstanbul',
      'ΣΑΣ. the', "l'", "'l", 'l’’a', 'l’😀', 'ÉTÉ', 'OEUVRE Œuvre', 'shipping eaux', 'x'.repeat(25000) + ' vous',
    ];
    for (const t of cases) assert.deepEqual(detectLanguage(t), referenceDetectLanguage(t), JSON.stringify(t.slice(0, 40)));
  });

  it('reads the text up to 20,000 characters, cutting a surrogate pair or a word there as slice() does', () => {
    for (const pad of [19998, 19999, 20000]) {
      const t = 'a'.repeat(pad) + ' 𝐀vous merci l’équipe';
      assert.deepEqual(detectLanguage(t), referenceDetectLanguage(t), String(pad));
    }
  });

  it('detectLanguageOf(pieces) answers as detectLanguage(pieces joined by line breaks)', () => {
    const piece = fc.tuple(trickyText, fc.nat(), fc.nat()).map(([text, a, b]) => {
      const start = text.length ? a % (text.length + 1) : 0;
      const end = start + (text.length ? b % (text.length - start + 1) : 0);
      return { text, start, end };
    });
    fc.assert(fc.property(fc.array(piece, { maxLength: 5 }), (pieces) => {
      const joined = pieces.map((p) => p.text.slice(p.start, p.end)).join('\n');
      assert.deepEqual(detectLanguageOf(pieces), referenceDetectLanguage(joined));
    }), { numRuns: 2000 });
    const long = { text: 'vous '.repeat(5000), start: 0, end: 19999 };
    const tail = { text: 'the the the', start: 0, end: 11 };
    assert.deepEqual(detectLanguageOf([long, tail]), referenceDetectLanguage([long.text.slice(0, 19999), tail.text].join('\n')));
  });

  it('word endings match the regexes on every 4-letter word of an ending-heavy alphabet, and on the long endings', () => {
    const alphabet = 'aeiouyghtnslfpckwrxzéè'.split('');
    const words: string[] = [];
    for (const a of alphabet) for (const b of alphabet) for (const c of alphabet) for (const d of alphabet) words.push(a + b + c + d);
    for (const end of ['iques', 'ettes', 'aient', 'ness', 'ship', 'ième', 'ées', 'eaux']) words.push(`xx${end}`, `x${end}`, `${end.slice(1)}x`);
    for (const w of words) {
      const codes = Array.from(w, (_, k) => w.charCodeAt(k));
      assert.equal(hasEnglishEnding(codes, codes.length), EN_ENDING.test(w), w);
      assert.equal(hasFrenchEnding(codes, codes.length), FR_ENDING.test(w), w);
    }
  });
});
