import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isDashLine } from '../../../src/engine/parse/frontMatter';
import { isPostScript } from '../../../src/engine/parse/signature';
import { isRequest } from '../../../src/engine/parse/bodySegments';
import { splitLines, type Line } from '../../../src/engine/parse/lines';
import { TRICKY_PIECES, trickyText } from '../reference/trickyText';

/** The lines as the line-break regex sees them: \r\n, lone \r and \n end a line. */
function referenceLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, next: text.length });
  return out;
}

describe('parse: splitLines (the \\n-only fast path and the general loop agree with the regex)', () => {
  it('agrees on random tricky text, with and without carriage returns', () => {
    fc.assert(fc.property(trickyText, (t) => {
      assert.deepEqual(splitLines(t), referenceLines(t));
      const noCr = t.replace(/\r/g, '');
      assert.deepEqual(splitLines(noCr), referenceLines(noCr));
    }), { numRuns: 3000 });
  });

  it('handles the edge cases: empty text, breaks at the start and end, blank lines, CRLF, lone CR, U+2028', () => {
    for (const t of ['', '\n', '\n\n', 'a', 'a\n', '\na', 'a\n\nb', 'a\r\nb', 'a\rb', '\r\n', '\r', 'a\r\n\r\nb\n', 'a\u2028b\nc', 'x\n\r\ny']) {
      assert.deepEqual(splitLines(t), referenceLines(t), JSON.stringify(t));
    }
  });
});

describe('parse: isDashLine (first-unit precheck agrees with the trim comparison)', () => {
  const reference = (text: string, line: Line): boolean => line.end - line.start < 40 && text.slice(line.start, line.end).trim() === '---';
  const dashy = fc.array(fc.constantFrom('-', '---', ' ', '\t', '\u00a0', '\u202f', '\ufeff', '\u2028', '\u3000', '\u200b', 'x', '—', '\r', '\n'), { maxLength: 45 }).map((a) => a.join(''));
  it('agrees on lines made of dashes, white space of every kind and other units', () => {
    fc.assert(fc.property(fc.oneof(dashy, trickyText), (t) => {
      for (const line of splitLines(t)) assert.equal(isDashLine(t, line), reference(t, line), JSON.stringify(t.slice(line.start, line.end)));
    }), { numRuns: 3000 });
    for (const t of ['---', ' ---', '--- ', '\u00a0---\u202f', '\ufeff---', '--', '----', ' '.repeat(36) + '---', ' '.repeat(37) + '---', 'a---']) {
      const line = { start: 0, end: t.length, next: t.length };
      assert.equal(isDashLine(t, line), reference(t, line), JSON.stringify(t));
    }
  });
});

describe('parse: isPostScript (first-unit precheck agrees with the regex)', () => {
  const reference = (t: string): boolean => /^p\.?(?:p\.?)?[-.]?\s?s(?![\p{L}\p{N}])/iu.test(t);
  const ps = fc.array(fc.constantFrom('p', 'P', '.', '-', ' ', 's', 'S', 'ſ', 'x', '1', 'é', '\u00a0', ':', 'ℙ', 'ｐ'), { maxLength: 8 }).map((a) => a.join(''));
  it('agrees on P.S. variants and other line starts', () => {
    fc.assert(fc.property(fc.oneof(ps, trickyText), (t) => assert.equal(isPostScript(t), reference(t), JSON.stringify(t))), { numRuns: 3000 });
    for (const t of ['', 'P.S.', 'PS:', 'P.-S. merci', 'PPS', 'p.p.s', 'ps', 'Pſ', 'PSA', 'PS2', ' P.S.', 'Ps.']) assert.equal(isPostScript(t), reference(t), t);
  });
});

describe('parse: isRequest (either apostrophe in the regex agrees with replacing ’ first)', () => {
  /** The request regex as the old code ran it, on the text with ’ replaced by '. */
  const REQUEST = /\b(?:let me know|would you|could you|can you|can we|are you|open to|worth a|happy to|feel free|if you'd like|if you want|if useful|if helpful|interested|up for|shall we|let's|please|no need to reply|would love|keen to|i can send|want me to|reply|pourriez|pourrions|seriez|auriez|accepteriez|dites-moi|faites-moi|dis-moi|fais-moi|n'hésitez|je vous propose|je te propose|si vous|si tu|si ça|si cela|merci de|je peux vous|je peux te|on peut|partant|volontiers|disponible|dispo)\b/i;
  const words = ['let me know', 'if you’d like', "if you'd like", 'let’s', "let's", 'n’hésitez', "n'hésitez", 'N’HÉSITEZ', 'please', 'dispo',
    'lets', 'let’ s', 'if you’’d like', 'x', ' ', '’', "'", '.', 'reply', 'replying', 'Si vous', 'open to', 'opento'];
  const text = fc.array(fc.constantFrom(...words, ...TRICKY_PIECES), { maxLength: 12 }).map((a) => a.join(' '));
  const reference = (t: string): boolean => t.includes('?') || REQUEST.test(t.includes('’') ? t.replace(/’/g, "'") : t);
  it('agrees on texts mixing both apostrophes', () => {
    fc.assert(fc.property(fc.oneof(text, trickyText), (t) => assert.equal(isRequest(t), reference(t), JSON.stringify(t))), { numRuns: 3000 });
  });
});
