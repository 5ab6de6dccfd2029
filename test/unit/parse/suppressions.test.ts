import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/engine/parse/parseDocument';

describe('parse: suppression comments', () => {
  it('reads next-line, line and whole-draft directives with rule lists', () => {
    const text = [
      'Hi Kai,', // 0
      '<!-- unscripted-disable-next-line en.cliche-opener, en.filler -->', // 1
      'I hope this finds you well.', // 2
      'Let me know. <!-- unscripted-disable-line -->', // 3
      '<!-- unscripted-disable -->', // 4
    ].join('\n');
    const [d] = parseDocument(text);
    assert.deepEqual(d.suppressions.map(({ scope, ruleIds, targetLine }) => ({ scope, ruleIds, targetLine })), [
      { scope: 'next-line', ruleIds: ['en.cliche-opener', 'en.filler'], targetLine: 2 },
      { scope: 'line', ruleIds: [], targetLine: 3 },
      { scope: 'file', ruleIds: [], targetLine: -1 },
    ]);
    assert.equal(text.slice(d.suppressions[1].start, d.suppressions[1].end), '<!-- unscripted-disable-line -->');
  });

  it('reads the French spellings, with and without accents', () => {
    const text = '<!-- unscripted-desactiver-ligne-suivante fr.remplissage -->\nJ’espère que vous allez bien.\nBof. <!-- unscripted-désactiver-ligne -->\n<!-- unscripted-désactiver-ligne-suivante -->\nSuite.\n<!-- unscripted-desactiver -->';
    const scopes = parseDocument(text)[0].suppressions.map((s) => [s.scope, s.targetLine, s.ruleIds.join(',')]);
    assert.deepEqual(scopes, [['next-line', 1, 'fr.remplissage'], ['line', 2, ''], ['next-line', 4, ''], ['file', -1, '']]);
  });

  it('ignores other comments, and keeps comments out of segments and sentences', () => {
    const text = 'Hi Kai,\n\nYour talk was great. <!-- note to self: check the date --> It made me rethink pricing.\n<!-- unscripted-enable -->';
    const [d] = parseDocument(text);
    assert.equal(d.suppressions.length, 0);
    for (const s of [...d.segments, ...d.sentences]) assert.ok(!text.slice(s.start, s.end).includes('<!--'));
    assert.ok(d.sentences.some((s) => text.slice(s.start, s.end) === 'It made me rethink pricing.'));
  });

  it('assigns each suppression to the draft that holds it', () => {
    const text = 'Hi Ada,\n<!-- unscripted-disable -->\n---\nHi Ben,\n<!-- unscripted-disable-line x -->';
    const drafts = parseDocument(text);
    assert.deepEqual(drafts.map((d) => d.suppressions.map((s) => s.scope)), [['file'], ['line']]);
  });
});
