import * as assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { findPackageRoot, nodePackReader } from '../../../src/cli/nodePackReader';
import { parseDemoScenario, playDemoScenario } from '../../../src/demo/demoScenario';
import { loadDemoGallery } from '../../../src/demo/loadDemoGallery';

const dir = join(findPackageRoot(__dirname), 'media', 'demo');

describe('demo gallery (data)', () => {
  const { scenarios, errors } = loadDemoGallery(nodePackReader, dir);

  it('loads every scenario file without error, ids matching file names', () => {
    assert.deepEqual(errors, []);
    const files = nodePackReader.listYaml(dir).map((f) => basename(f, '.yaml')).sort();
    assert.deepEqual(scenarios.map((s) => s.id), files);
  });

  it('covers both languages and every outreach situation of the brief', () => {
    const has = (pred: (s: (typeof scenarios)[number]) => boolean) => scenarios.some(pred);
    assert.ok(has((s) => s.lang === 'en') && has((s) => s.lang === 'fr'));
    for (const channel of ['email', 'linkedin-connection', 'inmail'] as const) assert.ok(has((s) => s.channel === channel), channel);
    for (const id of ['cold-email', 'follow-up', 'relance-fr', 'gatekeeper']) assert.ok(has((s) => s.id.includes(id)), id);
  });

  it('replays each scenario from the bad draft to the good one, every step changing the text', () => {
    for (const s of scenarios) {
      const texts = playDemoScenario(s);
      assert.equal(texts[0], s.bad);
      assert.equal(texts[texts.length - 1], s.good);
      for (let i = 1; i < texts.length; i++) assert.notEqual(texts[i], texts[i - 1], `${s.id} step ${i}`);
    }
  });

  it('has trainer notes and step notes in both languages', () => {
    for (const s of scenarios) {
      assert.ok(s.notes.en.length > 40 && s.notes.fr.length > 40, s.id);
      for (const step of s.steps) assert.ok(step.note.en && step.note.fr && step.note.en !== step.note.fr, `${s.id}: ${step.find}`);
    }
  });
});

describe('parseDemoScenario', () => {
  const base = `id: t\nlang: en\nchannel: email\ntitle: T\nnotes: N\nbad: "a b c"\ngood: "a x c"\n`;

  it('accepts a scenario whose steps reach the good draft', () => {
    const s = parseDemoScenario(base + `steps:\n  - { find: "b", replace: "x", note: { en: e, fr: f } }\n`, 't.yaml');
    assert.deepEqual(playDemoScenario(s), ['a b c', 'a x c']);
  });

  it('names the file and step when a step does not apply or the end is not the good draft', () => {
    assert.throws(() => parseDemoScenario(base + `steps:\n  - { find: "z", replace: "x", note: n }\n`, 't.yaml'), /t\.yaml: step 1: "z" is not in the text/);
    assert.throws(() => parseDemoScenario(base.replace('"a b c"', '"b b"') + `steps:\n  - { find: "b", replace: "x", note: n }\n`, 't.yaml'), /occurs more than once/);
    assert.throws(() => parseDemoScenario(base + `steps:\n  - { find: "a", replace: "x", note: n }\n`, 't.yaml'), /do not end on the good draft/);
    assert.throws(() => parseDemoScenario(base.replace('channel: email', 'channel: fax') + 'steps: []\n', 't.yaml'), /channel must be/);
  });
});
