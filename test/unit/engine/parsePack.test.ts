import * as assert from 'node:assert/strict';
import { parsePack } from '../../../src/engine/packs/parsePack';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { analyzeDocument } from '../../../src/engine/analyze';

const header = 'id: broken\nlang: en\nrules:\n';
const good = `  - id: ok-rule
    kind: phrase
    category: filler
    severity: warning
    phrases: ["circle back"]
    message: "Say what you will do."
`;

function errorFor(yaml: string, ruleId?: string) {
  const { errors } = parsePack(yaml, 'team/broken.yaml');
  const e = errors.find((x) => x.severity === 'error' && (ruleId === undefined || x.ruleId === ruleId));
  assert.ok(e, `expected an error in ${JSON.stringify(errors)}`);
  assert.equal(e.file, 'team/broken.yaml');
  return e;
}

describe('engine/packs/parsePack', () => {
  it('parses a valid pack and records rule lines', () => {
    const r = parsePack(header + good, 'a.yaml');
    assert.deepEqual(r.errors, []);
    assert.equal(r.pack?.rules.length, 1);
    assert.equal(r.ruleLines['ok-rule'], 4);
  });

  it('reports bad YAML with its line and skips the pack', () => {
    const r = parsePack('id: x\nlang: en\nrules:\n  - id: a\n    phrases: ["unclosed\n', 'bad.yaml');
    assert.equal(r.pack, undefined);
    assert.ok(r.errors.length > 0 && r.errors[0].line >= 5, JSON.stringify(r.errors));
    assert.match(r.errors[0].message, /^YAML/);
  });

  it('reports an unknown kind at its line and still loads the other rules', () => {
    const yaml = header + good + '  - id: bad-kind\n    kind: phrasal\n    category: filler\n    severity: warning\n    message: x\n';
    const e = errorFor(yaml, 'bad-kind');
    assert.equal(e.line, 11);
    assert.equal(e.col, 5);
    assert.match(e.message, /unknown kind "phrasal"/);
    assert.deepEqual(parsePack(yaml, 'x').pack?.rules.map((r) => r.id), ['ok-rule']);
  });

  it('reports an invalid regex', () => {
    const e = errorFor(header + '  - id: bad-re\n    kind: pattern\n    category: hype\n    severity: info\n    pattern: "(unclosed"\n    message: x\n', 'bad-re');
    assert.equal(e.line, 8);
    assert.match(e.message, /invalid regex/);
  });

  for (const pattern of ['(a+)+$', '(a|a)*b', '(.*)*x', '(\\\\w)\\\\1+', '((ab)*c)+', '(x|xy)+z', '(x\\\\w*)+$', '(?:-?a+)+$', 'a*a*a*b', '\\\\w+\\\\s*\\\\w+b', '.*.*=x']) {
    it(`rejects the dangerous regex ${pattern}`, () => {
      const e = errorFor(header + `  - id: evil\n    kind: pattern\n    category: hype\n    severity: info\n    pattern: "${pattern}"\n    message: x\n`, 'evil');
      assert.equal(e.line, 8);
      assert.match(e.message, /dangerous regex/);
    });
  }

  for (const pattern of ['\\\\bASAP\\\\b', '(?:foo|bar)+', '\\\\d+\\\\s?%', '[a-z]+(?:-[a-z]+)*', '\\\\w+(?:\\\\.\\\\w+)*@']) {
    it(`accepts the safe regex ${pattern}`, () => {
      const r = parsePack(header + `  - id: fine\n    kind: pattern\n    category: hype\n    severity: info\n    pattern: "${pattern}"\n    message: x\n`, 'a.yaml');
      assert.deepEqual(r.errors, []);
    });
  }

  it('reports a duplicate rule id within the pack at the second one', () => {
    const e = errorFor(header + good + good.replace('circle back', 'touch base'), 'ok-rule');
    assert.equal(e.line, 10);
    assert.match(e.message, /duplicate rule id/);
  });

  it('reports unknown rule fields, segments, channels and detectors', () => {
    assert.match(errorFor(header + good + '    colour: red\n', 'ok-rule').message, /unknown rule field "colour"/);
    assert.equal(errorFor(header + good + '    colour: red\n', 'ok-rule').line, 10);
    assert.match(errorFor(header + good + '    segments: [bodyy]\n').message, /unknown segment "bodyy"/);
    assert.match(errorFor(header + good + '    channels: [fax]\n').message, /unknown channel "fax"/);
    const det = header + '  - id: d\n    kind: metric\n    category: structure\n    severity: info\n    detector: nope\n    message: x\n';
    assert.match(errorFor(det, 'd').message, /unknown detector "nope"/);
    const param = det.replace('nope', 'word-count') + '    params: { maxx: 3 }\n';
    assert.match(errorFor(param, 'd').message, /unknown param "maxx"/);
  });

  it('reports missing required fields and the field the kind needs', () => {
    assert.match(errorFor(header + '  - id: m\n    kind: phrase\n    category: filler\n    severity: warning\n    message: x\n', 'm').message, /needs "phrases"/);
    assert.match(errorFor(header + '  - id: m\n    kind: phrase\n    category: filler\n    phrases: [a]\n    message: x\n', 'm').message, /"severity"/);
    assert.match(errorFor(header + '  - kind: phrase\n    category: filler\n    severity: info\n    phrases: [a]\n    message: x\n').message, /"id"/);
    assert.match(errorFor('lang: en\nrules: []\n').message, /pack field "id"/);
    assert.match(errorFor('id: x\nlang: en\nrules: []\ncolour: 1\n').message, /unknown pack field "colour"/);
  });

  it('accepts the documented minimum team pack (issue 4)', () => {
    const yaml = `id: acme
lang: en
rules:
  - id: no-circle-back
    kind: phrase
    category: filler
    severity: warning
    phrases: ["circle back"]
    message: "Say what you will actually do instead of circling back."
    examples:
      flagged: ["Let me circle back next week."]
      clean: ["I will send the pricing sheet on Tuesday."]
  - id: no-asap
    kind: pattern
    category: false-urgency
    severity: warning
    pattern: "\\\\bASAP\\\\b"
    message: "Urgency you invented reads as pressure."
`;
    const r = parsePack(yaml, 'playbook/acme.yaml');
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.pack?.rules.map((x) => x.id), ['no-circle-back', 'no-asap']);
  });
});

describe('engine/ruleSet malformed packs', () => {
  it('skips a broken pack, names file/line/rule, and keeps the others working', () => {
    const rs = buildRuleSet([
      { file: 'bad.yaml', text: 'id: bad\nlang: en\nrules:\n  - id: x\n   kind: [' },
      { file: 'ok.yaml', text: header.replace('broken', 'ok') + good },
      { file: 'evil.yaml', text: header.replace('broken', 'evil') + '  - id: evil\n    kind: pattern\n    category: hype\n    severity: info\n    pattern: "(a+)+$"\n    message: x\n' },
    ]);
    assert.ok(rs.errors.some((e) => e.file === 'bad.yaml'));
    const evil = rs.errors.find((e) => e.file === 'evil.yaml')!;
    assert.equal(evil.ruleId, 'evil');
    assert.equal(evil.line, 8);
    const a = analyzeDocument('Hi,\n\nLet me circle back next week.', rs, { lang: 'en' });
    assert.ok(a.drafts[0].findings.some((f) => f.ruleId === 'ok-rule'));
    assert.ok(a.packErrors.length >= 2);
  });

  it('reports a duplicate id across packs at the second pack', () => {
    const rs = buildRuleSet([{ file: 'a.yaml', text: header + good }, { file: 'b.yaml', text: header.replace('broken', 'other') + good }]);
    const e = rs.errors.find((x) => x.ruleId === 'ok-rule')!;
    assert.equal(e.file, 'b.yaml');
    assert.equal(e.line, 4);
    assert.equal(rs.rules.length, 1);
  });
});
