import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/engine/analyze';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { loadBuiltinRuleSet, type PackReader } from '../../../src/engine/builtinPacks';
import { starterSources } from './fixturePacks';

const ids = (text: string, rs: ReturnType<typeof buildRuleSet>): string[] =>
  analyzeDocument(text, rs, { lang: 'en' }).drafts[0].findings.map((f) => f.ruleId);

describe('engine/ruleSet options', () => {
  it('accept drops scripted findings on accepted phrases; reject flags phrases', () => {
    const text = 'Hi,\n\nOur growthbox platform helps companies like yours. Let me circle back on Friday.';
    assert.ok(ids(text, buildRuleSet(starterSources())).includes('t-generic'));
    const rs = buildRuleSet(starterSources(), { accept: ['growthbox'], reject: ['circl~ back'], rejectCategory: 'jargon-buzzword' });
    const got = analyzeDocument(text, rs, { lang: 'en' }).drafts[0].findings;
    assert.ok(!got.some((f) => f.ruleId === 't-generic'));
    const reject = got.find((f) => f.ruleId === 'vocab-reject')!;
    assert.equal(text.slice(reject.start, reject.end), 'circle back');
    assert.equal(reject.category, 'jargon-buzzword');
  });

  it('overrides disable rules and change severity and weight', () => {
    const text = 'Hi,\n\nI hope this email finds you well.';
    assert.ok(!ids(text, buildRuleSet(starterSources(), { overrides: { 't-hope-well': { enabled: false } } })).includes('t-hope-well'));
    const rs = buildRuleSet(starterSources(), { overrides: { 't-hope-well': { severity: 'error', weight: 3 } } });
    const f = analyzeDocument(text, rs, { lang: 'en' }).drafts[0].findings.find((x) => x.ruleId === 't-hope-well')!;
    assert.equal(f.severity, 'error');
    assert.equal(f.weight, 3);
  });

  it('honours suppressions by rule id and for all rules', () => {
    const rs = buildRuleSet(starterSources());
    const [draft] = analyzeDocument('Hi,\n\nI hope this email finds you well.\nPlease reply ASAP.', rs, { lang: 'en' }).drafts;
    const { analyzeDraft } = require('../../../src/engine/analyze') as typeof import('../../../src/engine/analyze');
    const one = analyzeDraft({ ...draft.draft, suppressions: [{ start: 0, end: 0, scope: 'line', ruleIds: ['t-hope-well'], targetLine: 2 }] }, rs);
    assert.ok(!one.findings.some((f) => f.ruleId === 't-hope-well') && one.findings.some((f) => f.ruleId === 't-asap'));
    const all = analyzeDraft({ ...draft.draft, suppressions: [{ start: 0, end: 0, scope: 'file', ruleIds: [], targetLine: -1 }] }, rs);
    assert.equal(all.findings.length, 0);
  });

  it('loadBuiltinRuleSet reads packs through the reader', () => {
    const files: Record<string, string> = Object.fromEntries(starterSources().map((s) => [s.file.replace('test/fixtures/packs/', 'root/en/'), s.text]));
    const reader: PackReader = {
      listYaml: (dir) => { if (dir !== 'root/en') throw new Error('ENOENT'); return Object.keys(files); },
      read: (p) => files[p],
    };
    const rs = loadBuiltinRuleSet(reader, 'root/');
    assert.deepEqual(rs.errors, []);
    assert.ok(rs.rules.length > 5 && rs.rules.every((r) => r.builtin && r.file.startsWith('root/en/')));
  });
});
