import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanSentence } from '../../../src/engine/detectors/sentenceScan';
import { buildDraftView } from '../../../src/engine/draftView';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import type { Lang } from '../../../src/engine/types';
import { referenceScanSentence } from '../reference/referenceSentenceScan';
import { trickyText } from '../reference/trickyText';
import { sentence } from './sentenceFixture';

const WORDS = ['We', 'our', 'you', 'Your', 'vous', 'nous', "j'ai", "t'as", 'tu', 'te', 'like', 'Like', 'comme', 'up', 'to', 'typically', 'tomorrow', 'demain',
  'lundi', '3pm', '14h30', '9', 'h30', 'the', '9th', 'ΑΣ', 'Σίσυφος', 'ſ', 'İstanbul', 'İ', 'équipe', 'Équipe', 'aujourd’hui', 'seriez-vous', 'gère-t-elle',
  '𝐀bc', '𝟙', '٣', 'Ⅻ', 'K', 'customers', 'clients', 'I’ll', "i'm", 'free', '401k', 'remote', 'e\u0301t\u00e9', 'x\u0301'];

describe('detectors/sentenceScan equals the scan it replaced (Map lookups, whole-text searches)', () => {
  it('same atoms, gates, syllables, focus, marks, slot, digits and tu form on word soups', () => {
    const seps = fc.constantFrom(' ', ', ', '. ', '\u00a0', '\u202f', ' - ', '’', "'", '\n', '', ':', '·');
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), seps), { maxLength: 14 }), fc.constantFrom<Lang>('en', 'fr'), (parts, lang) => {
      const s = sentence(parts.map(([w, sep]) => w + sep).join(''));
      assert.deepEqual(scanSentence(s, lang), referenceScanSentence(s, lang), JSON.stringify(s.text));
    }), { numRuns: 6000 });
  });

  it('same on the view sentences of tricky text (offsets inside a draft)', () => {
    fc.assert(fc.property(trickyText, fc.constantFrom<Lang>('en', 'fr'), (text, lang) => {
      for (const draft of parseDocument(`Hi Sam,\n\n${text}\n\nBest,\nAna`, { lang })) {
        for (const s of buildDraftView(draft).sentences) assert.deepEqual(scanSentence(s, lang), referenceScanSentence(s, lang), JSON.stringify(s.text));
      }
    }), { numRuns: 1500 });
  });
});
