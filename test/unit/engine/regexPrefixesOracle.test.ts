import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadBuiltinRuleSet } from '../../../src/engine/builtinPacks';
import { nodePackReader, findPackageRoot } from '../../../src/cli/nodePackReader';
import { parseRegex, Unsupported } from '../../../src/engine/match/regexAst';
import { splitBranches } from '../../../src/engine/match/splitBranches';
import { sequencePrefixes } from '../../../src/engine/match/regexPrefixes';
import { phraseRulesFor } from '../../../src/engine/runners/phraseRules';
import { patternRulesFor } from '../../../src/engine/runners/patternIndex';
import { referenceSequencePrefixes } from './regexPrefixesReference';

/** Both expansions on every branch of `source`, at the lengths and counts the index and the default use. */
function assertSame(source: string): void {
  let root;
  try {
    root = parseRegex(source);
  } catch (err) {
    if (err instanceof Unsupported) return;
    throw err;
  }
  for (const seq of [[root], ...splitBranches(root)]) {
    for (const [length, count] of [[16, 64], [3, 4000], [8, 5]]) {
      assert.deepEqual(sequencePrefixes(seq, length, count), referenceSequencePrefixes(seq, length, count), `${JSON.stringify(source)} at ${length}/${count}`);
    }
  }
}

describe('engine/match regexPrefixes: the looped expansion gives what the recursive one gave', () => {
  it('on every branch of every built-in phrase and pattern rule', () => {
    const rs = loadBuiltinRuleSet(nodePackReader, join(findPackageRoot(), 'packs'));
    let n = 0;
    for (const lang of ['en', 'fr'] as const) {
      for (const spec of [...phraseRulesFor(rs, lang).specs, ...patternRulesFor(rs, lang).specs]) {
        assertSame(spec.source);
        n++;
      }
    }
    assert.ok(n > 50, `only ${n} rules`);
  });

  it('on random regexes (runs, optional groups, lookbehinds, NBSP/U+202F, ’ vs \', surrogate pairs, combining marks)', () => {
    const atom = fc.constantFrom(
      'a', 'B', 'é', 'e\u0301', 'ß', 'İ', '𝒜', '😀', "'", '’', "['’]", ' ', '\\u00a0', '\\u202f', '\\s', '\\s+', '\\s*', '\\s{2}', '\\d', '\\d+', '\\d{1,2}',
      '0', '7', '[-‐‑]', '[ \\t]', '[0-9]', '[a-c]', '[^x]', '.', '\\w', '\\p{L}', '\\b', '^', '$', '(?<=[\'’])', '(?<![\\p{L}])', '(?=x)',
      '(?:\\s+|(?<=[\'’]))', '\\r?\\n', '\\1',
    );
    const quant = fc.constantFrom('', '', '', '?', '*', '+', '{0,2}', '{1,3}', '??', '{0}');
    // Groups repeat a little only: nested repetitions multiply paths (both expansions then take seconds).
    const groupQuant = fc.constantFrom('', '', '?', '??', '{1,2}');
    const seq: fc.Arbitrary<string> = fc.letrec((tie) => ({
      piece: fc.oneof(
        { maxDepth: 2, depthSize: 'small' },
        { weight: 4, arbitrary: fc.tuple(atom, quant).map(([a, q]) => a + q) },
        { weight: 1, arbitrary: fc.tuple(fc.array(tie('seq') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 }), fc.constantFrom('(?:', '('), groupQuant).map(([alts, open, q]) => `${open}${alts.join('|')})${q}`) },
      ),
      seq: fc.array(tie('piece') as fc.Arbitrary<string>, { maxLength: 5 }).map((ps) => ps.join('')),
    })).seq as fc.Arbitrary<string>;
    let valid = 0;
    fc.assert(fc.property(seq, (source) => {
      try {
        new RegExp(source, 'iu');
      } catch {
        return; // only sources a rule could hold
      }
      valid++;
      assertSame(source);
    }), { numRuns: 300 });
    assert.ok(valid > 100, `only ${valid} valid regexes`);
  });
});
