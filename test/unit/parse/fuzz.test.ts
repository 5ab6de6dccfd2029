import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocumentUnchecked } from '../../../src/engine/parse/parseDocument';
import type { Draft } from '../../../src/engine/types';

/** Pieces that stress the parser: structure markers, emoji, combining marks, RTL, no-break spaces, line breaks. */
const PIECES = [
  '---', '\n', '\r\n', '\r', ' ', '\u00a0', '\u202f', '👋', '🚀', 'e\u0301', 'שלום', 'مرحبا', '{{', '}}', '{', '[',
  '<!--', '-->', '<!-- unscripted-disable-next-line a -->', '>', 'Hi Sam,', 'Bonjour,', 'Best,', 'Cordialement,',
  'P.S.', 'Subject:', 'Objet :', 'On Mon, Jan 5, 2026 at 9:12 AM X <x@y.z> wrote:', 'De :', 'Envoyé :', 'À :',
  'channel: inmail', 'lang: fr', 'to:', '  name: A', '-- ', '. ', '? ', '…', 'Mr.', '3.5', 'x@y.io', '\ud83d', '\udc4b',
];
const docArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 80 }).map((a) => a.join('')),
);

function checkDraft(text: string, d: Draft): void {
  assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, 'draft within text');
  assert.ok(d.bodyStart >= d.start && d.bodyStart <= d.end, 'bodyStart within draft');
  let prev = d.start;
  for (const s of d.segments) {
    assert.ok(s.start >= prev && s.start < s.end && s.end <= d.end, `segment ${s.kind} sorted, non-empty, within draft`);
    prev = s.end;
  }
  for (const s of d.sentences) {
    const seg = d.segments[s.segment];
    assert.ok(seg && seg.start <= s.start && s.start < s.end && s.end <= seg.end, 'sentence inside its segment');
  }
  for (const s of d.suppressions) assert.ok(s.start >= 0 && s.end <= text.length && s.targetLine >= -1);
  assert.ok(d.langConfidence >= 0 && d.langConfidence <= 1);
}

describe('parse: robustness (fast-check)', () => {
  it('never throws and keeps every offset consistent on random and adversarial text', () => {
    fc.assert(
      fc.property(docArb, (text) => {
        const drafts = parseDocumentUnchecked(text);
        assert.ok(drafts.length >= 1);
        for (let i = 0; i < drafts.length; i++) {
          checkDraft(text, drafts[i]);
          if (i > 0) assert.ok(drafts[i - 1].end <= drafts[i].start, 'drafts in order, disjoint');
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('handles a 1 MB single line and 1 MB of short CRLF lines', () => {
    for (const text of ['Yes. '.repeat(210000), 'Best,\r\n> q\r\n'.repeat(80000), '{'.repeat(1 << 20)]) {
      const drafts = parseDocumentUnchecked(text);
      for (const d of drafts) checkDraft(text, d);
    }
  });
});
