import * as assert from 'node:assert/strict';
import { kindOfCategory } from '../../src/engine/types';

describe('types', () => {
  it('maps categories to kinds', () => {
    assert.equal(kindOfCategory('specific-reference'), 'authentic');
    assert.equal(kindOfCategory('hype'), 'scripted');
  });
});
