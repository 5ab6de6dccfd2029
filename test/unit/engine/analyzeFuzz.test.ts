import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { analyzeDocument } from '../../../src/engine/analyze';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import type { DocumentAnalysis } from '../../../src/engine/types';
import { packSources, starterSources } from './fixturePacks';

const ruleSet = buildRuleSet([...starterSources(), ...packSources('packs', true)]);

function checkInvariants(text: string, a: DocumentAnalysis): void {
  for (const d of a.drafts) {
    assert.ok(d.score.value >= 0 && d.score.value <= 100);
    const lastEnd = new Map<string, number>();
    let prevStart = -1;
    for (const f of d.findings) {
      assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `${f.ruleId} ${f.start}-${f.end} / ${text.length}`);
      assert.ok(f.start >= prevStart, 'findings sorted');
      prevStart = f.start;
      const end = lastEnd.get(f.ruleId);
      assert.ok(end === undefined || f.start >= end, `${f.ruleId} overlaps itself`);
      lastEnd.set(f.ruleId, f.end);
    }
  }
}

const pieces = ['Hi {{first_name}},', 'I hope this email finds you well', ' ', '\u00a0', '\u202f', '\r\n', '\n\n', '{', '}', '[', ']', '<', '>', '%',
  '*|', '|*', '🚀', '👩🏽‍💻', 'e\u0301', 'שלום', 'مرحبا', '\u200f', "J'espère", 'j’', 'vous', 'tu', '?', '.', '!', 'Best,', 'Cordialement,',
  '---', '> quoted', 'XXX', '15 minutes', 'Lyon', '\ud83d', '\udc4d', 'reaching out', 'Comment faites-vous ?', '\t'];

describe('engine/analyze fuzz', () => {
  it('never throws and keeps offsets/sort/non-overlap on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      checkInvariants(text, analyzeDocument(text, ruleSet));
    }), { numRuns: 300 });
  });

  it('never throws on adversarial mixes (emoji, combining marks, RTL, NBSP, CRLF, lone surrogates, braces)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), fc.constantFrom('en', 'fr', undefined),
      (parts, lang) => {
        const text = parts.join('');
        checkInvariants(text, analyzeDocument(text, ruleSet, lang ? { lang: lang as 'en' | 'fr' } : {}));
      }), { numRuns: 300 });
  });

  it('handles a 1 MB single line', () => {
    const unit = 'I hope this email finds you well {{first_name}} 🚀 [Company] vous tu\u00a0';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const a = analyzeDocument(text, ruleSet, { lang: 'en' });
    checkInvariants(text, a);
    assert.ok(a.drafts[0].findings.length > 0);
  });
});

describe('engine/runners pattern safety', () => {
  it('a catastrophic pattern on a long adversarial line neither hangs nor throws', () => {
    const evil = 'id: evil\nlang: any\nrules:\n  - id: evil-nested\n    kind: pattern\n    category: hype\n    severity: info\n    pattern: "(a+)+$"\n    message: x\n' +
      '  - id: slow-but-legal\n    kind: pattern\n    category: hype\n    severity: info\n    pattern: "a.*b"\n    message: x\n';
    const rs = buildRuleSet([{ file: 'team/evil.yaml', text: evil }]);
    assert.ok(rs.errors.some((e) => e.ruleId === 'evil-nested' && /dangerous/.test(e.message)));
    const text = 'Hi,\n\n' + 'a'.repeat(200_000) + '!';
    const t0 = performance.now();
    const a = analyzeDocument(text, rs, { lang: 'en' });
    // Printed, not asserted (speed goals live in `npm run bench`).
    console.log(`      (a 200,000-character adversarial line with a team pack's slow pattern: ${(performance.now() - t0).toFixed(0)} ms wall)`);
    assert.equal(a.drafts[0].findings.filter((f) => f.ruleId === 'evil-nested').length, 0);
    const budget = a.packErrors.filter((e) => e.ruleId === 'slow-but-legal' && /budget/.test(e.message));
    assert.equal(budget.length, 1, JSON.stringify(a.packErrors));
  });

  it('built-in pattern rules have no time budget; team pack rules do', () => {
    const pack = (id: string) => `id: ${id}\nlang: any\nrules:\n  - id: ${id}-slow\n    kind: pattern\n    category: hype\n    severity: info\n    pattern: "a.*b"\n    message: x\n`;
    const rs = buildRuleSet([{ file: 'packs/en/slow.yaml', text: pack('builtin'), builtin: true }, { file: 'team/slow.yaml', text: pack('team') }]);
    const text = 'Hi,\n\n' + ('a'.repeat(900) + '\n').repeat(200) + 'a b';
    const a = analyzeDocument(text, rs, { lang: 'en' });
    assert.deepEqual(a.packErrors.map((e) => e.ruleId), ['team-slow']);
    assert.ok(a.drafts[0].findings.some((f) => f.ruleId === 'builtin-slow'));
  });

  it('skips pattern rules from non-built-in packs when patterns are not allowed', () => {
    const pack = 'id: team\nlang: en\nrules:\n  - id: asap\n    kind: pattern\n    category: false-urgency\n    severity: warning\n    pattern: "ASAP"\n    message: x\n';
    const untrusted = buildRuleSet([{ file: 'team.yaml', text: pack }], { allowPatterns: false });
    assert.equal(untrusted.rules.length, 0);
    assert.equal(untrusted.errors[0].severity, 'warning');
    assert.equal(buildRuleSet([{ file: 'b.yaml', text: pack, builtin: true }], { allowPatterns: false }).rules.length, 1);
  });
});
