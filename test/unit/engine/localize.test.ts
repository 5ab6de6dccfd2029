import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fillPrepared, fillValues, prepareText } from '../../../src/engine/findings/localize';

describe('findings/localize: prepared texts fill like fillValues', () => {
  it('same text for any braces, names, unknown and inherited names', () => {
    const piece = fc.constantFrom('{', '}', '{{', '}}', 'count', 'max', 'min', 'x', '_', '9', 'é', ' ', '-', '{count}', '{max}', '{nope}', '{constructor}', '{}', '{ count}', '{count }', '{é}', '\n');
    const values = fc.dictionary(fc.constantFrom('count', 'max', 'min', 'x', '_', '9', 'nope'), fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.constantFrom('{max}', '$&', '$1')));
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), values, (parts, v) => {
      const text = parts.join('');
      assert.equal(fillPrepared(prepareText(text), v), fillValues(text, v), JSON.stringify(text));
    }), { numRuns: 5000 });
  });

  it('keeps texts without placeholders (and undefined) as they are', () => {
    assert.equal(prepareText('no braces'), 'no braces');
    assert.equal(prepareText('odd { brace'), 'odd { brace');
    assert.equal(prepareText(undefined), undefined);
    assert.deepEqual(prepareText('Is {count} of {max}.'), ['Is ', 'count', ' of ', 'max', '.']);
  });
});
