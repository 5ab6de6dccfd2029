import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/cli/lineIndex';

describe('cli LineIndex', () => {
  it('gives 1-based line/col for LF, CRLF and lone CR line ends', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const idx = new LineIndex(text);
    assert.deepEqual(idx.position(0), { line: 1, col: 1 });
    assert.deepEqual(idx.position(text.indexOf('d')), { line: 2, col: 2 });
    assert.deepEqual(idx.position(text.indexOf('e')), { line: 3, col: 1 });
    assert.deepEqual(idx.position(text.indexOf('h')), { line: 4, col: 2 });
    assert.deepEqual(idx.position(text.length), { line: 4, col: 3 });
  });

  it('counts columns in UTF-16 code units (an emoji is two)', () => {
    const text = 'x\n😀é{{name}}';
    assert.deepEqual(new LineIndex(text).position(text.indexOf('{')), { line: 2, col: 4 });
  });
});
