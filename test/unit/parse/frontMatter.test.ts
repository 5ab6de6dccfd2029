import * as assert from 'node:assert/strict';
import { normalizeChannel, normalizeLang } from '../../../src/engine/parse/aliases';
import { parseDocument } from '../../../src/engine/parse/parseDocument';

describe('parse: front matter and drafts', () => {
  it('reads channel, lang, subject, premium, a to: block and unknown keys', () => {
    const text = [
      '---', 'channel: LinkedIn note', 'lang: fr-CA', 'subject: "Votre atelier"', 'premium: yes', 'to:',
      '  name: Camille Roy', '  company: Atelier Roy', '  role: COO', '  notes: |', '    Talked at the Lyon fair.',
      '    Wants fewer returns.', 'campaign: Q2', '---', 'Bonjour Camille,', '', 'Merci pour l’échange.',
    ].join('\n');
    const [d] = parseDocument(text);
    assert.deepEqual(d.frontMatter, {
      channel: 'linkedin-connection', lang: 'fr', subject: 'Votre atelier', premium: true,
      to: { name: 'Camille Roy', company: 'Atelier Roy', role: 'COO', notes: 'Talked at the Lyon fair.\nWants fewer returns.' },
      extra: { campaign: 'Q2' },
    });
    assert.equal(d.channel, 'linkedin-connection');
    assert.equal(d.channelSource, 'frontmatter');
    assert.equal(d.lang, 'fr');
    assert.equal(d.langSource, 'frontmatter');
    assert.deepEqual(d.subject, { text: 'Votre atelier' });
    assert.equal(d.segments[0].kind, 'frontmatter');
    assert.equal(text.slice(d.segments[0].start, d.segments[0].end), text.slice(0, text.indexOf('---\nBonjour') + 3));
    assert.equal(text.slice(d.bodyStart, d.bodyStart + 7), 'Bonjour');
  });

  it('accepts a plain to: string and keeps unknown channel/lang values in extra', () => {
    const [d] = parseDocument('---\nto: Sam Reed\nchannel: fax\nlang: de\n---\nHi Sam');
    assert.deepEqual(d.frontMatter.to, { name: 'Sam Reed' });
    assert.deepEqual(d.frontMatter.extra, { channel: 'fax', lang: 'de' });
    assert.equal(d.channel, 'email');
    assert.equal(d.channelSource, 'default');
  });

  it('normalises channel and language aliases', () => {
    assert.equal(normalizeChannel('linkedin'), 'linkedin-connection');
    assert.equal(normalizeChannel('connection'), 'linkedin-connection');
    assert.equal(normalizeChannel('InMail'), 'inmail');
    assert.equal(normalizeChannel('DM'), 'linkedin-message');
    assert.equal(normalizeChannel('message'), 'linkedin-message');
    assert.equal(normalizeChannel('e-mail'), 'email');
    assert.equal(normalizeChannel('courriel'), 'email');
    assert.equal(normalizeChannel('pigeon'), undefined);
    assert.equal(normalizeLang('French'), 'fr');
    assert.equal(normalizeLang('en-GB'), 'en');
    assert.equal(normalizeLang('klingon'), undefined);
  });

  it('splits drafts on front-matter blocks and on --- lines, with document offsets', () => {
    const text = [
      '---', 'channel: email', '---', 'Hi Ada,', '', 'First draft.', '',
      '---', '', 'Hi Ben,', '', 'Second draft.', '',
      '---', 'channel: inmail', 'lang: en', '---', 'Bonjour Chloé,', '', 'Troisième.',
    ].join('\n');
    const drafts = parseDocument(text);
    assert.equal(drafts.length, 3);
    assert.deepEqual(drafts.map((d) => d.index), [0, 1, 2]);
    assert.deepEqual(drafts.map((d) => d.channel), ['email', 'email', 'inmail']);
    assert.equal(text.slice(drafts[1].start, drafts[1].end), 'Hi Ben,\n\nSecond draft.');
    assert.equal(text.slice(drafts[2].start, drafts[2].start + 3), '---');
    assert.ok(text.slice(drafts[2].start, drafts[2].end).endsWith('Troisième.'));
    assert.equal(drafts[2].lang, 'en'); // front matter wins over the French text
    for (let i = 1; i < drafts.length; i++) assert.ok(drafts[i - 1].end <= drafts[i].start);
  });

  it('drops empty drafts between separators and still returns one draft for an empty text', () => {
    assert.equal(parseDocument('Hi\n---\n\n---\nHello').length, 2);
    const [empty] = parseDocument('');
    assert.deepEqual([empty.start, empty.end, empty.segments.length, empty.lang, empty.langSource], [0, 0, 0, 'en', 'default']);
    assert.equal(parseDocument('  \n\n').length, 1);
  });

  it('treats a --- block whose lines are not key: value as separators', () => {
    const drafts = parseDocument('Hi Ada,\n---\nThis is a sentence, not a key.\n---\nHi Ben,');
    assert.equal(drafts.length, 3);
    assert.ok(drafts.every((d) => Object.keys(d.frontMatter.extra).length === 0));
  });
});
