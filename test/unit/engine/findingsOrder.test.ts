import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { dedupePerRule } from '../../../src/engine/findings/finalizeFindings';
import { mergeFindings } from '../../../src/engine/findings/mergeFindings';
import { sortByStartLongestFirst, sortFindings } from '../../../src/engine/findings/sortFindings';
import type { Category, Finding, Severity } from '../../../src/engine/types';
import { referenceCompare, referenceDedupe, referenceMerge } from '../reference/referenceFindings';

const TEXT = 'We leverage AI. Synergies follow, end-to-end!\n\n• 95% accuracy\n• Trusted by 500+ banks… ok? Then\u00a0more words here and there to pad it out, and more.';
const CATEGORIES: Category[] = ['jargon-buzzword', 'hype', 'merge-tag', 'structure', 'concrete-detail', 'specific-reference'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** Findings with many equal starts, ends, rules and weights, some empty, optional texts present or not. */
const finding = fc.record({
  start: fc.nat(TEXT.length), len: fc.integer({ min: -2, max: 40 }), rule: fc.constantFrom('a', 'b', 'c', 'B', 'ab'),
  category: fc.constantFrom(...CATEGORIES), authentic: fc.boolean(), weight: fc.constantFrom(4, 6, 8, 7.5),
  severity: fc.constantFrom(...SEVERITIES), suggestions: fc.nat(7), why: fc.boolean(), docs: fc.boolean(), tag: fc.nat(1000),
}).map((r): Finding => {
  const end = Math.max(0, r.start + r.len);
  const f: Finding = {
    start: r.start, end, ruleId: r.rule, packId: 'p', kind: r.authentic ? 'authentic' : 'scripted', category: r.category, severity: r.severity,
    message: `m${r.tag}`, suggestions: Array.from({ length: r.suggestions }, (_, k) => ({ label: `l${r.tag}.${k}`, replacement: '', start: r.start, end })),
    segment: 'body', weight: r.weight, source: { file: 'f', line: r.tag },
  };
  if (r.why) f.why = `why ${r.tag}`;
  if (r.docs) f.docsUrl = 'https://x';
  return f;
});
const findings = fc.array(finding, { maxLength: 70 });
/** JSON keeps key order and the objects' identity of content: the output must serialise the same. */
const same = (got: Finding[], want: Finding[]): void => assert.equal(JSON.stringify(got), JSON.stringify(want));

describe('findings: sorts, dedupe and merge equal the versions they replaced', () => {
  it('sortFindings and sortByStartLongestFirst are the stable sorts by their comparators (short and long lists)', () => {
    fc.assert(fc.property(findings, (fs) => {
      assert.deepEqual(sortFindings(fs.slice()), fs.slice().sort(referenceCompare));
      assert.deepEqual(sortByStartLongestFirst(fs.slice()), fs.slice().sort((a, b) => a.start - b.start || b.end - a.end));
    }), { numRuns: 2000 });
  });

  it('dedupePerRule keeps the same findings in the same order', () => {
    fc.assert(fc.property(findings, (fs) => {
      const got = dedupePerRule(fs);
      const want = referenceDedupe(fs);
      assert.equal(got.length, want.length);
      got.forEach((f, i) => assert.equal(f, want[i]));
    }), { numRuns: 2000 });
  });

  it('mergeFindings gives the same findings (texts, spans, suggestions, key order) on sorted and unsorted input', () => {
    fc.assert(fc.property(findings, fc.boolean(), (fs, dedupe) => {
      const input = dedupe ? referenceDedupe(fs) : fs;
      same(mergeFindings(TEXT, input.slice()), referenceMerge(TEXT, input.slice()));
    }), { numRuns: 3000 });
  });

  it('caps merged suggestions at twelve, in order', () => {
    const many = (start: number, n: number, tag: string): Finding => ({
      start, end: start + 10, ruleId: tag, packId: 'p', kind: 'scripted', category: 'hype', severity: 'warning', message: tag,
      suggestions: Array.from({ length: n }, (_, k) => ({ label: `${tag}${k}`, replacement: '', start, end: start + 10 })), segment: 'body', weight: 6,
    });
    for (const [a, b, c] of [[5, 5, 5], [12, 3, 1], [11, 3, 0], [0, 0, 13], [13, 13, 13]]) {
      const fs = [many(0, a, 'x'), many(2, b, 'y'), many(4, c, 'z')];
      const got = mergeFindings(TEXT, fs);
      same(got, referenceMerge(TEXT, fs));
      assert.equal(got[0].suggestions.length, a >= 12 ? a : Math.min(12, a + b + c));
    }
  });
});
