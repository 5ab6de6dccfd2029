import * as assert from 'node:assert/strict';
import { computeScore } from '../../../src/engine/score/computeScore';
import { scoreConfig } from '../../../src/engine/score/scoreConfig';
import { kindOfCategory, type Category, type Finding, type SegmentKind } from '../../../src/engine/types';

function f(category: Category, weight = 8, segment: SegmentKind = 'body'): Finding {
  return { start: 0, end: 1, ruleId: category, packId: 'p', kind: kindOfCategory(category), category, severity: 'warning', message: '', suggestions: [], segment, weight };
}
const sumOf = (s: ReturnType<typeof computeScore>) => s.items.reduce((a, i) => a + i.points, 0);

describe('engine/score', () => {
  it('value is clamp(sum of items) and every finding is accounted for', () => {
    for (const findings of [[], [f('filler')], Array(30).fill(f('merge-tag', 15)), [f('specific-reference'), f('concrete-detail'), f('hype')],
      Array(10).fill(f('specific-reference', 30))]) {
      const s = computeScore(findings);
      assert.equal(s.value, Math.max(0, Math.min(100, sumOf(s))));
      const covered = new Set(s.items.flatMap((i) => i.findings));
      assert.equal(covered.size, findings.length);
    }
  });

  it('has diminishing returns per category', () => {
    const one = -computeScore([f('filler')]).items.find((i) => i.kind === 'scripted')!.points;
    const ten = -computeScore(Array(10).fill(f('filler'))).items.find((i) => i.kind === 'scripted')!.points;
    assert.ok(ten < 2.5 * one, `${ten} vs ${one}`);
  });

  it('caps a draft with nothing about the recipient', () => {
    const s = computeScore([f('genuine-question'), f('low-pressure-ask'), f('honest-reason'), f('own-voice')]);
    assert.equal(s.value, scoreConfig.noRecipientCap);
    assert.ok(s.items.some((i) => i.kind === 'adjustment'));
  });

  it('a stock phrase costs less in a note with a specific reference than opening a template', () => {
    const inTemplate = computeScore([f('cliche-opener', 8, 'opener')]);
    const inGenuine = computeScore([f('cliche-opener', 8, 'opener'), f('specific-reference', 14)]);
    const cost = (s: ReturnType<typeof computeScore>) => -s.items.find((i) => i.kind === 'scripted')!.points;
    assert.ok(cost(inGenuine) < cost(inTemplate));
  });
});
