import * as assert from 'node:assert/strict';
import { auc } from '../../../../src/cli/eval/auc';

describe('eval/auc', () => {
  it('is 1 for perfect separation and 0 for inverted', () => {
    assert.equal(auc([80, 90], [10, 20, 30]), 1);
    assert.equal(auc([10], [80, 90]), 0);
  });
  it('counts ties as one half', () => {
    assert.equal(auc([50], [50]), 0.5);
    // pairs: (60>40) win, (60=60) half, (30<40) loss, (30<60) loss → 1.5 / 4
    assert.equal(auc([60, 30], [40, 60]), 0.375);
  });
  it('is NaN when a group is empty', () => {
    assert.ok(Number.isNaN(auc([], [1])));
  });
});
