import * as assert from 'node:assert/strict';
import { averageRanks, spearman } from '../../../../src/cli/eval/spearman';

describe('eval/spearman', () => {
  it('gives tied values the average rank', () => {
    assert.deepEqual(averageRanks([10, 20, 20, 5]), [2, 3.5, 3.5, 1]);
  });
  it('is 1 for any monotonic increasing relation and -1 for decreasing', () => {
    assert.equal(spearman([1, 2, 3, 4], [1, 4, 9, 100]), 1);
    assert.equal(spearman([1, 2, 3, 4], [9, 7, 3, 0]), -1);
  });
  it('matches a hand-computed value', () => {
    // ranks x: 1 2 3 4 5, ranks y: 2 1 4 3 5 → d² = 1+1+1+1+0 = 4 → 1 - 6·4/(5·24) = 0.8
    assert.ok(Math.abs(spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50]) - 0.8) < 1e-12);
  });
  it('is NaN when one side is constant', () => {
    assert.ok(Number.isNaN(spearman([1, 2, 3], [5, 5, 5])));
  });
});
