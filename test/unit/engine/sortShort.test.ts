import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { sortDescending, sortShort } from '../../../src/engine/sortShort';

interface Item { start: number; end: number; tag: number }

/** Items with many equal keys (stability shows in `tag`), short and long lists. */
const items = fc.array(fc.record({ start: fc.nat(6), end: fc.nat(6), tag: fc.nat(1000) }), { maxLength: 70 });
const byStartThenEnd = (a: Item, b: Item): number => a.start - b.start || a.end - b.end;
const byStart = (a: Item, b: Item): number => a.start - b.start;

describe('sortShort / sortDescending equal Array.prototype.sort', () => {
  it('sortShort is the stable sort by its comparator (same object, same order as the built-in)', () => {
    fc.assert(fc.property(items, (list) => {
      for (const cmp of [byStartThenEnd, byStart]) {
        const copy = list.slice();
        assert.equal(sortShort(copy, cmp), copy);
        assert.deepEqual(copy, list.slice().sort(cmp));
      }
    }), { numRuns: 2000 });
  });

  it('sortDescending sorts numbers largest first like sort((a, b) => b - a)', () => {
    const numbers = fc.array(fc.oneof(fc.constantFrom(0, 4, 6, 7.5, 8, -3), fc.double({ min: -100, max: 100, noNaN: true })), { maxLength: 70 });
    fc.assert(fc.property(numbers, (list) => {
      const copy = list.slice();
      assert.equal(sortDescending(copy), copy);
      assert.deepEqual(copy, list.slice().sort((a, b) => b - a));
    }), { numRuns: 2000 });
  });
});
