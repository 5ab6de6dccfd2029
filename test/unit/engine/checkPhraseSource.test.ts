import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkPhraseSource } from '../../../src/engine/ruleSet';
import { compileRulePhrases } from '../../../src/engine/match/compilePhrases';
import { LANGS } from '../../../src/engine/types';

function outcome(run: () => void): string {
  try {
    run();
    return 'ok';
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
}

describe('engine/ruleSet checkPhraseSource: the cheap check throws exactly what new RegExp(source, "iu") throws', () => {
  it('on random phrases (groups, stray brackets, gaps, stems, escapes, elision, NBSP/U+202F, surrogate pairs, combining marks)', () => {
    const piece = fc.constantFrom(
      'hope', 'you', 'É', 'e\u0301', '𝒜', '😀', ' ', '  ', '\u00a0', '\u202f', '\n', "l'", 'qu’', "t'", '(', ')', ')?', '|', '?', '[', ']', '*', ' * ',
      '{0,3}', ' {1,2} ', '{7}', '{', '}', '\\', '\\p{L}', '\\p', 'p{L}', '\\{', '~', 'contact~', 'appel~', '-', '‐', '.', '$1', '^', '(?<x>', '(?:', '\\1',
    );
    let bad = 0;
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }), fc.constantFrom(['en'], ['fr'], [...LANGS]), (parts, langs) => {
      const phrase = parts.join('');
      let source: string;
      try {
        source = compileRulePhrases([phrase], langs as typeof LANGS[number][], 'x', true).source;
      } catch {
        return;
      }
      const expected = outcome(() => new RegExp(source, 'iu'));
      if (expected !== 'ok') bad++;
      assert.equal(outcome(() => checkPhraseSource(source)), expected, JSON.stringify(phrase));
    }), { numRuns: 1500 });
    assert.ok(bad > 20, `only ${bad} invalid phrases tried`);
  });
});
