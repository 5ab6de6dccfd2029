import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { foldString } from '../../../src/engine/match/foldCase';
import { runPhraseRules } from '../../../src/engine/runners/runPhraseRules';
import { runPatternRules } from '../../../src/engine/runners/runPatternRules';
import { compileRulePhrases, PHRASE_AFTER, PHRASE_BEFORE, insidePair } from '../../../src/engine/match/compilePhrases';
import { stemsAgree } from '../../../src/engine/match/stemmers';
import type { RunContext } from '../../../src/engine/runners/runContext';
import type { Draft, SegmentKind } from '../../../src/engine/types';

/** Phrase and pattern rules with different segment filters: one shared walk must give each rule what its own scan gives. */
const RULES: [string, 'phrase' | 'pattern', string, SegmentKind[] | undefined][] = [
  ['p-hope', 'phrase', "hope you('re| are) (doing )?well", undefined],
  ['p-call', 'phrase', 'quick call (this|next) week', ['body']],
  ['p-reach', 'phrase', 'reach~ out', ['opener']],
  ['p-price', 'phrase', 'the price', undefined],
  ['t-deal', 'pattern', '(?<![\\\\p{L}])(?:our |the )?(?:price|deal)s? (?:ends|expires)[^.\\\\n]{0,10}', undefined],
  ['t-open', 'pattern', '(?<![\\\\p{L}])[\\\\w%-]{0,12}?(?:deal|rate) (?:ends|expires)', ['body']],
  ['t-quick', 'pattern', '\\\\b(quick|short) (call|chat)', ['opener']],
  ['t-hope', 'pattern', 'hope you[^.\\\\n]{0,8}', undefined],
  ['t-uni', 'pattern', '(?<![\\\\p{L}])[\\\\p{L} ]{0,8}?(?:price|deal)s? (?:ends|expires)', undefined],
  ['t-astral', 'pattern', '[^.\\\\n]{0,3}?(?:𝐀é|deal)', ['body']],
];
const PACK = `id: t-walk
version: 1.0.0
lang: en
name: shared walk
rules:
${RULES.map(([id, kind, src, segs]) => `  - id: ${id}\n    kind: ${kind}\n    category: filler\n    severity: info\n${segs ? `    segments: [${segs.join(', ')}]\n` : ''}${kind === 'phrase' ? `    phrases: ["${src}"]` : `    pattern: "${src}"`}\n    message: "m"`).join('\n')}
`;
const PIECES = ['𝐀é', '𝐀', 'Hope', 'hope', 'you', "you're", 'you’re', 'are', 'doing', 'well', 'quick', 'short', 'call', 'chat', 'this', 'next', 'week',
  'reach', 'reaching', 'reached', 'out', 'the', 'our', 'price', 'prices', 'deal', 'rate', 'accurate', 'ends', 'expires', '.', '!', 'é', '𝐀',
  ' ', ' ', ' ', '\u00a0', '\u202f', '\r\n', '\n'];

function ownHits(id: string, kind: string, src: string, text: string, ranges: { start: number; end: number }[]): string[] {
  const out: string[] = [];
  for (const r of ranges) {
    const slice = text.slice(r.start, r.end);
    if (kind === 'phrase') {
      const { source, stemChecks } = compileRulePhrases([src], ['en'], 'x', true);
      const re = new RegExp(`${PHRASE_BEFORE}(?:${source})${PHRASE_AFTER}`, 'iuy');
      for (let at = 0; at < slice.length; at++) {
        if (insidePair(slice, at)) continue;
        re.lastIndex = at;
        const m = re.exec(slice);
        if (m && m[0].length > 0 && stemsAgree(m, stemChecks)) out.push(`${id}@${r.start + at}-${r.start + at + m[0].length}`);
      }
    } else {
      const g = new RegExp(src.replace(/\\\\/g, '\\'), 'giu');
      for (let m = g.exec(slice); m; m = g.exec(slice)) {
        if (m[0].length === 0) g.lastIndex++;
        else out.push(`${id}@${r.start + m.index}-${r.start + m.index + m[0].length}`);
      }
    }
  }
  return out;
}

describe('engine/runners draftWalk (phrase and pattern rules in one walk)', () => {
  const ruleSet = buildRuleSet([{ file: 't.yaml', text: PACK, builtin: true }]);

  it('gives every rule, in its segments, exactly the hits of its own scan (random texts: NBSP, U+202F, CRLF, ’, stems, surrogates)', () => {
    assert.deepEqual(ruleSet.errors, []);
    const check = (opener: string, body: string): number => {
      const text = `${opener}\n${body}`;
      const cut = opener.length + 1;
      const segments = [{ kind: 'opener' as const, start: 0, end: cut }, { kind: 'body' as const, start: cut, end: text.length }];
      const draft = { text, start: 0, end: text.length, lang: 'en', channel: 'email', segments } as unknown as Draft;
      const view = { draft, coached: segments, sentences: [], senderNames: new Set<string>() };
      const ctx: RunContext = { draft, view, ruleSet, lang: 'en', channel: 'email', premium: false, uiLang: 'en', warnings: [] };
      const got = [...runPhraseRules(ctx), ...runPatternRules(ctx)].map((f) => `${f.ruleId}@${f.start}-${f.end}`).sort();
      const want = RULES.flatMap(([id, kind, src, segs]) => {
        const ranges = segs ? segments.filter((s) => segs.includes(s.kind)) : [{ start: 0, end: text.length }];
        return ownHits(id, kind, src, text, ranges);
      }).sort();
      // Phrase hits of one rule may repeat a position the finding dedupe drops later; compare as sets of findings.
      assert.deepEqual([...new Set(got)], [...new Set(want)], JSON.stringify(text));
      return want.length;
    };
    assert.equal(check('Hope you are well, quick chat', 'the price ends today. quick call this week, deal ends'), 11);
    const words = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(fc.property(words, words, (a, b) => void check(a, b)), { numRuns: 300 });
  });
});

describe('engine/match walkPlan cover', () => {
  it('walking a covering range list gives the same hits as walking the union of the filters\' ranges', async () => {
    const { buildPlan } = await import('../../../src/engine/match/matchPlan');
    const { walkPlan } = await import('../../../src/engine/match/walkPlan');
    const { phraseRuleSpec } = await import('../../../src/engine/match/compilePhrases');
    const specs = [
      phraseRuleSpec(["hope you('re| are) well"], ['en'], 'a', 0),
      phraseRuleSpec(['quick call'], ['en'], 'b', 1),
      { source: '(?<![\\p{L}])(?:the )?(?:price|deal)s? ends[^.\\n]{0,6}', flags: 'giu', filter: 1, global: true },
      { source: '\\b(?:quick|short) chat', flags: 'giu', filter: 0, global: true },
    ];
    const plan = buildPlan(specs);
    const active = new Uint8Array(specs.length).fill(1);
    const show = (hits: { rule: number; start: number; end: number }[]): string[] => hits.map((h) => `${h.rule}@${h.start}-${h.end}`);
    const pieces = ['hope', 'you', 'are', "you're", 'well', 'quick', 'call', 'chat', 'the', 'price', 'deal', 'ends', '.', 'é', '𝐀', ' ', '\u00a0', '\r\n', '\n'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.nat(40), fc.nat(40), (parts, a, b) => {
      const text = parts.join(' ');
      const cut1 = Math.min(a, text.length);
      const cut2 = Math.min(cut1 + b, text.length);
      const ranges = [[{ start: 0, end: cut1 }], [{ start: cut1, end: cut2 }]];
      const plain = show(walkPlan(plan, text, ranges, active).hits);
      const covered = show(walkPlan(plan, text, ranges, active, [{ start: 0, end: text.length }]).hits);
      assert.deepEqual(covered, plain, JSON.stringify([text, cut1, cut2]));
    }), { numRuns: 300 });
  });
});

describe('engine/match anchorWindow', () => {
  it('bounds where an open branch can start by the first literal run it must hold', async () => {
    const { anchorWindow } = await import('../../../src/engine/match/requiredLiterals');
    const { parseRegex } = await import('../../../src/engine/match/regexAst');
    const { splitBranches } = await import('../../../src/engine/match/splitBranches');
    const win = (src: string, unicode = true): unknown => anchorWindow(splitBranches(parseRegex(src))[0], unicode);
    assert.deepEqual(win('(?<![\\p{L}])[\\w%-]{0,12}?(?:deal|rate) ends'), { anchors: ['deal', 'rate'], width: 12 });
    assert.deepEqual(win('[\\p{L} ]{0,8}?(?:price|deal)s'), { anchors: ['prices', 'deals'], width: 16 }, 'a property class may match an astral letter: 2 units');
    assert.deepEqual(win('[^\\n]{0,3}?x(?:abc|abd)'), { anchors: ['xabc', 'xabd'], width: 6 });
    assert.deepEqual(win('[^\\n]{0,3}?x(?:abc|abd)', false), { anchors: ['xabc', 'xabd'], width: 3 });
    assert.equal(win('[\\w.-]+\\.(?:fr|com)/rdv'), undefined, 'unbounded before the literal');
    assert.equal(win('(\\w)\\1{0,3}deal'), undefined, 'a backreference has no bound');
    assert.equal(win('[a-z]{0,5}\\s+ab'), undefined, 'whitespace and short literals do not anchor');
  });
});

describe('engine/runners patternChunks', () => {
  it('keeps short ranges as they are and cuts long ones at a line break or space', async () => {
    const { patternChunks, PATTERN_CHUNK } = await import('../../../src/engine/runners/patternChunks');
    const short = [{ start: 0, end: 10 }, { start: 20, end: 20 + PATTERN_CHUNK }];
    assert.deepEqual(patternChunks('x'.repeat(2000), short), [{ start: 0, end: 10 }, { start: 20, end: 20 + PATTERN_CHUNK }]);
    const text = `${'word '.repeat(300)}\n${'word '.repeat(300)}`;
    const chunks = patternChunks(text, [{ start: 0, end: text.length }]);
    assert.ok(chunks.length > 1 && chunks.every((c) => c.end - c.start <= PATTERN_CHUNK));
    assert.deepEqual(chunks.map((c) => text.slice(c.start, c.end)).join(''), text);
  });
});

describe('engine/match regexPrefixes: lookbehinds that cannot hold', () => {
  it('drops a path whose lookbehind class misses the character before it, keeps every path that can match', async () => {
    const { regexPrefixes } = await import('../../../src/engine/match/regexPrefixes');
    assert.deepEqual(regexPrefixes("on(?:\\s+|(?<=['’]))pourrait", 16), ['on pourrait']);
    assert.deepEqual(regexPrefixes("l['’](?:\\s+|(?<=['’]))avis", 16), ["l' avis", "l'avis"]);
    assert.deepEqual(regexPrefixes('(?<=[a-z])x', 16), ['x'], 'nothing before it in the prefix: kept');
    assert.deepEqual(regexPrefixes('A(?<=[a-z])x', 16), ['ax'], 'a case partner counts (the i flag may apply)');
    // Every text a RegExp with such a lookbehind matches starts with one of the kept prefixes.
    const re = /(?:on|l['’])(?:\s+|(?<=['’]))(?:pourrait|avis)/iy;
    const prefixes = regexPrefixes(re.source, 16)!;
    fc.assert(fc.property(fc.array(fc.constantFrom('on', 'On', "l'", 'l’', 'L’', ' ', '\u00a0', 'pourrait', 'avis', 'x'), { maxLength: 6 }), (parts) => {
      const text = parts.join('');
      for (let at = 0; at < text.length; at++) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) continue;
        const folded = foldString(m[0]).replace(/ +/g, ' ');
        assert.ok(prefixes.some((p) => folded.startsWith(p)), `${JSON.stringify(m[0])} in ${JSON.stringify(prefixes)}`);
      }
    }), { numRuns: 300 });
  });
});

