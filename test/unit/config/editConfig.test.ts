import * as assert from 'node:assert/strict';
import { addAcceptedPhrase, disableRuleInConfig, NEW_CONFIG_HEADER, phraseForAccept } from '../../../src/engine/config/editConfig';
import { parseConfig } from '../../../src/engine/config/parseConfig';

const TEAM = `# Acme sales team — reviewed by Priya every quarter
packs: [builtin:en, builtin:fr, ./playbook/acme.yaml]  # the playbook

accept:
  - Acme Routes   # our product
rules:
  no-asap:
    severity: error   # pushy in every channel
`;

describe('config: edits from the team quick fixes', () => {
  it('adds an accepted phrase, keeping every comment and the rest of the file', () => {
    const out = addAcceptedPhrase(TEAM, 'touch base');
    assert.equal(out, TEAM.replace('  - Acme Routes   # our product\n', '  - Acme Routes   # our product\n  - touch base\n'));
    assert.deepEqual(parseConfig(out, 'c').config?.accept.map((a) => a.phrase), ['Acme Routes', 'touch base']);
    assert.equal(addAcceptedPhrase(out, 'Touch Base'), out, 'once, case-insensitively');
  });

  it('creates the accept list, or the whole file', () => {
    const out = addAcceptedPhrase('packs: [builtin:all]\n', 'circle back');
    assert.equal(out, 'packs: [builtin:all]\naccept:\n  - circle back\n');
    assert.equal(addAcceptedPhrase('accept: [Acme Routes]  # ours\n', 'we, at Acme'), 'accept: [Acme Routes, "we, at Acme"]  # ours\n');
    assert.equal(addAcceptedPhrase('accept: []\n', 'x'), 'accept: ["x"]\n');
    assert.equal(addAcceptedPhrase('accept:\n', 'x'), 'accept: ["x"]\n');
    assert.equal(addAcceptedPhrase('accept: # none yet\nrules: {}\n', 'x'), 'accept: ["x"] # none yet\nrules: {}\n');
    assert.equal(addAcceptedPhrase('', 'circle back'), `${NEW_CONFIG_HEADER}accept:\n  - circle back\n`);
  });

  it('disables a rule: shorthand when new, enabled: false inside an existing override', () => {
    const out = disableRuleInConfig(TEAM, 'no-circle-back');
    assert.match(out, /^  no-circle-back: off$/m);
    assert.match(out, /# Acme sales team/);
    const asap = disableRuleInConfig(TEAM, 'no-asap');
    assert.match(asap, /no-asap:\n    severity: error   # pushy in every channel\n    enabled: false\n/);
    assert.equal(disableRuleInConfig(asap, 'no-asap'), asap);
    assert.equal(disableRuleInConfig('rules: { a: error }\n', 'b'), 'rules: { a: error, b: off }\n');
    assert.equal(disableRuleInConfig('rules: { a: { severity: info } }\n', 'a'), 'rules: { a: { severity: info, enabled: false } }\n');
    assert.equal(disableRuleInConfig('rules:\n  a: { enabled: true }\n', 'a'), 'rules:\n  a: { enabled: false }\n');
    assert.deepEqual(parseConfig(asap, 'c').config?.rules['no-asap'].enabled, false);
    assert.equal(disableRuleInConfig('', 'hype-words'), `${NEW_CONFIG_HEADER}rules:\n  hype-words: off\n`);
  });

  it('refuses to rewrite a config it cannot read', () => {
    assert.throws(() => addAcceptedPhrase('accept: [a\n', 'b'), /YAML errors/);
    assert.throws(() => addAcceptedPhrase('accept: yes\n', 'b'), /not a list/);
  });

  it('turns phrase-syntax operators in a finding into plain words', () => {
    assert.equal(phraseForAccept('Acme (beta) | Routes*'), 'Acme beta Routes*');
    assert.equal(phraseForAccept('best-in-class ~ *  results'), 'best-in-class results');
  });
});
