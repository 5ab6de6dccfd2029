import * as assert from 'node:assert/strict';
import { CUES, GATE_BITS, GATES, SURE_SHIFT, sureWords, type GatedCue } from '../../../src/engine/detectors/notConcreteCues';
import { scanSentence } from '../../../src/engine/detectors/sentenceScan';
import { sentence } from './sentenceFixture';
import { DETECTORS } from '../../../src/engine/detectors';
import { buildDraftView } from '../../../src/engine/draftView';
import type { Lang } from '../../../src/engine/types';
import { expandRegex } from './regexExpansions';
import { makeDraft } from './draftFixture';

const WRAP_START = '(?<![\\p{L}\\p{N}])(?:';
const WRAP_END = ')(?![\\p{L}\\p{N}])';
/** The gates a sentence's token scan opens. */
const gateBits = (text: string, lang: Lang): number => scanSentence(sentence(text), lang).gates;

describe('not-concrete cue gates (a family RegExp runs only when its gate atoms are present)', () => {
  for (const lang of ['en', 'fr'] as Lang[]) {
    for (const family of Object.keys(GATE_BITS) as GatedCue[]) {
      it(`${lang} ${family}: every branch of the RegExp holds a gate atom`, () => {
        const re = CUES[lang][family];
        assert.ok(re.source.startsWith(WRAP_START) && re.source.endsWith(WRAP_END), 'bounded family');
        const samples = expandRegex(re.source.slice(WRAP_START.length, -WRAP_END.length));
        assert.ok(samples.length >= GATES[lang][family].length / 2, 'the expander saw the branches');
        for (const sample of samples) {
          for (const text of [sample, sample.toUpperCase(), `Note: ${sample}.`]) {
            assert.ok(re.test(text), `the family matches its own sample ${JSON.stringify(text)}`);
            assert.ok(gateBits(text, lang) & GATE_BITS[family], `gate open for ${JSON.stringify(text)}`);
          }
        }
      });
    }
  }

  it('gates stay shut on sentences without the atoms, and ſ (folds to s) opens them all', () => {
    const text = 'The crane at Brest lifts the hull.';
    assert.equal(gateBits(text, 'en'), 0);
    const longS = 'Our cuſtomers ſee fewer delays.'; // /customers/iu matches "cuſtomers"
    assert.ok(CUES.en.claimSubject.test(longS));
    assert.notEqual(gateBits(longS, 'en') & GATE_BITS.claimSubject, 0);
  });

  it('only ſ folds like a gate letter while lower-casing to something else', () => {
    const alphabet = [...new Set(Object.values(GATES).flatMap((g) => Object.values(g).flat()).join(''))];
    const anyOf = new RegExp(`[${alphabet.join('').replace(/[\]\\^-]/g, '\\$&')}]`, 'iu');
    const odd: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (!anyOf.test(c)) continue;
      const twin = alphabet.find((x) => new RegExp(`^${x}$`, 'iu').test(c))!;
      if (c.toLowerCase() !== twin) odd.push(c);
    }
    assert.deepEqual(odd, ['ſ']);
  });

  it('time gates: clock and day atoms glued to digits, or on their own', () => {
    for (const [lang, text] of [['en', 'Is 3pm ok?'], ['en', 'Free at 10:30am'], ['en', 'See you at 9 PM'], ['en', 'Until the 22nd then'],
      ['fr', 'On dit 14h ?'], ['fr', 'Plutôt 14h30'], ['fr', 'À 9\u202fh alors'], ['fr', 'Vers 9 h30']] as [Lang, string][]) {
      assert.ok(CUES[lang].timeWord.test(text.replace(/’/g, "'")), text);
      assert.notEqual(gateBits(text, lang) & GATE_BITS.timeWord, 0, text);
    }
    const plain = 'We shipped 40 pallets in 2023.';
    assert.equal(gateBits(plain, 'en') & GATE_BITS.timeWord, 0);
  });

  it('self-introductions are found whatever precedes the first word', () => {
    const run = (text: string, lang: Lang = 'en'): number => {
      const d = makeDraft([['body', text]], { lang });
      return DETECTORS['concrete-detail'].run({ view: buildDraftView(d), lang, channel: 'email', premium: false }, {}).length;
    };
    // A self-introduction to a segment never counts as a detail; the same sentence about a named client does.
    assert.equal(run('We lease forklifts to contractors in Ohio.'), 0);
    assert.equal(run('— “We lease forklifts to contractors in Ohio.'), 0);
    assert.equal(run('At Acme, we lease forklifts to contractors in Ohio.'), 0);
    assert.equal(run('Kestrel leases forklifts to contractors in Ohio.'), 1);
    assert.equal(run('Chez Acme, nous louons des chariots aux artisans de Lyon.', 'fr'), 0);
    assert.equal(run('Nous louons des chariots aux artisans de Lyon.', 'fr'), 0);
  });

  it('sure words settle their family: wherever one is a whole atom, the RegExp matches', () => {
    let checked = 0;
    for (const lang of ['en', 'fr'] as Lang[]) {
      for (const family of Object.keys(GATE_BITS) as GatedCue[]) {
        const re = CUES[lang][family];
        for (const w of sureWords(re)) {
          for (const text of [w, `${w.toUpperCase()}.`, `(${w})`, `Le ${w}-x et ${w}’s`, `x\u00a0${w}\u0301`, `« ${w[0].toUpperCase()}${w.slice(1)} »`]) {
            assert.ok(re.test(text.replace(/’/g, "'")), `${family} ${JSON.stringify(text)}`);
            assert.notEqual(gateBits(text, lang) & (GATE_BITS[family] << SURE_SHIFT), 0, `sure bit for ${JSON.stringify(text)}`);
            checked++;
          }
        }
      }
    }
    assert.ok(checked > 300);
    // İ lower-cases to i + a dot: "İmonday" holds the atom "monday" once lower-cased, not for the RegExp.
    assert.equal(CUES.en.timeWord.test('İmonday'), false);
    assert.equal(gateBits('İmonday', 'en') & (GATE_BITS.timeWord << SURE_SHIFT), 0);
  });

  it('every character that lower-cases to one letter of a sure word also matches it case-insensitively', () => {
    const alphabet = new Set((['en', 'fr'] as Lang[]).flatMap((l) => Object.values(CUES[l]).filter((r) => r instanceof RegExp && r.source.startsWith(WRAP_START))
      .flatMap((r) => sureWords(r as RegExp))).join(''));
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lower = c.toLowerCase();
      if (lower.length === 1 && alphabet.has(lower) && !new RegExp(`^${lower}$`, 'iu').test(c)) assert.fail(`U+${cp.toString(16)}`);
    }
  });
});
