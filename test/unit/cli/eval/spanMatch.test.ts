import * as assert from 'node:assert/strict';
import { matchSpans, spansMatch } from '../../../../src/cli/eval/spanMatch';

describe('eval/spanMatch', () => {
  it('matches spans sharing at least half of the shorter one', () => {
    assert.equal(spansMatch({ start: 0, end: 10 }, { start: 5, end: 30 }), true); // 5 of 10
    assert.equal(spansMatch({ start: 0, end: 10 }, { start: 6, end: 30 }), false); // 4 of 10
    assert.equal(spansMatch({ start: 0, end: 100 }, { start: 40, end: 44 }), true); // contained
    assert.equal(spansMatch({ start: 0, end: 5 }, { start: 5, end: 10 }), false); // touching only
    assert.equal(spansMatch({ start: 3, end: 3 }, { start: 0, end: 10 }), false); // empty
  });

  it('pairs one-to-one and maximises the number of pairs', () => {
    // p0 overlaps g0 and g1, p1 overlaps only g0: the best matching is p0–g1, p1–g0.
    const pred = [{ start: 0, end: 20 }, { start: 0, end: 8 }];
    const gold = [{ start: 0, end: 10 }, { start: 10, end: 20 }];
    const m = matchSpans(pred, gold);
    assert.deepEqual(m.pairs, [[0, 1], [1, 0]]);
    assert.deepEqual(m.unmatchedPredicted, []);
    assert.deepEqual(m.unmatchedGold, []);
  });

  it('leaves a second prediction on the same gold span unmatched', () => {
    const m = matchSpans([{ start: 0, end: 10 }, { start: 2, end: 9 }], [{ start: 0, end: 10 }]);
    assert.equal(m.pairs.length, 1);
    assert.equal(m.unmatchedPredicted.length, 1);
    assert.deepEqual(m.unmatchedGold, []);
  });

  it('reports unmatched gold spans', () => {
    const m = matchSpans([], [{ start: 0, end: 4 }]);
    assert.deepEqual(m.unmatchedGold, [0]);
  });
});
