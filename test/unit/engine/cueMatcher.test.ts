import * as assert from 'node:assert/strict';
import { compileCues, matchesCue } from '../../../src/engine/detectors/cueMatcher';
import { WordShapes, pushAtoms } from '../../../src/engine/detectors/wordAtoms';
import { scanSentence } from '../../../src/engine/detectors/sentenceScan';
import { sentence } from './sentenceFixture';
import { DETECTORS } from '../../../src/engine/detectors';
import { buildDraftView, tokenize } from '../../../src/engine/draftView';
import type { Lang } from '../../../src/engine/types';
import { makeDraft } from './draftFixture';

/** What the detectors did before cues were compiled: one RegExp over the lower-cased sentence. */
function reference(text: string, cues: string[]): boolean {
  if (cues.length === 0) return false;
  const alts = cues.map((cue) => {
    const prefix = cue.endsWith('-');
    const body = (prefix ? cue.slice(0, -1) : cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return body + (prefix ? '' : '(?![\\p{L}\\p{N}])');
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})`, 'u').test(text.toLowerCase().replace(/’/g, "'"));
}

function compiled(text: string, cues: string[]): boolean {
  const m = compileCues(cues.map((c) => c.toLowerCase().replace(/’/g, "'")));
  const lower = text.toLowerCase().replace(/’/g, "'");
  return matchesCue(m, { atoms: scanSentence(sentence(text), 'en').atoms, lower });
}

/** A seeded generator of awkward texts: accents, elision, ’, NBSP/U+202F, CRLF, marks, surrogates, Σ/İ. */
function randomTexts(n: number, seed = 7): string[] {
  const parts = ['help', 'helps', 'Help', 'companies', 'like', 'leader', 'leadership', 'empower', 'empowering', 'qu', 'est', 'ce', 'est-ce',
    "qu'est-ce", 'qu’est-ce', "l'aide", 'aide', 'accompagnons', 'Accompagnement', 'é', 'e\u0301', 'p.s', 'time', 'to', 'c++', '+1', '2x', '42',
    '𝐀', '😀', 'ΟΔΟΣ', 'İ', '_', '-', "'", '’', '.', ',', '?', ' ', ' ', '\u00a0', '\u202f', '\r\n', '\n', '\t'];
  let a = seed;
  const rnd = (k: number): number => {
    a = (a * 1103515245 + 12345) >>> 0;
    return (a >>> 8) % k;
  };
  return Array.from({ length: n }, () => Array.from({ length: 1 + rnd(12) }, () => parts[rnd(parts.length)]).join(''));
}

describe('cue lists compiled once into atom lookups', () => {
  const lists: string[][] = [
    ['help', 'helps', 'companies like', 'empower-', 'leader in', 'save time'],
    ['comment', "est-ce qu-", "qu'est-ce", 'quel', 'où'],
    ['aide', 'accompagn-', 'é', 'p.s', 'c++', '+1', 'time to'],
    ['-', '', "'", 'x-'],
    ['𝐀', 'οδος', 'ΟΔΟΣ', 'i̇'],
    [],
  ];

  it('answers exactly what the RegExp over the lower-cased text answers', () => {
    const texts = randomTexts(4000);
    for (const cues of lists) {
      for (const text of texts) assert.equal(compiled(text, cues), reference(text, cues), `${JSON.stringify(cues)} on ${JSON.stringify(text)}`);
    }
  });

  it('prefix cues, multi-word cues, ’ vs \', accents, start and end of text', () => {
    const cues = ['empower-', 'companies like', "qu'est-ce", 'accompagn-', 'leader'];
    const yes = ['Empowering reps', 'companies\u00a0 like yours', 'companies\r\nlike', 'Qu’est-ce que', "qu'est-ce", 'On vous accompagne', 'leader.'];
    const no = ['disempower', 'companies liked', 'leadership', 'raccompagner', 'companies, like'];
    for (const t of yes) assert.equal(compiled(t, cues), true, t);
    for (const t of no) assert.equal(compiled(t, cues), false, t);
  });

  it('atoms from the tokens equal the letter/digit runs of the lower-cased text; digits are /\\d/', () => {
    for (const text of [...randomTexts(3000, 11), 'Le ²ème', '٣ jours', 'x²']) {
      const scan = scanSentence(sentence(text), 'en');
      assert.deepEqual(scan.atoms, pushAtoms(text.toLowerCase(), []), JSON.stringify(text));
      assert.equal(scan.digits, /\d/.test(text), `digits: ${JSON.stringify(text)}`);
    }
  });

  it('team packs: params that differ from the defaults are compiled per list', () => {
    const run = (name: string, text: string, params: Record<string, unknown>, lang: Lang = 'en'): number => {
      const d = makeDraft([['body', text]], { lang });
      const det = DETECTORS[name];
      return det.run({ view: buildDraftView(d), lang, channel: 'email', premium: false }, { ...det.defaults, ...params }).length;
    };
    const pitch = 'Our synergy engine streamlines onboarding.';
    assert.equal(run('genericity', pitch, {}), 1, 'default cues: streamline-');
    assert.equal(run('genericity', pitch, { cues: { en: ['synergy'] } }), 1);
    assert.equal(run('genericity', pitch, { cues: { en: ['platform'] } }), 0, 'a list replaces the default');
    assert.equal(run('genericity', pitch, { cues: ['synergy'], references: ['onboarding'] }), 0, 'a reference word spares it');
    assert.equal(run('genericity', 'Notre plateforme aide les équipes.', { cues: { en: ['synergy'] } }, 'fr'), 1, 'other language keeps its default');
    const q = 'How do you plan routes before a demo?';
    assert.equal(run('genuine-question', q, {}), 0, 'default time cues: demo');
    assert.equal(run('genuine-question', q, { time: { en: ['calendar'] } }), 1);
    assert.equal(run('genuine-question', 'Comment planifiez-vous les tournées ?', { open: { fr: ['pourquoi'] } }, 'fr'), 0);
    assert.equal(run('concrete-detail', 'The Acme rollout starts soon.', {}), 1);
    assert.equal(run('concrete-detail', 'The Acme rollout starts soon.', { ignore: ['ACME'] }), 0, 'ignore is case-insensitive');
  });

  it('word shapes never rule out an added word (long words, accents, astral first letters)', () => {
    const words = ['a', 'help', 'équipe', '𝐀bc', 'x'.repeat(31), 'y'.repeat(40), 'ο'];
    const shapes = new WordShapes();
    for (const w of words) shapes.add(w);
    for (const w of words) assert.equal(shapes.mayHold(w), true, w);
    assert.equal(shapes.mayHold('y'.repeat(33)), true, 'lengths from 31 up share one bit');
    assert.equal(shapes.mayHold('helps'), false);
    assert.equal(shapes.mayHold('b'), false);
  });
});
