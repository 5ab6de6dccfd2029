import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import {
  AUTHENTIC_CATEGORIES, CHANNELS, LANGS, RULE_KINDS, SCRIPTED_CATEGORIES, SEVERITIES,
  type PackDef, type RuleDef, type SegmentKind,
} from '../../../src/engine/types';
import { CONFIG_KEYS, REJECT_KEYS, RULE_OVERRIDE_KEYS, RULE_TWEAK_KEYS } from '../../../src/engine/config/configTypes';
import { parseConfig } from '../../../src/engine/config/parseConfig';
import { PACK_FIELDS, RULE_FIELDS, SEGMENT_KINDS } from '../../../src/engine/packs/knownValues';
import { DETECTORS } from '../../../src/engine/detectors/index';

/** Compile-time check that a key list names every field of T and nothing else (a new field breaks the build). */
type ExactKeys<K extends readonly string[], T> = [Exclude<keyof T, K[number]>] extends [never]
  ? [Exclude<K[number], keyof T>] extends [never] ? true : false
  : false;
const RULE_DEF_KEYS = [
  'id', 'kind', 'category', 'severity', 'weight', 'message', 'why', 'buyerHears', 'instead', 'suggestions', 'phrases',
  'pattern', 'flags', 'detector', 'params', 'channels', 'segments', 'link', 'examples', 'enabled',
] as const;
const PACK_DEF_KEYS = ['id', 'version', 'lang', 'name', 'description', 'rules'] as const;
const SEGMENT_KEYS = ['frontmatter', 'subject', 'greeting', 'opener', 'body', 'ask', 'signoff', 'ps', 'signature', 'quoted'] as const;
const ruleKeysExact: ExactKeys<typeof RULE_DEF_KEYS, RuleDef> = true;
const packKeysExact: ExactKeys<typeof PACK_DEF_KEYS, PackDef> = true;
const segmentsExact: ExactKeys<typeof SEGMENT_KEYS, Record<SegmentKind, 1>> = true;

const ROOT = join(__dirname, '../../../..');
type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const load = (name: string): Schema => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8')) as Schema;
const packSchema = load('pack.schema.json');
const configSchema = load('config.schema.json');
const sorted = (xs: readonly unknown[]) => [...xs].map(String).sort();
const props = (s: Schema) => sorted(Object.keys(s.properties).filter((k) => k !== '$schema'));

describe('schemas stay in step with the TypeScript types', () => {
  it('pack schema: fields of PackDef and RuleDef', () => {
    assert.ok(ruleKeysExact && packKeysExact && segmentsExact);
    assert.deepEqual(props(packSchema), sorted(PACK_DEF_KEYS));
    assert.deepEqual(props(packSchema.definitions.rule), sorted(RULE_DEF_KEYS));
    // …and with the field lists the pack parser accepts.
    assert.deepEqual(sorted(Object.keys(packSchema.properties)), sorted(PACK_FIELDS));
    assert.deepEqual(props(packSchema.definitions.rule), sorted(RULE_FIELDS));
    assert.deepEqual(sorted(SEGMENT_KINDS), sorted(SEGMENT_KEYS));
  });

  it('pack schema: enums match the runtime arrays', () => {
    const rule = packSchema.definitions.rule.properties;
    assert.deepEqual(sorted(rule.kind.enum), sorted(RULE_KINDS));
    assert.deepEqual(sorted(rule.category.enum), sorted([...SCRIPTED_CATEGORIES, ...AUTHENTIC_CATEGORIES]));
    assert.deepEqual(sorted(rule.severity.enum), sorted(SEVERITIES));
    assert.deepEqual(sorted(rule.channels.items.enum), sorted(CHANNELS));
    assert.deepEqual(sorted(rule.segments.items.enum), sorted(SEGMENT_KEYS));
    assert.deepEqual(sorted(packSchema.properties.lang.enum), sorted([...LANGS, 'any']));
    assert.deepEqual(sorted(rule.detector.enum), sorted(Object.keys(DETECTORS)));
  });

  it('config schema: fields and enums match the config types', () => {
    const defs = configSchema.definitions;
    assert.deepEqual(sorted(Object.keys(configSchema.properties)), sorted(CONFIG_KEYS));
    const override = defs.override.oneOf[1].properties;
    assert.deepEqual(sorted(Object.keys(override)), sorted(RULE_OVERRIDE_KEYS));
    assert.deepEqual(sorted(Object.keys(defs.tweak.oneOf[1].properties)), sorted(RULE_TWEAK_KEYS));
    assert.deepEqual(sorted(Object.keys(override.channels.properties)), sorted(CHANNELS));
    assert.deepEqual(sorted(Object.keys(override.langs.properties)), sorted(LANGS));
    assert.deepEqual(sorted(override.severity.enum), sorted(SEVERITIES));
    assert.deepEqual(sorted(Object.keys(configSchema.properties.reject.items.oneOf[1].properties)), sorted(REJECT_KEYS));
  });
});

describe('schemas are wired in package.json', () => {
  it('every jsonValidation/yamlValidation url names an existing schema', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: Record<string, { url: string; fileMatch: string[] }[]> };
    const entries = [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation];
    assert.deepEqual(sorted([...new Set(entries.map((e) => e.url))]), ['./schemas/config.schema.json', './schemas/pack.schema.json']);
    assert.ok(manifest.contributes.yamlValidation.some((e) => e.fileMatch.includes('.unscripted.yaml') && e.url.endsWith('config.schema.json')));
  });
});

describe('schemas agree with the parsers', () => {
  // strictRequired off: `if/then` blocks name required fields declared beside them, as draft-07 intends.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  let validConfig: ReturnType<typeof ajv.compile>;
  let validPack: ReturnType<typeof ajv.compile>;
  before(() => {
    validConfig = ajv.compile(configSchema);
    validPack = ajv.compile(packSchema);
  });
  const F = '/ws/.unscripted.yaml';

  const configs: [string, string][] = [
    ['minimum', 'packs: [builtin:en, builtin:fr, ./playbook/acme.yaml]'],
    ['one pack as a string', 'packs: ./team.yaml@1.2.0\nextends: npm:@acme/unscripted-config'],
    ['overrides', 'rules:\n  a: off\n  b: error\n  c: { severity: info, weight: 3, channels: { inmail: off }, langs: { fr: { enabled: false } } }'],
    ['vocabulary', 'root: true\naccept: [Acme Cloud]\nreject: ["per my last email", { phrase: "ASAP", severity: error, category: false-urgency }]'],
    ['unknown key', 'pakcs: [builtin:en]'],
    ['unknown channel', 'rules: { a: { channels: { fax: off } } }'],
    ['bad shorthand', 'rules: { a: loud }'],
    ['bad weight', 'rules: { a: { weight: -1 } }'],
    ['reject without phrase', 'reject: [{ message: hi }]'],
    ['root not boolean', 'root: "yes"'],
  ];
  const VALID_CONFIGS = 4; // the first four are valid, the rest each break one rule
  for (const [name, text] of configs) {
    it(`config "${name}": schema and parseConfig give the same verdict`, () => {
      const byParser = parseConfig(text, F).errors.length === 0;
      const bySchema = validConfig(parseYaml(text) ?? {});
      assert.equal(bySchema, byParser, JSON.stringify(validConfig.errors));
      assert.equal(byParser, configs.indexOf(configs.find((c) => c[0] === name)!) < VALID_CONFIGS);
    });
  }

  it('the documented minimum pack and every built-in pack validate', () => {
    const packsDir = join(ROOT, 'packs');
    const builtins = ['en', 'fr'].flatMap((l) => readdirSync(join(packsDir, l)).filter((f) => f.endsWith('.yaml')).map((f) => join(packsDir, l, f)));
    const files = [join(ROOT, 'test/fixtures/team/minimum/playbook/acme.yaml'), ...builtins];
    assert.ok(builtins.length >= 20);
    for (const file of files) assert.ok(validPack(parseYaml(readFileSync(file, 'utf8'))), `${file}: ${JSON.stringify(validPack.errors)}`);
  });

  it('the pack schema rejects what the pack format forbids', () => {
    const base = { id: 'p', lang: 'en', rules: [{ id: 'r', kind: 'phrase', category: 'filler', severity: 'warning', message: 'm', phrases: ['x'] }] };
    assert.ok(validPack(base));
    const bad = (patch: Record<string, unknown>) => ({ ...base, rules: [{ ...base.rules[0], ...patch }] });
    assert.ok(!validPack(bad({ colour: 'red' })), 'unknown rule field');
    assert.ok(!validPack(bad({ kind: 'pattern' })), 'pattern rule without pattern');
    assert.ok(!validPack(bad({ id: 'Not Kebab' })), 'id not kebab-case');
    assert.ok(!validPack(bad({ message: { de: 'x' } })), 'unknown message language');
    assert.ok(!validPack({ ...base, lang: 'de' }), 'unknown pack lang');
  });
});
