import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../src/engine/analyze';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { matchChunks } from '../../../src/engine/runners/patternGuard';
import { PATTERN_BUDGET_MS } from '../../../src/engine/runners/runPatternRules';
import { vmPatternGuard } from '../../../src/node/vmPatternGuard';

const rule = (id: string, pattern: string) => `  - id: ${id}
    kind: pattern
    category: filler
    severity: warning
    pattern: ${JSON.stringify(pattern)}
    message: "m"`;
const PACK = [
  'id: evil', 'lang: any', 'rules:',
  rule('nested-plus', '(a+)+$'),          // line 4: rejected before use
  rule('counted-optional', '^(a?){25}a{25}$'), // line 10: rejected before use
  rule('polynomial', '\\w*a\\w*a\\w*a\\w*a!'), // line 16: passes the static check, backtracks for minutes
  rule('asap', '\\bASAP\\b'),           // line 22: a normal rule keeps working
].join('\n');

describe('regex safety: catastrophic patterns from a team pack', () => {
  const ruleSet = buildRuleSet([{ file: 'team/evil.yaml', text: PACK }], { patternGuard: vmPatternGuard });

  it('rejects nested quantifiers before use, naming file, line and rule', () => {
    const errors = ruleSet.errors.filter((e) => e.severity === 'error').map((e) => [e.file, e.line, e.ruleId, e.message.split(':')[0]]);
    assert.deepEqual(errors, [
      ['team/evil.yaml', 8, 'nested-plus', 'dangerous regex (catastrophic backtracking risk)'],
      ['team/evil.yaml', 14, 'counted-optional', 'dangerous regex (catastrophic backtracking risk)'],
    ]);
    assert.deepEqual(ruleSet.rules.map((r) => r.def.id), ['polynomial', 'asap']);
  });

  it('a long adversarial line finishes: the guarded rule is stopped at its budget and reported', () => {
    const text = `Hi Sam,\n\nPlease reply ASAP. ${'a'.repeat(20000)}\n`;
    const started = process.hrtime.bigint();
    const analysis = analyzeDocument(text, ruleSet, { lang: 'en' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`      adversarial line (20,000 chars): analysed in ${ms.toFixed(1)} ms (budget ${PATTERN_BUDGET_MS} ms per rule per draft)`);
    const warnings = analysis.packErrors.filter((e) => e.ruleId === 'polynomial');
    assert.equal(warnings.length, 1);
    assert.deepEqual([warnings[0].file, warnings[0].line, warnings[0].severity], ['team/evil.yaml', 16, 'warning']);
    assert.match(warnings[0].message, /exceeded its \d+ ms budget/);
    assert.deepEqual(analysis.drafts[0].findings.filter((f) => f.ruleId === 'asap').map((f) => text.slice(f.start, f.end)), ['ASAP']);
  });

  it('the guard finds exactly what the direct loop finds on ordinary text (groups included)', () => {
    const text = 'Call me at 10:30, or 14:45 — or ASAP.\nSecond line 9:05';
    const chunks = [{ start: 0, end: 38 }, { start: 39, end: text.length }];
    const re = /(\d{1,2}):(\d{2})/gu;
    const direct = matchChunks(re, text, chunks, 1000).matches.map((m) => [m.index, ...m]);
    const guarded = vmPatternGuard.matchAll(re, text, chunks, 1000)!.map((m) => [m.index, ...m]);
    assert.deepEqual(guarded, direct);
    assert.equal(direct.length, 3);
  });
});
