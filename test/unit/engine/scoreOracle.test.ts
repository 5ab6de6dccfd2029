import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeScore } from '../../../src/engine/score/computeScore';
import { scoreConfig } from '../../../src/engine/score/scoreConfig';
import { kindOfCategory, type Category, type Finding, type SegmentKind, type Severity } from '../../../src/engine/types';
import { referenceScore } from '../reference/referenceScore';

const CATEGORIES = Object.keys(scoreConfig.defaultWeight) as Category[];
const finding = fc.record({
  category: fc.constantFrom(...CATEGORIES), weight: fc.constantFrom(1, 3, 4, 6, 7.5, 8, 14, 30, 0.1, 0),
  severity: fc.constantFrom<Severity>('error', 'warning', 'info', 'hint'), segment: fc.constantFrom<SegmentKind>('greeting', 'opener', 'body', 'ask', 'ps'),
}).map(({ category, weight, severity, segment }): Finding => ({
  start: 0, end: 1, ruleId: category, packId: 'p', kind: kindOfCategory(category), category, severity, message: '', suggestions: [], segment, weight,
}));

describe('engine/score equals the version it replaced', () => {
  it('same items, points, labels and value (default and tuned configs)', () => {
    const tuned = { ...scoreConfig, diminishing: { scripted: 0.9, authentic: 0.3 }, categoryCap: { scripted: 12, authentic: 40 }, noRecipientCap: 70, strongSignalPoints: 3 };
    fc.assert(fc.property(fc.array(finding, { maxLength: 40 }), fc.boolean(), (fs, tune) => {
      const config = tune ? tuned : scoreConfig;
      assert.equal(JSON.stringify(computeScore(fs, config)), JSON.stringify(referenceScore(fs, config)));
    }), { numRuns: 3000 });
  });
});
