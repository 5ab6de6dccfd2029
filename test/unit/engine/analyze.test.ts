import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/engine/analyze';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { starterSources } from './fixturePacks';

describe('engine/analyze', () => {
  const ruleSet = buildRuleSet(starterSources());

  it('loads the starter packs without errors', () => {
    assert.deepEqual(ruleSet.errors, []);
  });

  it('flags a scripted English email and scores it low', () => {
    const text = 'Hi {{first_name}},\n\nI hope this email finds you well! We help companies like yours grow faster. Do you have 15 minutes on Thursday?\n\nBest,\nTyler\nAcme Corp';
    const [draft] = analyzeDocument(text, ruleSet, { lang: 'en' }).drafts;
    const ids = draft.findings.map((f) => f.ruleId);
    for (const id of ['t-merge-tag', 't-hope-well', 't-generic', 't-quick-call']) assert.ok(ids.includes(id), `${id} in ${ids.join(',')}`);
    for (const f of draft.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
    const tag = draft.findings.find((f) => f.ruleId === 't-merge-tag')!;
    assert.equal(text.slice(tag.start, tag.end), '{{first_name}}');
    assert.ok(draft.score.value <= 40, `score ${draft.score.value}`);
    assert.equal(draft.findings.find((f) => f.ruleId === 't-hope-well')!.source?.file, 'test/fixtures/packs/en-starter.yaml');
  });

  it('scores a specific note higher than a template', () => {
    const good = 'Hi Priya,\n\nYour talk at SaaStr Europa on metering made me rethink our March invoices. How do you handle disputes on usage spikes today?\n\nBest,\nSam';
    const bad = 'Hi there,\n\nI hope this email finds you well. We help companies like yours grow faster. Do you have 15 minutes for a quick call?\n\nBest,\nSam';
    const g = analyzeDocument(good, ruleSet, { lang: 'en' }).drafts[0].score.value;
    const b = analyzeDocument(bad, ruleSet, { lang: 'en' }).drafts[0].score.value;
    assert.ok(g > b + 20, `${g} vs ${b}`);
  });

  it('picks messages in the UI language, then the draft language', () => {
    const text = 'Bonjour,\n\nJe me permets de vous contacter au sujet de vos entrepôts.';
    const fr = analyzeDocument(text, ruleSet, { lang: 'fr' }).drafts[0].findings.find((f) => f.ruleId === 't-fr-permets')!;
    const en = analyzeDocument(text, ruleSet, { lang: 'fr', uiLang: 'en' }).drafts[0].findings.find((f) => f.ruleId === 't-fr-permets')!;
    assert.equal(fr.message, "Une formule d'entrée toute faite.");
    assert.equal(en.message, 'A stock French opener.');
  });

  it('runs only the rules of the draft language', () => {
    const text = 'Hello,\n\nI hope this email finds you well.';
    const fr = analyzeDocument(text, ruleSet, { lang: 'fr' }).drafts[0];
    assert.ok(!fr.findings.some((f) => f.ruleId === 't-hope-well'));
  });
});
