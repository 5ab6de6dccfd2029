import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines } from '../../../src/engine/parse/lines';
import { viewLines } from '../../../src/engine/parse/lineView';
import { isHeaderAt, mayOpenHeader } from '../../../src/engine/parse/quotedReply';
import { isStockSignoff, isValediction, mayOpenWithStock } from '../../../src/engine/parse/signoff';
import { TRICKY_PIECES } from '../reference/trickyText';

/** Pieces of sign-off and header lines, mixed with the tricky characters. */
const LINE_PIECES = [
  ...TRICKY_PIECES, 'Best', 'best', 'BEST', 'regards', 'Kind', 'Thanks', 'thank you', '&', 'and', 'et', 'Cordialement', 'bien à vous',
  'Bien', 'à', 'A+', 'à+', 'au plaisir', 'Merci', 'Cheers', ',', ', ', 'Sam', 'Léa Roy', '!', '!!', 'ʼ', '’', '\u212aind', 'agréer',
  'salutations distinguées', 'On', 'on', 'ON', 'Le', 'le', 'LE', 'wrote:', 'a écrit :', 'a écrit\u00a0:', '5 janv. 2026', '2026',
  '<jane@example.com>', '@', '<', 'From:', 'De :', 'Von:', 'Sent:', 'Envoyé :', 'À :', 'To:', 'Subject:', '-----Original Message-----',
  '________', 'Begin forwarded message:', 'Début du message réexpédié :', '--', '\u2028', '\u3000', '\u200b', '\u2009', '\t',
];
const line = fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 12 }).map((a) => a.join(''));
const spaced = fc.array(fc.constantFrom(...LINE_PIECES), { maxLength: 8 }).map((a) => a.join(' '));

/** Every stock sign-off passes the first-word precheck (so skipping the others changes nothing). */
function checkSignoff(t: string): void {
  if (isStockSignoff(t)) assert.ok(mayOpenWithStock(t), JSON.stringify(t));
}

/** Every line where a header starts passes the first/last-character precheck. */
function checkHeaders(text: string): void {
  const lines = splitLines(text);
  const views = viewLines(text, lines, 0, lines.length);
  views.forEach((v, i) => {
    if (!v.blank && !v.quote && isHeaderAt(views, i)) assert.ok(mayOpenHeader(v.text), JSON.stringify(text));
  });
}

describe('parse: line prechecks (they only skip lines that cannot match)', () => {
  it('every stock sign-off passes the first-word precheck', () => {
    fc.assert(fc.property(fc.oneof(line, spaced), (t) => checkSignoff(t)), { numRuns: 5000 });
    const cases = [
      'Best,', 'Best!! ,', 'Bestʼ', 'Best’', '\u212aind regards,', '\u2028Best,', '\u3000Best', 'Best\u3000regards', 'Best\u200bregards',
      'Cheers, Sam', 'Thanks & Regards,', 'A+', 'à+ !', 'Merci beaucoup pour tout,', 'Best😀', 'Best𝐀', 'beste\u0301', ', best',
      'Bonne continuation pour le projet,', 'The best regards,', '',
    ];
    for (const t of cases) checkSignoff(t);
    for (const t of ['Best,', 'Bestʼ', '\u212aind regards,', '\u2028Best,', 'Best!! ,', 'Cheers, Sam', 'à+ !', 'Best😀']) assert.ok(isValediction(t), t);
    for (const t of ['Best\u3000regards', 'The best regards,', ', best', 'Best𝐀']) assert.ok(!isValediction(t), t);
    assert.ok(isValediction('Je vous prie d\'agréer mes salutations.'), 'formal closings skip the precheck');
  });

  it('every line where a quoted-reply header starts passes the first/last-character precheck', () => {
    const doc = fc.array(fc.oneof(line, spaced, fc.constant('')), { maxLength: 12 }).map((a) => a.join('\n'));
    fc.assert(fc.property(doc, (text) => checkHeaders(text)), { numRuns: 3000 });
    const cases = [
      'ON Mon, Jan 5, 2026, Jane wrote:', 'Le\u00a05 janv. 2026, Jean a écrit :', 'le\t5 janv. 2026\nJean a écrit :', 'Lé 5 2026 wrote:',
      'Hi\nOn 5 Jan 2026 Jane <j@x.io>\nwrote:', 'LE 5 janv. 2026\nJean a écrit :', 'oN 5 Jan 2026 Jane\nwrote:', 'x\n____________\ny',
      'x\nvon: A\nSent: b\nTo: c', 'x\n-- Message transféré --', 'Begin forwarded message', 'DÉBUT DU MESSAGE RÉEXPÉDIÉ :',
    ];
    for (const text of cases) checkHeaders(text);
    assert.ok(isHeaderAt(viewLines('LE 5 janv. 2026\nJean a écrit :', splitLines('LE 5 janv. 2026\nJean a écrit :'), 0, 2), 0));
    assert.ok(mayOpenHeader('LE 5 janv. 2026') && mayOpenHeader('oN 5 Jan') && !mayOpenHeader('Only 5 left') && !mayOpenHeader('Léa'));
  });
});
