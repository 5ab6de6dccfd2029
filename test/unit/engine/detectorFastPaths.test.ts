import * as assert from 'node:assert/strict';
import { QUESTION_END, endsWithQuestion } from '../../../src/engine/detectors/questionCount';
import { hasSecondPerson, isSecondPerson, sentenceFocus, words } from '../../../src/engine/detectors/sentenceFocus';
import { buildDraftView, tokenize } from '../../../src/engine/draftView';
import { DETECTORS } from '../../../src/engine/detectors';
import { makeDraft } from './draftFixture';
import { scanSentence } from '../../../src/engine/detectors/sentenceScan';
import { trimmedSpan } from '../../../src/engine/detectors/bodySentences';
import { sentence } from './sentenceFixture';
import type { Lang } from '../../../src/engine/types';

function seeded(seed: number): (k: number) => number {
  let a = seed;
  return (k) => {
    a = (a * 1103515245 + 12345) >>> 0;
    return (a >>> 8) % k;
  };
}

describe('detector fast paths equal the RegExps they replaced', () => {
  it('question endings (quotes, emoji, FE0F, NBSP, ？, surrogates)', () => {
    const parts = ['?', '？', ' ', '\u00a0', '"', '»', '”', '’', ')', '😀', '\ufe0f', '\u200d', 'a', '.', '!', '\ud83d', '\n'];
    const rnd = seeded(5);
    for (let k = 0; k < 20000; k++) {
      const t = Array.from({ length: rnd(7) }, () => parts[rnd(parts.length)]).join('');
      assert.equal(endsWithQuestion(t), QUESTION_END.test(t), JSON.stringify(t));
    }
  });

  it('sentence focus reads the words of `words()` in order (elision, hyphens)', () => {
    const reference = (text: string, lang: Lang): string => {
      for (const w of words(tokenize(text))) {
        if ((lang === 'en' ? ['i', "i'm", "i've", "i'd", "i'll", 'we', "we're", "we've", "we'd", "we'll", 'my', 'our'] : ['je', "j'", 'nous', 'notre', 'nos', 'mon', 'ma', 'mes', 'on']).includes(w)) return 'self';
        if ((lang === 'en' ? ['you', "you're", "you've", "you'd", "you'll", 'your', 'yours'] : ['vous', 'votre', 'vos', 'tu', "t'", 'ton', 'ta', 'tes', 'toi']).includes(w)) return 'you';
      }
      return 'none';
    };
    const cases: [string, Lang][] = [["J'ai vu votre post", 'fr'], ["T'as vu notre offre", 'fr'], ['Pourriez-vous nous dire', 'fr'], ["Qu'on se parle", 'fr'],
      ['Dites-moi si on peut', 'fr'], ["Vous-même, j'imagine", 'fr'], ['We’ve seen your launch', 'en'], ['Your team and I', 'en'], ['Nothing here', 'en'], ['--you', 'en'], ["Qu'en pensez-vous", 'fr'], ["T'en penses quoi", 'fr'], ['Voulez-vous', 'fr'], ["Can't you", 'en']];
    for (const [text, lang] of cases) {
      assert.equal(sentenceFocus(tokenize(text), lang), reference(text, lang), text);
      assert.equal(scanSentence(sentence(text), lang).focus, reference(text, lang), `scan: ${text}`);
      assert.equal(hasSecondPerson(tokenize(text), lang), words(tokenize(text)).some((w) => isSecondPerson(w, lang)), `second person: ${text}`);
    }
  });

  it('lower-casing is idempotent code point by code point (syllables of a token\'s `lower` skip it)', () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const lower = String.fromCodePoint(cp).toLowerCase();
      if (lower.toLowerCase() !== lower) assert.fail(`U+${cp.toString(16)}`);
    }
  });

  it('tu-vous-mix skips drafts without a tu form exactly when its RegExp finds none (case, elision, ’, ſ)', () => {
    const ADDRESS = /(?<![\p{L}\p{N}])(?:(tu|te|toi|ton|ta|tes)|(vous|votre|vos))(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(t['’])(?=\p{L})/giu;
    const reference = (d: ReturnType<typeof makeDraft>): string[] => {
      const tu: string[] = [];
      const vous: string[] = [];
      for (const s of buildDraftView(d).sentences) {
        ADDRESS.lastIndex = 0;
        for (let m = ADDRESS.exec(s.text); m; m = ADDRESS.exec(s.text)) (m[2] ? vous : tu).push(`${s.start + m.index}+${m[0].length}`);
      }
      return tu.length < 1 || vous.length < 1 ? [] : tu.length <= vous.length ? tu : vous;
    };
    const parts = ['tu', 'Tu', 'TE', 'toi', 'ton', 'ta', 'tes', 'teſ', 'vous', 'Vous', 'VOTRE', 'vos', "t'", 't’', 'T’', 'as', 'a-t-il', 'é', '2',
      'pourriez', '-', 'tous', 'votes', 'toi\u0301', 'tu_', ' ', ' ', ', ', '. ', ' ? ', '\u00a0', "'"];
    const rnd = seeded(13);
    let mixed = 0;
    for (let k = 0; k < 4000; k++) {
      const text = Array.from({ length: 2 + rnd(14) }, () => parts[rnd(parts.length)]).join('');
      const d = makeDraft([['greeting', 'Bonjour,'], ['body', text]], { lang: 'fr' });
      const got = DETECTORS['tu-vous-mix'].run({ view: buildDraftView(d), lang: 'fr', channel: 'email', premium: false }, { minEach: 1 });
      const want = reference(d);
      assert.deepEqual(got.map((h) => `${h.start}+${h.end - h.start}`), want, JSON.stringify(text));
      if (want.length > 0) mixed++;
    }
    assert.ok(mixed > 200, `the samples mix tu and vous often (${mixed})`);
  });

  it('trimmed spans cut what trimStart/trimEnd cut (NBSP, U+202F, U+FEFF, U+2028, U+180E, CRLF)', () => {
    const parts = [' ', '\t', '\r\n', '\u00a0', '\u202f', '\ufeff', '\u2028', '\u3000', '\u180e', '\u200b', 'a', 'é', '.', '😀'];
    const rnd = seeded(17);
    for (let k = 0; k < 5000; k++) {
      const text = Array.from({ length: rnd(8) }, () => parts[rnd(parts.length)]).join('');
      const start = 5 + rnd(20);
      const lead = text.length - text.trimStart().length;
      const trail = text.length - text.trimEnd().length;
      const want = { start: start + lead, end: Math.max(start + lead, start + text.length - trail) };
      assert.deepEqual(trimmedSpan({ ...sentence(text), start, end: start + text.length }), want, JSON.stringify(text));
    }
  });
});
