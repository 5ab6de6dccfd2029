import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import { segmentText } from './segmentsOf';

describe('parse: parseDocument', () => {
  it('keeps exact offsets with CRLF, lone CR and emoji', () => {
    const lf = 'Hi Ren 👋,\n\nLoved the 🐻 demo. Worth a chat?\n\nCheers,\nIvo\nivo@example.com';
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const [d] = parseDocument(text);
      assert.equal(segmentText(d, 'greeting'), 'Hi Ren 👋,');
      assert.equal(segmentText(d, 'opener'), 'Loved the 🐻 demo.');
      assert.equal(segmentText(d, 'ask'), 'Worth a chat?'); // one paragraph: the ask is its last sentence
      assert.equal(segmentText(d, 'signoff'), 'Cheers,');
      assert.deepEqual(d.sentences.map((s) => text.slice(s.start, s.end)), ['Hi Ren 👋,', 'Loved the 🐻 demo.', 'Worth a chat?', 'Cheers,']);
      assert.equal(text.slice(d.start, d.end), text);
    }
  });

  it('gives options priority over front matter, and front matter over detection', () => {
    const text = '---\nchannel: inmail\nlang: en\nsubject: Front\n---\nSubject: Line subject\n\nBonjour Léa, merci pour votre retour sur le devis.';
    const plain = parseDocument(text)[0];
    assert.deepEqual([plain.lang, plain.langSource, plain.channel, plain.channelSource], ['en', 'frontmatter', 'inmail', 'frontmatter']);
    assert.deepEqual(plain.subject, { text: 'Front' });
    const opt = parseDocument(text, { lang: 'fr', channel: 'email', subject: 'Option' })[0];
    assert.deepEqual([opt.lang, opt.langSource, opt.langConfidence, opt.channel, opt.channelSource], ['fr', 'option', 1, 'email', 'option']);
    assert.deepEqual(opt.subject, { text: 'Option' });
    const detected = parseDocument(text.slice(text.indexOf('Subject:')))[0];
    assert.deepEqual([detected.lang, detected.langSource, detected.channelSource], ['fr', 'detected', 'default']);
    assert.ok(detected.langConfidence > 0.5 && detected.langConfidence <= 1);
    assert.deepEqual(detected.subject, { text: 'Line subject', start: text.indexOf('Line') - text.indexOf('Subject:'), end: text.indexOf('\n\nBonjour') - text.indexOf('Subject:') });
  });

  it('detects the language on coached text only, not on the signature or the quoted part', () => {
    const text = 'Bonjour Marc,\n\nMerci pour les plans, je vous envoie le devis jeudi.\n\nBien à vous,\nAnne\n\nOn Mon, Jan 5, 2026 at 9:12 AM Marc <m@example.com> wrote:\n> Hi Anne, could you please send us the quote for the two sites with the new layout that we discussed last week at the office with the team?';
    assert.equal(parseDocument(text)[0].lang, 'fr');
  });

  it('returns segments sorted, non-overlapping and inside the draft, and sentences inside coached segments', () => {
    const text = 'Subject: Pilot\n\nHi Jane,\n\nOne. Two?\n\n> quoted\n\nThree.\n\nPS: four.\n\nBest,\nOmar\nomar@example.com';
    const [d] = parseDocument(text);
    for (let i = 0; i < d.segments.length; i++) {
      const s = d.segments[i];
      assert.ok(s.start >= d.start && s.end <= d.end && s.start < s.end);
      if (i > 0) assert.ok(d.segments[i - 1].end <= s.start);
    }
    for (const s of d.sentences) {
      const seg = d.segments[s.segment];
      assert.ok(seg.start <= s.start && s.end <= seg.end);
      assert.ok(!['subject', 'quoted', 'signature', 'frontmatter'].includes(seg.kind));
    }
  });
});
