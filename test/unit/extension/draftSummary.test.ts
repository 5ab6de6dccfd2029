import * as assert from 'node:assert/strict';
import { draftAt, findingFor, findingsAt, summarizeDraft } from '../../../src/extension/draftSummary';
import type { DocumentAnalysis, DraftAnalysis, Finding } from '../../../src/engine/types';

const finding = (ruleId: string, start: number, end: number, kind: Finding['kind'] = 'scripted', category: Finding['category'] = 'filler'): Finding =>
  ({ ruleId, start, end, kind, category, packId: 'p', severity: 'warning', message: '', suggestions: [], segment: 'body', weight: 1 });
const draft = (start: number, findings: Finding[], score = 50): DraftAnalysis =>
  ({ draft: { start, end: start + 100 }, findings, score: { value: score, items: [] } }) as unknown as DraftAnalysis;

describe('draftSummary', () => {
  const a: DocumentAnalysis = {
    drafts: [
      draft(0, [finding('a', 5, 10), finding('sig', 12, 20, 'authentic', 'concrete-detail'), finding('len', 0, 90, 'scripted', 'structure')], 40),
      draft(100, [finding('a', 105, 112), finding('a', 104, 130)], 70),
    ],
    packErrors: [],
  };

  it('counts personal signals, scripted phrases and structure notes apart', () => {
    assert.deepEqual(summarizeDraft(a.drafts[0]), { score: 40, personalSignals: 1, scriptedPhrases: 1, structureNotes: 1 });
  });

  it('finds the draft and the findings at an offset', () => {
    assert.equal(draftAt(a.drafts, 99), a.drafts[0]);
    assert.equal(draftAt(a.drafts, 100), a.drafts[1]);
    assert.equal(draftAt([], 5), undefined);
  });

  it('keeps a cursor between two drafts (separator, front matter) with the draft before it', () => {
    const gaps = [draft(0, []), draft(200, []), draft(400, [])]; // each 100 long: gaps at 100–200 and 300–400
    assert.equal(draftAt(gaps, 350), gaps[1]);
    assert.equal(draftAt(gaps, 150), gaps[0]);
    assert.equal(draftAt(gaps, 400), gaps[2]);
    assert.deepEqual(findingsAt(a, 10, 'scripted').map((f) => f.ruleId), ['a', 'len']);
  });

  it('maps a (trimmed) diagnostic span back to the smallest enclosing finding of its rule', () => {
    assert.equal(findingFor(a, 'a', 106, 111), a.drafts[1].findings[0]);
    assert.equal(findingFor(a, 'a', 110, 120), a.drafts[1].findings[1]);
    assert.equal(findingFor(a, 'b', 106, 111), undefined);
  });
});
