import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { analyzeDocument } from '../../../src/engine/analyze';
import { checkExamples } from '../../../src/engine/packs/checkExamples';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { loadTeamRuleSet } from '../../../src/node/loadTeamRuleSet';

const ROOT = join(__dirname, '../../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const README = read('README.md');
const EXAMPLE = 'examples/team-playbook';

/** The YAML block in README.md whose first line is `# <path>`. */
function readmeBlock(path: string): string | undefined {
  const m = new RegExp('```yaml\\n# ' + path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '\\n([\\s\\S]*?)```').exec(README);
  return m?.[1];
}

describe('README: "Share a playbook with your team" stays true', () => {
  it('shows the documented minimum and the worked example exactly as the files hold them', () => {
    assert.equal(readmeBlock('.unscripted.yaml'), read('test/fixtures/team/minimum/.unscripted.yaml'));
    assert.equal(readmeBlock('playbook/acme.yaml'), read('test/fixtures/team/minimum/playbook/acme.yaml'));
    for (const f of ['.unscripted.yaml', 'playbook/acme-en.yaml', 'playbook/acme-fr.yaml']) {
      assert.equal(readmeBlock(`${EXAMPLE}/${f}`), read(`${EXAMPLE}/${f}`), f);
    }
  });

  it('the documented minimum pack is the one the issue gives, word for word', () => {
    assert.match(read('test/fixtures/team/minimum/.unscripted.yaml'), /^packs: \[builtin:en, builtin:fr, \.\/playbook\/acme\.yaml\]\n$/);
    assert.match(read('test/fixtures/team/minimum/playbook/acme.yaml'), /pattern: "\\\\bASAP\\\\b"\n {4}message: "Urgency you invented reads as pressure\."\n$/);
  });

  it('the worked example loads without a single warning, its packs pass their own examples and the schema', () => {
    const team = loadTeamRuleSet({ startDir: join(ROOT, EXAMPLE), stopAt: join(ROOT, EXAMPLE), checkExamples: true });
    assert.deepEqual(team.errors, []);
    const sources = ['acme-en', 'acme-fr'].map((p) => ({ file: p, text: read(`${EXAMPLE}/playbook/${p}.yaml`) }));
    assert.deepEqual(checkExamples(sources, buildRuleSet(sources)).failures, []);
    const valid = new Ajv({ strict: true, strictRequired: false, allowUnionTypes: true }).compile(JSON.parse(read('schemas/pack.schema.json')));
    for (const s of sources) assert.ok(valid(parseYaml(s.text)), `${s.file}: ${JSON.stringify(valid.errors)}`);
  });

  it('the worked example does what the README says: accept, reject, stricter built-in, per-channel and per-language overrides', () => {
    const team = loadTeamRuleSet({ startDir: join(ROOT, EXAMPLE), stopAt: join(ROOT, EXAMPLE) });
    const ids = (text: string, channel: 'email' | 'linkedin-connection', lang: 'en' | 'fr') =>
      analyzeDocument(text, team.ruleSet, { channel, lang, mergeFindings: false }).drafts[0].findings.map((f) => `${f.ruleId}:${f.severity}`);
    const en = 'Hi Sam,\n\nI hope this email finds you well. Quick question: is Acme Routes on your list? Our platform gives you end-to-end visibility, ASAP.\n\nBest,\nLou\n';
    const email = ids(en, 'email', 'en');
    assert.ok(email.includes('hope-finds-you-well:error'), email.join(' '));
    assert.ok(email.includes('reject-quick-question:info'), email.join(' '));
    assert.ok(email.includes('acme-freight-jargon:info') && email.includes('acme-no-asap:warning'), email.join(' '));
    assert.ok(!ids(en, 'linkedin-connection', 'en').some((x) => x.startsWith('acme-freight-jargon')));
    assert.ok(!ids('Bonjour Léa,\n\nMerci de confirmer ASAP.\n\nLou\n', 'email', 'fr').some((x) => x.startsWith('acme-no-asap')));
  });
});

describe('config: an override naming no loaded rule', () => {
  it('is a warning at its line in the config', async () => {
    const { memoryReader } = await import('./memoryReader');
    const { resolveConfig } = await import('../../../src/engine/config/resolveConfig');
    const { buildTeamRuleSet } = await import('../../../src/engine/config/buildTeamRuleSet');
    const reader = memoryReader({
      '/ws/.unscripted.yaml': 'packs: [./acme.yaml]\nrules:\n  no-asap: error\n  no-circel-back: off\n',
      '/ws/acme.yaml': read('test/fixtures/team/minimum/playbook/acme.yaml'),
    });
    const t = buildTeamRuleSet(resolveConfig({ reader, builtinRoot: '/app/packs', startDir: '/ws' }), { reader });
    assert.deepEqual(t.errors.map((e) => [e.line, e.severity, e.message]), [[4, 'warning', 'rules.no-circel-back: no loaded pack has a rule with this id']]);
  });
});
