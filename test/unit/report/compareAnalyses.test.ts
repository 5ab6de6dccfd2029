import * as assert from 'node:assert/strict';
import { compareAnalyses } from '../../../src/report/compareAnalyses';
import { draftAnalysis, findingOn } from './analysisFixture';

const BAD = 'I hope this email finds you well. Just checking in. I hope you are doing well.';
const GOOD = 'Your post on the Lyon depot said pickers lose an hour a day. How do you plan routes today?';

const bad = draftAnalysis(BAD, [
  findingOn(BAD, 'I hope this email finds you well', 'cliche-opener'),
  findingOn(BAD, 'I hope you are doing well', 'cliche-opener'),
  findingOn(BAD, 'Just checking in', 'filler'),
], 31);
const good = draftAnalysis(GOOD, [
  findingOn(GOOD, 'Your post on the Lyon depot', 'specific-reference'),
  findingOn(GOOD, 'How do you plan routes today?', 'genuine-question'),
], 74);

describe('compareAnalyses', () => {
  it('explains the change per category with signed counts and the score move (EN)', () => {
    const c = compareAnalyses(bad, good, 'en');
    assert.equal(c.scoreDelta, 43);
    assert.equal(c.summary, '\u22122 scripted openers, \u22121 filler phrase, +1 genuine question, +1 specific reference: 31 \u2192 74');
  });

  it('speaks French with French typography', () => {
    const c = compareAnalyses(bad, good, 'fr');
    assert.ok(c.summary.startsWith('\u22122 accroches toutes faites, \u22121 formule creuse'), c.summary);
    assert.ok(c.summary.endsWith('+1 référence précise\u00a0: 31 \u2192 74'), c.summary);
  });

  it('lists removed and added findings, matching by rule and text', () => {
    const c = compareAnalyses(bad, good, 'en');
    assert.deepEqual(c.removed.map((f) => BAD.slice(f.start, f.end)), [
      'I hope this email finds you well', 'Just checking in', 'I hope you are doing well',
    ]);
    assert.deepEqual(c.added.map((f) => f.category), ['specific-reference', 'genuine-question']);
  });

  it('keeps a finding that survives an edit out of removed/added even when it moved', () => {
    const edited = 'Hello Sam. ' + BAD;
    const after = draftAnalysis(edited, [
      findingOn(edited, 'I hope this email finds you well', 'cliche-opener'),
      findingOn(edited, 'I hope you are doing well', 'cliche-opener'),
    ], 40);
    const c = compareAnalyses(bad, after, 'en');
    assert.deepEqual(c.removed.map((f) => f.category), ['filler']);
    assert.deepEqual(c.added, []);
    assert.equal(c.summary, '\u22121 filler phrase: 31 \u2192 40');
  });

  it('says when nothing changed', () => {
    assert.equal(compareAnalyses(bad, bad, 'en').summary, 'Same findings: 31 \u2192 31');
    assert.equal(compareAnalyses(bad, bad, 'fr').summary, 'Mêmes constats\u00a0: 31 \u2192 31');
  });
});
