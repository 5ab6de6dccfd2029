import * as assert from 'node:assert/strict';
import { DETECTORS } from '../../../src/engine/detectors';
import { buildDraftView } from '../../../src/engine/draftView';
import type { DetectorHit } from '../../../src/engine/detectors/detectorTypes';
import type { Channel, Draft } from '../../../src/engine/types';
import { countSyllables } from '../../../src/engine/detectors/syllables';
import { makeDraft } from './draftFixture';

function run(name: string, draft: Draft, params: Record<string, unknown> = {}, premium = false): { hits: DetectorHit[]; texts: string[] } {
  const d = DETECTORS[name];
  const hits = d.run({ view: buildDraftView(draft), lang: draft.lang, channel: draft.channel, premium }, { ...d.defaults, ...params });
  return { hits, texts: hits.map((h) => draft.text.slice(h.start, h.end)) };
}
const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 7 === 6 ? '.' : ''}`).join(' ');

describe('engine/detectors', () => {
  it('word-count flags too short and too long bodies, ignoring the signature', () => {
    assert.equal(run('word-count', makeDraft([['body', 'Short one.'], ['signature', words(200)]])).hits[0].values?.words, 2);
    const long = run('word-count', makeDraft([['body', words(130)]]));
    assert.equal(long.hits[0].values?.words, 130);
    assert.equal(run('word-count', makeDraft([['body', words(80)]])).hits.length, 0);
  });

  it('sentence-length and question-count', () => {
    assert.equal(run('sentence-length', makeDraft([['body', 'a '.repeat(35) + 'end. Short.']])).hits.length, 1);
    assert.deepEqual(run('question-count', makeDraft([['body', 'One? Two? Three? Four?']]), { max: 2 }).texts, ['Three?']);
  });

  it('self-focus and first-sentences-about-sender (EN and FR)', () => {
    const en = makeDraft([['body', 'I run sales at Acme. We built a tool. Our team is great. I think you may like it.']]);
    assert.equal(run('self-focus', en).hits.length, 1);
    assert.deepEqual(run('first-sentences-about-sender', en).texts, ['I run sales at Acme.'], 'anchored on the first sentence only');
    const fr = makeDraft([['body', "Je dirige les ventes. Nous avons créé un outil. J'ai vu ton post. Notre équipe est super."]], { lang: 'fr' });
    assert.equal(run('self-focus', fr).hits[0].values?.self, 4);
    const you = makeDraft([['body', 'Your depot in Lyon moved. You hired two planners. I noticed it.']]);
    assert.equal(run('self-focus', you).hits.length, 0);
    assert.equal(run('first-sentences-about-sender', you).hits.length, 0);
  });

  it('reading-ease per language with syllable counting', () => {
    assert.equal(countSyllables('readable', 'en'), 3);
    assert.equal(countSyllables('entreprise', 'fr'), 3);
    const hard = makeDraft([['body', 'Organizational transformation necessitates comprehensive interdepartmental collaboration methodologies. '.repeat(8)]]);
    assert.equal(run('reading-ease', hard).hits.length, 1);
    const easy = makeDraft([['body', 'I saw your post. It made me laugh. We had the same bug last year. How did you fix it? '.repeat(4)]]);
    assert.equal(run('reading-ease', easy).hits.length, 0);
  });

  it('tu-vous-mix flags the minority form in French only', () => {
    const mix = makeDraft([['body', 'Salut Léa, ton post est top. Pourriez-vous me dire comment tu fais ? Ta méthode aussi.']], { lang: 'fr' });
    assert.deepEqual(run('tu-vous-mix', mix).texts, ['vous']);
    assert.equal(run('tu-vous-mix', makeDraft([['body', 'Salut Léa, ton post est top. Comment tu fais ?']], { lang: 'fr' })).hits.length, 0);
  });

  it('channel-limit: connection notes (free and Premium), InMail, email subject', () => {
    const note = (ch: Channel) => makeDraft([['body', 'x'.repeat(250)]], { channel: ch });
    const free = run('channel-limit', note('linkedin-connection'));
    assert.equal(free.texts[0].length, 50);
    assert.equal(run('channel-limit', note('linkedin-connection'), {}, true).hits.length, 0);
    assert.equal(run('channel-limit', makeDraft([['body', 'y'.repeat(2100)]], { channel: 'inmail' })).texts[0].length, 100);
    assert.equal(run('channel-limit', makeDraft([['body', 'Hi.']], { subject: 'Quick question about your Lyon depot move' })).hits[0].values?.count, 7);
    assert.equal(run('channel-limit', makeDraft([['body', 'Hi.']], { subject: 'Your Lyon depot move' })).hits.length, 0);
  });

  it('concrete-detail: numbers and proper nouns, not the sender or the sentence start', () => {
    const d = makeDraft([['body', 'Your Lyon depot shipped 40 pallets in March. At Acme, we make software. Great work on the thing.'], ['signature', 'Sam Doe\nAcme Corp']]);
    assert.deepEqual(run('concrete-detail', d).texts, ['Your Lyon depot shipped 40 pallets in March.']);
    assert.equal(run('concrete-detail', makeDraft([['body', 'Do you have 15 minutes?']])).hits.length, 0);
  });

  it('genuine-question: open questions about them, not requests for time', () => {
    const d = makeDraft([['body', 'How do you handle returns today? Do you have 15 minutes on Tuesday? What time is it?']]);
    assert.deepEqual(run('genuine-question', d).texts, ['How do you handle returns today?']);
    const fr = makeDraft([['body', 'Comment gérez-vous les retours ? Seriez-vous disponible mardi ?']], { lang: 'fr' });
    assert.deepEqual(run('genuine-question', fr).texts, ['Comment gérez-vous les retours ?']);
  });

  it('genericity: the swap test on value-prop sentences', () => {
    const d = makeDraft([['body', 'We help companies like yours grow. We helped Brabant Foods cut waste by 12%. Your post on cold chains was sharp and our platform helps.']]);
    assert.deepEqual(run('genericity', d).texts, ['We help companies like yours grow.']);
    const fr = makeDraft([['body', 'Nous accompagnons les entreprises comme la vôtre. Nous avons aidé Transports Morel en 2024.']], { lang: 'fr' });
    assert.deepEqual(run('genericity', fr).texts, ['Nous accompagnons les entreprises comme la vôtre.']);
  });

  it('never looks at subject, signature, quoted text or front matter', () => {
    const d = makeDraft([['quoted', '> We help companies like yours grow. How do you handle returns?'], ['signature', 'We help companies like yours.']]);
    for (const name of ['genericity', 'genuine-question', 'concrete-detail']) assert.equal(run(name, d).hits.length, 0, name);
  });
});
