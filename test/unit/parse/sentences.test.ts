import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../src/engine/parse/sentences';

function sentences(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe('parse: sentences', () => {
  it('splits on . ! ? … and keeps closing quotes with their sentence', () => {
    assert.deepEqual(sentences('We met in Oslo. Was it Tuesday? I think so! Then… nothing. She said "done." Fine.'),
      ['We met in Oslo.', 'Was it Tuesday?', 'I think so!', 'Then… nothing.', 'She said "done."', 'Fine.']);
  });

  it('does not split on abbreviations, initials, decimals, URLs or emails', () => {
    assert.deepEqual(sentences('Tools, e.g. Jira, help. Mr. Lund and J. Park signed. It grew 3.5 times. See acme.io/x or ana@acme.io for more. Done.'),
      ['Tools, e.g. Jira, help.', 'Mr. Lund and J. Park signed.', 'It grew 3.5 times.', 'See acme.io/x or ana@acme.io for more.', 'Done.']);
    assert.deepEqual(sentences('M. Durand et Mme. Roy arrivent. Ensuite, etc. et voilà.'), ['M. Durand et Mme. Roy arrivent.', 'Ensuite, etc. et voilà.']);
    assert.deepEqual(sentences('Ignore me. If not, call.'), ['Ignore me.', 'If not, call.']);
  });

  it('handles French spacing before ? ! and guillemets', () => {
    const t = 'Vraiment\u202f? Oui\u00a0! Il m’a dit «\u00a0c’est fini\u00a0?\u00a0» Puis rien.';
    assert.deepEqual(sentences(t), ['Vraiment\u202f?', 'Oui\u00a0!', 'Il m’a dit «\u00a0c’est fini\u00a0?\u00a0»', 'Puis rien.']);
  });

  it('splits at blank lines and list items, not at a wrapped line', () => {
    const t = 'Two options:\n- a wider radius\n- a softer resin\n1. first\n2) second\n\nThis line wraps\nonto the next one. End';
    assert.deepEqual(sentences(t), ['Two options:', '- a wider radius', '- a softer resin', '1. first', '2) second', 'This line wraps\nonto the next one.', 'End']);
  });

  it('keeps trailing emoji with the sentence and counts UTF-16 offsets', () => {
    const t = '👋 Our clients grew 3x. 🚀\nNext one 🙂 here.';
    const spans = splitSentences(t, 0, t.length);
    assert.deepEqual(spans.map((s) => t.slice(s.start, s.end)), ['👋 Our clients grew 3x. 🚀', 'Next one 🙂 here.']);
    assert.equal(spans[1].start, t.indexOf('Next'));
  });

  it('works on a sub-range and with CRLF', () => {
    const t = 'xx One.\r\n\r\nTwo. yy';
    assert.deepEqual(splitSentences(t, 3, t.length - 3).map((s) => t.slice(s.start, s.end)), ['One.', 'Two.']);
  });
});
