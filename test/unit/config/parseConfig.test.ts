import * as assert from 'node:assert/strict';
import { parseConfig, splitPin } from '../../../src/engine/config/parseConfig';

const F = '/ws/.unscripted.yaml';

describe('config: parseConfig', () => {
  it('reads the documented minimum', () => {
    const { config, errors } = parseConfig('packs: [builtin:en, builtin:fr, ./playbook/acme.yaml]\n', F);
    assert.deepEqual(errors, []);
    assert.deepEqual(config?.packs?.map((p) => p.ref), ['builtin:en', 'builtin:fr', './playbook/acme.yaml']);
    assert.equal(config?.packs?.[2].pos.line, 1);
  });

  it('treats an empty file as an empty config', () => {
    const { config, errors } = parseConfig('# nothing yet\n', F);
    assert.deepEqual(errors, []);
    assert.equal(config?.packs, undefined);
  });

  it('splits pins and keeps npm scopes', () => {
    assert.deepEqual(splitPin('./playbook/acme.yaml@1.2.0'), { ref: './playbook/acme.yaml', pin: '1.2.0' });
    assert.deepEqual(splitPin('npm:@acme/unscripted-pack'), { ref: 'npm:@acme/unscripted-pack' });
    assert.deepEqual(splitPin('npm:@acme/unscripted-pack@^2.1'), { ref: 'npm:@acme/unscripted-pack', pin: '^2.1' });
    assert.deepEqual(splitPin('./team@home/pack.yaml'), { ref: './team@home/pack.yaml' });
  });

  it('reports bad YAML at its line', () => {
    const { config, errors } = parseConfig('packs:\n  - builtin:en\naccept: [Acme Cloud\nreject: []\n', F);
    assert.equal(config, undefined);
    assert.equal(errors[0].file, F);
    assert.ok(errors[0].line >= 3, `line ${errors[0].line}`);
    assert.match(errors[0].message, /^YAML:/);
  });

  it('reports an unknown field at its line and column, keeping the rest', () => {
    const { config, errors } = parseConfig('packs: [builtin:en]\n\npakcs: [./x.yaml]\n', F);
    assert.equal(errors.length, 1);
    assert.deepEqual([errors[0].line, errors[0].col, errors[0].severity], [3, 1, 'error']);
    assert.match(errors[0].message, /unknown config field "pakcs"/);
    assert.deepEqual(config?.packs?.map((p) => p.ref), ['builtin:en']);
  });

  it('reads rule overrides: shorthand, severity, weight, per channel and per language', () => {
    const text = [
      'rules:',
      '  no-circle-back: off',
      '  no-asap:',
      '    severity: error',
      '    weight: 12',
      '    channels:',
      '      linkedin-connection: { enabled: false }',
      '    langs:',
      '      fr: info',
    ].join('\n');
    const { config, errors } = parseConfig(text, F);
    assert.deepEqual(errors, []);
    assert.deepEqual(config?.rules['no-circle-back'].enabled, false);
    const { pos, ...asap } = config!.rules['no-asap'];
    assert.deepEqual(asap, { severity: 'error', weight: 12, channels: { 'linkedin-connection': { enabled: false } }, langs: { fr: { severity: 'info' } } });
    assert.equal(pos?.line, 3);
  });

  it('reports bad overrides at the offending line', () => {
    const text = [
      'rules:',
      '  no-asap:',
      '    severity: loud',
      '    channels:',
      '      twitter: off',
      '    colour: red',
      '  no-circle-back: maybe',
    ].join('\n');
    const { errors } = parseConfig(text, F);
    const lines = errors.map((e) => [e.line, e.message.replace(/ \(.*/, '')]);
    assert.deepEqual(lines, [
      [3, 'rules.no-asap: unknown severity "loud"'],
      [6, 'rules.no-asap: unknown override field "colour"'],
      [5, 'rules.no-asap: unknown channel "twitter"'],
      [7, 'rules.no-circle-back: expected off, on, error, warning, info, hint or a mapping, got "maybe"'],
    ]);
  });

  it('reads accept and reject, strings or mappings', () => {
    const text = [
      'accept: ["Acme Synergy Cloud", "touch base"]',
      'reject:',
      '  - "low-hanging fruit"',
      '  - phrase: "per my last (email|message)"',
      '    message: "Passive-aggressive: restate the point instead."',
      '    severity: error',
      '  - phrase: "move the needle"',
      '    tone: rude',
    ].join('\n');
    const { config, errors } = parseConfig(text, F);
    assert.deepEqual(config?.accept.map((a) => a.phrase), ['Acme Synergy Cloud', 'touch base']);
    assert.deepEqual(config?.reject.map((r) => [r.phrase, r.severity, r.pos?.line]), [
      ['low-hanging fruit', undefined, 3],
      ['per my last (email|message)', 'error', 4],
    ]);
    assert.deepEqual(errors.map((e) => [e.line, e.message.replace(/ \(.*/, '')]), [[8, 'unknown reject field "tone"']]);
  });

  it('rejects a non-mapping config and wrong value types', () => {
    assert.match(parseConfig('- builtin:en\n', F).errors[0].message, /must be a YAML mapping/);
    const { errors } = parseConfig('root: yes\npacks: { en: true }\naccept: [12]\n', F);
    assert.deepEqual(errors.map((e) => e.line), [1, 2, 3]);
  });
});
