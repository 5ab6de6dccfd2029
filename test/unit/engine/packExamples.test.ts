import * as assert from 'node:assert/strict';
import { checkExamples } from '../../../src/engine/packs/checkExamples';
import { starterSources } from './fixturePacks';

// The built-in packs' examples are checked in test/unit/packs/builtinPacks.test.ts.
describe('pack examples: engine test fixtures', () => {
  it('every fixture rule fires on its flagged examples and not on its clean ones', () => {
    const report = checkExamples(starterSources());
    assert.ok(report.rules >= 10 && report.examples > report.rules);
    assert.deepEqual(report.failures.map((f) => `${f.file}:${f.line} ${f.ruleId} (${f.expected}): ${f.example} — ${f.reason}`), []);
  });
});
