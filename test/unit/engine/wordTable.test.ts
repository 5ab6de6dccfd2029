import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordTable, hashStep } from '../../../src/engine/detectors/wordTable';

describe('detectors/wordTable: WordTable.get equals Map.get', () => {
  it('same answers for stored and absent words, through growth and replaced values', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdeiostuvwxyz'), minLength: 1, maxLength: 9 });
    fc.assert(fc.property(fc.array(fc.tuple(word, fc.nat(1 << 21)), { maxLength: 300 }), fc.array(word, { maxLength: 50 }), fc.nat(40), (entries, probes, capacity) => {
      const table = new WordTable(capacity);
      const map = new Map<string, number>();
      for (const [w, b] of entries) {
        table.set(w, b);
        map.set(w, b);
      }
      for (const w of [...map.keys(), ...probes]) assert.equal(table.get(w, WordTable.hashOf(w)), map.get(w), w);
    }), { numRuns: 500 });
  });

  it('hashOf is hashStep over the code units (what a caller walking the word computes)', () => {
    let h = 0;
    for (const c of 'tomorrow') h = hashStep(h, c.charCodeAt(0));
    assert.equal(h, WordTable.hashOf('tomorrow'));
    assert.equal(new WordTable().get('tomorrow', h), undefined);
  });
});
