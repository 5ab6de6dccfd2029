import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDraftView } from '../../../src/engine/draftView';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import { referenceSenderNames } from '../reference/referenceSenderNames';
import { TRICKY_PIECES } from '../reference/trickyText';

/** Pieces around sender introductions: intro words, capitalised and lower-case names, white space of every kind. */
const INTRO_PIECES = [
  'at', 'from', 'chez', 'here at', 'At', 'FROM', ' ', '\u00a0', '\u202f', '\t', '\n', '\r\n', 'Acme', 'acme', 'Blue Harbor', 'Éole',
  'Ørsted', '𝐀cme', 'we', 'We', 'I', 'our', 'nous', 'j’', "j'", 'my', '.', ',', '?', '-', "'", '’', '&', '3M', '(', 'at(', 'chezAcme',
];
const piece = fc.constantFrom(...INTRO_PIECES, ...TRICKY_PIECES);
const sentence = fc.array(piece, { maxLength: 25 }).map((a) => a.join(' '));
const email = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '\n\nBest,\nSam', '\n\nCordialement,\nLéa Dupré\nAcme')).map(
  ([body, close]) => `Hi Sam,\n\n${body.join('\n\n')}${close}`,
);

describe('engine: draft view sender names (intro-word precheck agrees with the regex-only version)', () => {
  it('finds the same names on random emails and tricky text', () => {
    fc.assert(fc.property(fc.oneof(email, sentence), (text) => {
      for (const draft of parseDocument(text)) {
        const view = buildDraftView(draft);
        assert.deepEqual([...view.senderNames].sort(), [...referenceSenderNames(draft, view.sentences)].sort(), JSON.stringify(text));
      }
    }), { numRuns: 3000 });
  });

  it('handles the edge cases: intro word at the start or end, before a lower-case word, NBSP, "here at", no self word', () => {
    const cases = [
      'We met at Acme Corp last week.', 'I work at\u00a0Blue Harbor.', 'We are here at Éole Labs.', 'We build at scale.',
      'Our team at acme ships.', 'Sam works at Acme.', 'We at', 'at Acme we care', 'nous travaillons chez Ørsted.',
      'I came from 3M Health.', 'We came from\r\nAcme.', 'My note from 𝐀cme.', "j'arrive chez Acme-Bleu & Co.",
    ];
    for (const text of cases) {
      for (const draft of parseDocument(text)) {
        const view = buildDraftView(draft);
        assert.deepEqual([...view.senderNames].sort(), [...referenceSenderNames(draft, view.sentences)].sort(), text);
      }
    }
  });
});
