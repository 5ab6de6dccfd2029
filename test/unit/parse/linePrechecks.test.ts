import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitLines } from '../../../src/engine/parse/lines';
import { viewLines } from '../../../src/engine/parse/lineView';
import { findQuotedStart } from '../../../src/engine/parse/quotedReply';
import { isValediction } from '../../../src/engine/parse/signoff';
import { referenceFindQuotedStart } from '../reference/referenceFindQuotedStart';
import { referenceIsValediction } from '../reference/referenceIsValediction';
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

describe('parse: line prechecks (same answers as without them)', () => {
  it('isValediction agrees with the version without the first-word precheck', () => {
    fc.assert(fc.property(fc.oneof(line, spaced), (t) => assert.equal(isValediction(t), referenceIsValediction(t), JSON.stringify(t))), { numRuns: 5000 });
    const cases = [
      'Best,', 'Best!! ,', 'Bestʼ', 'Best’', '\u212aind regards,', '\u2028Best,', '\u3000Best', 'Best\u3000regards', 'Best\u200bregards',
      'Cheers, Sam', 'Thanks & Regards,', 'A+', 'à+ !', 'Merci beaucoup pour tout,', 'Je vous prie d\'agréer…', 'Best😀', 'Best𝐀',
      'beste\u0301', ', best', 'Bonne continuation pour le projet,', 'The best regards,', '',
    ];
    for (const t of cases) assert.equal(isValediction(t), referenceIsValediction(t), JSON.stringify(t));
  });

  it('findQuotedStart agrees with the version without the first/last-character precheck', () => {
    const doc = fc.array(fc.oneof(line, spaced, fc.constant('')), { maxLength: 12 }).map((a) => a.join('\n'));
    fc.assert(fc.property(doc, (text) => {
      const views = viewLines(text, splitLines(text), 0, splitLines(text).length);
      assert.equal(findQuotedStart(views, 0, views.length), referenceFindQuotedStart(views, 0, views.length), JSON.stringify(text));
    }), { numRuns: 3000 });
    const cases = [
      'ON Mon, Jan 5, 2026, Jane wrote:', 'Le\u00a05 janv. 2026, Jean a écrit :', 'le\t5 janv. 2026\nJean a écrit :', 'Lé 5 2026 wrote:',
      'Hi\nOn 5 Jan 2026 Jane <j@x.io>\nwrote:', 'LE 5 janv. 2026\nJean a écrit :', 'oN 5 Jan 2026 Jane\nwrote:', 'x\n____________\ny', 'x\nvon: A\nSent: b\nTo: c', 'x\n-- Message transféré --',
    ];
    for (const text of cases) {
      const views = viewLines(text, splitLines(text), 0, splitLines(text).length);
      assert.equal(findQuotedStart(views, 0, views.length), referenceFindQuotedStart(views, 0, views.length), JSON.stringify(text));
    }
  });
});
