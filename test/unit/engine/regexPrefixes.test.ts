import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldString, foldUnit } from '../../../src/engine/match/foldCase';
import { regexPrefixes } from '../../../src/engine/match/regexPrefixes';
import { FoldTrie } from '../../../src/engine/match/foldTrie';
import { startsAfterNonLetter } from '../../../src/engine/runners/patternIndex';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import { buildDraftView } from '../../../src/engine/draftView';
import { PATTERN_CHUNK, runPatternRules } from '../../../src/engine/runners/runPatternRules';
import type { RunContext } from '../../../src/engine/runners/runContext';
import { packSources } from './fixturePacks';

const ruleSet = buildRuleSet(packSources('packs', true));
const patternRules = ruleSet.rules.filter((r) => r.def.kind === 'pattern' && r.pattern);

/** Every match start of a global RegExp, the plain way (what the index must reproduce). */
function plainScan(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  const g = new RegExp(re.source, re.flags);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe('engine/match/foldCase', () => {
  it('gives one key to every character a case-insensitive RegExp matches to a pack character', () => {
    const packChars = new Set<string>();
    for (const r of ruleSet.rules) for (const s of [r.def.pattern ?? '', ...(r.def.phrases ?? [])]) for (const c of s) if (/\p{L}/u.test(c)) packChars.add(c);
    let all = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
    for (const flags of ['giu', 'gi']) {
      for (const p of packChars) {
        if (p.length !== 1) continue;
        for (const m of all.matchAll(new RegExp(p.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), flags))) {
          assert.equal(foldUnit(m[0].charCodeAt(0)), foldUnit(p.charCodeAt(0)), `${p} ~ U+${m[0].charCodeAt(0).toString(16)} (${flags})`);
        }
      }
    }
  });

  it('maps every whitespace character to a space and keeps the length', () => {
    assert.equal(foldString('A\u00a0b\u202fC\n\té'), 'a b c  é');
  });
});

describe('engine/match/regexPrefixes', () => {
  it('lists the folded prefixes every match starts with', () => {
    assert.deepEqual(regexPrefixes('(?<![\\p{L}])(?:Hope|I (?:really )?hope)', 4)?.sort(), ['hope', 'i ho', 'i re']);
    assert.deepEqual(regexPrefixes('\\b(?:as (?:the|a))\\s+x', 3)?.sort(), ['as '], 'assertions consume nothing');
    assert.deepEqual(regexPrefixes("j['’]ai", 3)?.sort(), ["j'a"], '’ folds to \'');
    assert.deepEqual(regexPrefixes('e[-‐‑]mail', 3)?.sort(), ['e-m'], 'Unicode hyphens fold to -');
    assert.deepEqual(regexPrefixes('a(?:b|$)', 3)?.sort(), ['a'], '$ ends a prefix');
  });

  it('reads whitespace and digit runs as one key each, and gives up on open starts', () => {
    assert.deepEqual(regexPrefixes('\\d+% (?:growth)', 6), ['0% gro']);
    assert.deepEqual(regexPrefixes('12\\s*[0-9]{2}x', 6)?.sort(), ['0 0x', '0x'], '`\\s*`: a run or nothing; digits merge');
    assert.deepEqual(regexPrefixes('a\\s+\\s?[ \\t]b', 6), ['a b'], 'consecutive whitespace is one run');
    assert.equal(regexPrefixes('[\\w%-]{0,3}?price', 4), null);
    assert.equal(regexPrefixes('(?:a|.)b', 4), null);
    assert.deepEqual(regexPrefixes('(a)\\1', 4), ['a'], 'a backreference ends a prefix');
  });

  it('recognises a leading "no letter before" lookbehind only when nothing bypasses it', () => {
    assert.equal(startsAfterNonLetter('(?<![\\p{L}\\p{N}_])(?:a|b)', 'giu'), true);
    assert.equal(startsAfterNonLetter('(?<![\\p{L}])a|b', 'giu'), false);
    assert.equal(startsAfterNonLetter('(?<![\\p{L}])a', 'gi'), false);
    assert.equal(startsAfterNonLetter('\\ba', 'giu'), false);
  });
});

describe('engine/match/FoldTrie', () => {
  const folded = (s: string): Uint16Array => Uint16Array.from(foldString(s), (c) => c.charCodeAt(0));
  const at = (trie: FoldTrie, text: string, j: number): number[] => {
    const out: number[] = [];
    const n = trie.collect(folded(text), j, text.length, j, out, 0);
    return out.slice(0, n).filter((_, i) => i % 2 === 1).sort();
  };

  it('reports the items of every string the text starts with, reading a space as any whitespace run and a 0 as any digit run', () => {
    const trie = new FoldTrie();
    trie.add('a', 1);
    trie.add('a b', 2);
    trie.add('0%', 3);
    trie.add('', 4);
    trie.freeze();
    assert.deepEqual(at(trie, 'A\u00a0\u202f\r\nB', 0), [1, 2, 4]);
    assert.deepEqual(at(trie, 'ab', 0), [1, 4]);
    assert.deepEqual(at(trie, 'x 2024% y', 2), [3, 4]);
    assert.deepEqual(at(trie, 'a', 1), [4], 'the end of the text ends the walk');
    assert.equal(trie.first['a'.charCodeAt(0)], 1);
  });

  it('every built-in pattern rule finds exactly what its own global scan finds (random and pack texts)', () => {
    const examples = ruleSet.rules.flatMap((r) => [...(r.def.examples?.flagged ?? []), ...(r.def.examples?.clean ?? [])]);
    const pieces = [...examples.flatMap((e) => e.split(/(?<=\s)/)), 'é', 'É', '’', '\u00a0', '🚀', '\n', '3x', '100%', 'ſ', 'K', '(e)', '·e'];
    const check = (text: string): void => {
      for (const lang of ['en', 'fr'] as const) {
        const draft = { ...parseDocument(text, { lang })[0], text, start: 0, end: text.length };
        if (!draft.segments) continue;
        const view = { ...buildDraftView(draft), coached: [{ start: 0, end: text.length, kind: 'body' as const }] };
        const ctx: RunContext = { draft, view, ruleSet, lang, channel: 'email', premium: false, uiLang: lang, warnings: [] };
        const found = runPatternRules(ctx);
        for (const rule of patternRules) {
          if (rule.packLang !== lang || rule.def.segments || rule.def.channels || text.length > PATTERN_CHUNK) continue;
          const got = found.filter((f) => f.ruleId === rule.def.id).map((f) => [f.start, f.end]);
          assert.deepEqual(got, plainScan(rule.pattern!, text), `${rule.def.id} on ${JSON.stringify(text)}`);
        }
      }
    };
    for (const e of examples) check(e);
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => check(parts.join(''))), { numRuns: 200 });
  });
});
