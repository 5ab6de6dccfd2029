import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { gapBreaks, mergeFindings } from '../../../src/engine/findings/mergeFindings';
import type { Category, Finding, FindingKind } from '../../../src/engine/types';

function at(text: string, quote: string, category: Category, ruleId: string, kind: FindingKind = 'scripted', weight = 6): Finding {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, quote);
  return {
    start, end: start + quote.length, ruleId, packId: 'p', kind, category, severity: 'warning', message: ruleId,
    suggestions: [{ label: 'Remove', replacement: '', start, end: start + quote.length }], segment: 'body', weight,
  };
}
const quotes = (text: string, fs: Finding[]): string[] => fs.map((f) => text.slice(f.start, f.end));

describe('engine/mergeFindings', () => {
  it('merges findings of one category a few words apart in one sentence', () => {
    const text = 'We leverage cutting-edge AI to drive synergies. Then we stop.';
    const fs = [at(text, 'leverage', 'jargon-buzzword', 'j'), at(text, 'cutting-edge', 'jargon-buzzword', 'j2'), at(text, 'drive synergies', 'jargon-buzzword', 'j')];
    assert.deepEqual(quotes(text, mergeFindings(text, fs)), ['leverage cutting-edge AI to drive synergies']);
  });

  it('keeps findings apart across a sentence end, a blank line or a long gap', () => {
    const text = 'We leverage it. Synergies follow.\n\nSynergies again, and after a very long stretch of perfectly ordinary words: synergies.';
    const fs = [at(text, 'leverage', 'jargon-buzzword', 'j'), at(text, 'Synergies follow', 'jargon-buzzword', 'j'),
      at(text, 'Synergies again', 'jargon-buzzword', 'j'), at(text, 'synergies.', 'jargon-buzzword', 'j')];
    assert.equal(mergeFindings(text, fs).length, 4);
  });

  it('merges consecutive bullet lines of one category', () => {
    const text = 'Why us:\n• 95% accuracy\n• Trusted by 500+ banks';
    const fs = [at(text, '95% accuracy', 'hype', 'h'), at(text, 'Trusted by 500+ banks', 'hype', 'h')];
    assert.deepEqual(quotes(text, mergeFindings(text, fs)), ['95% accuracy\n• Trusted by 500+ banks']);
  });

  it('folds a finding mostly inside another one, keeping the heavier rule and both suggestions', () => {
    const text = 'We help companies like yours grow faster.';
    const outer = at(text, 'We help companies like yours grow faster.', 'generic-value-prop', 'g', 'scripted', 8);
    const inner = at(text, 'companies like yours', 'generic-value-prop', 'c', 'scripted', 4);
    const [m, ...rest] = mergeFindings(text, [inner, outer]);
    assert.equal(rest.length, 0);
    assert.equal(m.ruleId, 'g');
    assert.equal(text.slice(m.start, m.end), text);
    assert.equal(m.suggestions.length, 2);
  });

  it('never merges merge tags, structure findings, or scripted with authentic', () => {
    const text = 'Hi {{first_name}}, your post on pricing was great.';
    const tag = at(text, '{{first_name}}', 'merge-tag', 'tag');
    const ref = at(text, 'your post on pricing', 'specific-reference', 'ref', 'authentic');
    const opener = at(text, 'Hi {{first_name}},', 'cliche-opener', 'o');
    const out = mergeFindings(text, [tag, ref, opener]);
    assert.equal(out.length, 3);
    assert.deepEqual(out.map((f) => f.ruleId), ['o', 'tag', 'ref']);
  });

  it('drops a signal that sits inside a scripted phrase, keeps one beside it', () => {
    const text = 'Our clients see 3x pipeline growth in 90 days. Your Leeds depot ships 400 orders a day.';
    const hype = at(text, '3x pipeline growth in 90 days', 'hype', 'h');
    const inside = at(text, 'Our clients see 3x pipeline growth in 90 days.', 'concrete-detail', 'cd', 'authentic');
    const beside = at(text, 'Your Leeds depot ships 400 orders a day.', 'concrete-detail', 'cd', 'authentic');
    assert.deepEqual(quotes(text, mergeFindings(text, [inside, hype, beside])), ['3x pipeline growth in 90 days', 'Your Leeds depot ships 400 orders a day.']);
  });

  it('gapBreaks agrees with the sentence-end / blank-line regex it replaced', () => {
    const oracle = /[.!?…](?:\s|$)|\n[ \t\u00a0]*\n/;
    const unit = fc.constantFrom('.', '!', '?', '…', '\n', '\r', ' ', '\t', '\u00a0', '\u202f', '\u2028', '\ufeff', 'a', 'é', ',', '\u000b');
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), fc.nat(3), (chars, pad) => {
      const gap = chars.join('');
      const text = 'x'.repeat(pad) + gap + 'yz';
      assert.equal(gapBreaks(text, pad, pad + gap.length), oracle.test(gap), JSON.stringify(gap));
    }), { numRuns: 5000 });
  });
});
