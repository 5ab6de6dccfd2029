import * as assert from 'node:assert/strict';
import { findFrontMatter, setFrontMatterKey } from '../../../src/extension/frontMatterEdit';

const apply = (text: string, e: { start: number; end: number; text: string } | undefined): string =>
  e ? text.slice(0, e.start) + e.text + text.slice(e.end) : text;

describe('frontMatterEdit', () => {
  const doc = '---\nchannel: email\nlang: en\n---\nHi Ana,\n';

  it('finds the block and replaces an existing key', () => {
    const block = findFrontMatter(doc, 0);
    assert.ok(block);
    assert.equal(apply(doc, setFrontMatterKey(doc, block, 'channel', 'inmail')), '---\nchannel: inmail\nlang: en\n---\nHi Ana,\n');
  });

  it('adds a missing key before the closing fence and removes a key', () => {
    const block = findFrontMatter(doc, 0)!;
    assert.equal(apply(doc, setFrontMatterKey(doc, block, 'premium', 'true')), '---\nchannel: email\nlang: en\npremium: true\n---\nHi Ana,\n');
    assert.equal(apply(doc, setFrontMatterKey(doc, block, 'lang', undefined)), '---\nchannel: email\n---\nHi Ana,\n');
    assert.equal(setFrontMatterKey(doc, block, 'channel', 'email'), undefined, 'no edit when nothing changes');
  });

  it('keeps CRLF line ends', () => {
    const crlf = doc.replace(/\n/g, '\r\n');
    const out = apply(crlf, setFrontMatterKey(crlf, findFrontMatter(crlf, 0)!, 'subject', 'Hello'));
    assert.equal(out, '---\r\nchannel: email\r\nlang: en\r\nsubject: Hello\r\n---\r\nHi Ana,\r\n');
  });

  it('does not mistake a draft separator and prose for front matter', () => {
    assert.equal(findFrontMatter('Hi Ana,\n---\nHi Tom, how was Lyon?\n---\n', 0), undefined);
    assert.equal(findFrontMatter('---\nHi Tom, how was Lyon? It rained.\n---\n', 0), undefined);
  });

  it('finds the block of a later draft, also when the draft starts after its opening fence', () => {
    const two = 'Hi Ana,\n\nKim\n---\nchannel: inmail\n---\nHi Tom,\n';
    const fence = two.indexOf('---');
    assert.deepEqual(findFrontMatter(two, fence), { open: fence, close: two.lastIndexOf('---') });
    assert.deepEqual(findFrontMatter(two, fence + 4), { open: fence, close: two.lastIndexOf('---') });
  });
});
