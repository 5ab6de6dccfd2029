import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyze';
import { buildRuleSet, type RuleSetOptions } from '../../../src/engine/ruleSet';
import type { Channel } from '../../../src/engine/types';

const ROOT = join(__dirname, '../../../..');
const ACME = join(ROOT, 'test/fixtures/team/minimum/playbook/acme.yaml');
const DRAFT = 'Hi Dana,\n\nPlease send the dock schedule ASAP so we can plan Thursday.\n';

function asap(channel: Channel, options: RuleSetOptions) {
  const ruleSet = buildRuleSet([{ file: ACME, text: readFileSync(ACME, 'utf8') }], options);
  const draft = analyzeDocument(DRAFT, ruleSet, { lang: 'en', channel }).drafts[0];
  return draft.findings.filter((f) => f.ruleId === 'no-asap').map((f) => [f.severity, f.weight]);
}

describe('engine: per-channel and per-language rule overrides', () => {
  it('fires with the pack severity when nothing overrides it', () => {
    assert.deepEqual(asap('email', {}).map((x) => x[0]), ['warning']);
  });

  it('disables a rule for one channel only', () => {
    const overrides = { 'no-asap': { severity: 'error' as const, channels: { 'linkedin-connection': { enabled: false } } } };
    assert.deepEqual(asap('linkedin-connection', { overrides }), []);
    assert.deepEqual(asap('email', { overrides }).map((x) => x[0]), ['error']);
  });

  it('re-grades and re-weights per language; the channel wins over the language', () => {
    const overrides = { 'no-asap': { weight: 9, langs: { en: { severity: 'info' as const, weight: 2 } }, channels: { inmail: { severity: 'hint' as const } } } };
    assert.deepEqual(asap('email', { overrides }), [['info', 2]]);
    assert.deepEqual(asap('inmail', { overrides }), [['hint', 2]]);
  });

  it('a rule disabled everywhere but one channel still runs there', () => {
    const overrides = { 'no-asap': { enabled: false, channels: { inmail: { enabled: true } } } };
    assert.deepEqual(asap('email', { overrides }), []);
    assert.deepEqual(asap('inmail', { overrides }).length, 1);
  });

  it('the weight override moves the score', () => {
    const ruleSet = (weight: number) => buildRuleSet([{ file: ACME, text: readFileSync(ACME, 'utf8') }], { overrides: { 'no-asap': { langs: { en: { weight } } } } });
    const score = (weight: number) => analyzeDocument(DRAFT, ruleSet(weight), { lang: 'en', channel: 'email' }).drafts[0].score.value;
    assert.ok(score(20) < score(1), `${score(20)} < ${score(1)}`);
  });
});
