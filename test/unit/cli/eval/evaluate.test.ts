import * as assert from 'node:assert/strict';
import { evaluate, selectIds, type CorpusRecord, type Prediction } from '../../../../src/cli/eval/evaluate';

const text = 'Hi Ann, hope this finds you well. Saw your talk on ramp time. Free Tuesday or Wednesday?';
const rec = (id: string, lang: string, label: CorpusRecord['label'], score: number, spans: CorpusRecord['spans']): CorpusRecord =>
  ({ id, lang, text, label, score, spans });

const opener = { start: 8, end: 33, kind: 'scripted', category: 'cliche-opener' };
const talk = { start: 34, end: 61, kind: 'authentic', category: 'specific-reference' };
const cta = { start: 62, end: 88, kind: 'scripted', category: 'pushy-cta' };
const f = (s: { start: number; end: number; kind: string; category: string }, severity = 'warning', ruleId = 'r') =>
  ({ ...s, severity, ruleId });

describe('eval/evaluate', () => {
  const records = [
    rec('en-001', 'en', 'scripted', 10, [opener, cta]),
    rec('en-002', 'en', 'authentic', 90, [talk]),
    rec('fr-001', 'fr', 'authentic', 70, []),
  ];
  const preds: Prediction[] = [
    { lang: 'en', score: 20, findings: [f(opener), f({ start: 0, end: 7, kind: 'scripted', category: 'filler' }, 'warning', 'fp-rule')] },
    { lang: 'en', score: 80, findings: [f(talk, 'hint'), f(cta, 'info'), f({ start: 0, end: 88, kind: 'scripted', category: 'structure' })] },
    { lang: 'en', score: 60, findings: [f(opener, 'error')] },
  ];
  const r = evaluate(records, preds);

  it('computes scripted span precision and recall per language', () => {
    // EN scripted: predicted opener, fp, cta(on authentic msg) = 3; gold opener, cta = 2; matched opener = 1.
    assert.deepEqual(r.byLang.en.scripted, { predicted: 3, gold: 2, matched: 1, precision: 1 / 3, recall: 1 / 2 });
    assert.equal(r.byLang.en.authentic.recall, 1);
    assert.equal(r.byLang.en.structureFindings, 1);
    assert.equal(r.byLang.en.falsePositivesByRule['fp-rule'], 1);
  });

  it('counts language accuracy and warnings per authentic message', () => {
    assert.equal(r.byLang.fr.languageAccuracy, 0);
    assert.equal(r.all.languageAccuracy, 2 / 3);
    // en-002: cta is info → not counted, the structure warning is; fr-001: one error → counted.
    assert.equal(r.all.warningsPerAuthentic, 2 / 2);
    assert.equal(r.byLang.fr.warningsPerAuthentic, 1);
  });

  it('computes per-category recall and score agreement', () => {
    assert.deepEqual(r.all.categoryRecall['pushy-cta'], { gold: 1, matched: 0, recall: 0 });
    assert.equal(r.auc, 1);
    assert.equal(r.spearman, 1);
  });

  it('lists missed gold spans and false positives per message', () => {
    assert.deepEqual(r.details[0].missed.map((m) => m.category), ['pushy-cta']);
    assert.deepEqual(r.details[0].falsePositives.map((x) => x.quote), ['Hi Ann,']);
  });

  it('selects odd and even ids', () => {
    const ids = [{ id: 'en-001' }, { id: 'en-002' }, { id: 'fr-013' }];
    assert.deepEqual(selectIds(ids, 'odd').map((x) => x.id), ['en-001', 'fr-013']);
    assert.deepEqual(selectIds(ids, 'even').map((x) => x.id), ['en-002']);
  });
});
