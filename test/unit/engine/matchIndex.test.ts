import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePhraseGroup, compileRulePhrases, PHRASE_AFTER, PHRASE_BEFORE, insidePair } from '../../../src/engine/match/compilePhrases';
import { stemsAgree } from '../../../src/engine/match/stemmers';
import { foldString } from '../../../src/engine/match/foldCase';
import { parseRegex } from '../../../src/engine/match/regexAst';
import { branchSource, splitBranches } from '../../../src/engine/match/splitBranches';
import { sequenceClauses } from '../../../src/engine/match/requiredLiterals';
import { startClass } from '../../../src/engine/match/branchStart';
import { charBefore } from '../../../src/engine/match/charBefore';
import { buildRuleSet } from '../../../src/engine/ruleSet';
import { runPatternRules } from '../../../src/engine/runners/runPatternRules';
import type { RunContext } from '../../../src/engine/runners/runContext';
import type { Draft, Lang } from '../../../src/engine/types';

/** Every position where the rule's whole regex matches, tried one by one (what the index must reproduce). */
function phraseReference(phrases: string[], lang: Lang, text: string): string[] {
  const { source, stemChecks } = compileRulePhrases(phrases, [lang], 'x', true);
  const re = new RegExp(`${PHRASE_BEFORE}(?:${source})${PHRASE_AFTER}`, 'iuy');
  const out: string[] = [];
  for (let at = 0; at < text.length; at++) {
    if (insidePair(text, at)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length > 0 && stemsAgree(m, stemChecks)) out.push(`${at}:${m[0]}`);
  }
  return out;
}

const PHRASES: [string[], Lang][] = [
  [["hope you('re| are) (doing )?well", '(I )?hope (this|my) email finds you'], 'en'],
  [["j'espère que vous allez bien", "qu'en pensez-vous", "de (vous|t') avoir (croisé|lu)"], 'fr'],
  [['contacter~ (rapidement)?', 'reach~ out'], 'fr'],
  [['I * your profile', 'came across {0,2} profile', 'quick call', 'quick call this week'], 'en'],
  [['🚀 launch', '(15|30) minutes', 'e-mail', '100 %'], 'en'],
  [['call', 'call (this|next) week'], 'en'],
];
const PIECES = [
  'hope', 'Hope', 'HOPE', 'you', "you're", 'you’re', 'are', 'doing', 'well', 'I', 'this', 'email', 'finds', 'J’espère', "j'espère", "j' espère",
  'que', 'vous', 'allez', 'bien', 'qu’en', "qu'en", 'pensez-vous', 'pensez‑vous', 'de', "t'", 't’', 'avoir', 'croisé', 'lu', 'contacte', 'contactons',
  'contacterai', 'contactless', 'rapidement', 'reaching', 'reached', 'out', 'saw', 'your', 'LinkedIn', 'profile', 'came', 'across', 'quick', 'call',
  'week', 'next', '🚀', '𝐀', 'launch', '15', '30', '2024', 'minutes', 'e-mail', 'e‐mail', 'E-MAIL', '100', '%', 'é', '’', "'", ',', '.', '-',
  ' ', ' ', ' ', '\u00a0', '\u202f', '\r\n', '\n', '\t',
];

describe('engine/match index: phrases', () => {
  it('finds every phrase hit the rule\'s own regex finds at each position (random texts: NBSP, U+202F, CRLF, ’ and \', elision, stems, gaps, emoji)', () => {
    const check = (text: string): void => {
      for (const [phrases, lang] of PHRASES) {
        const got = compilePhraseGroup([{ phrases }], [lang]).match(text, 0).map((h) => `${h.start}:${text.slice(h.start, h.end)}`);
        assert.deepEqual(got, phraseReference(phrases, lang, text), `${JSON.stringify(phrases)} on ${JSON.stringify(text)}`);
      }
    };
    for (const [phrases] of PHRASES) for (const p of phrases) check(p.replace(/[()|?*~{}0-9,]/g, ' ').replace(/\s+/g, ' ').trim());
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (parts) => check(parts.join(''))), { numRuns: 300 });
  });

  it('matches at the very start and end of the text, across NBSP/U+202F/CRLF, and after an emoji', () => {
    const group = compilePhraseGroup([{ phrases: ['hope you are well'] }, { phrases: ['launch'] }], ['en']);
    const text = 'Hope\u00a0you\u202fare\r\nwell 🚀launch';
    assert.deepEqual(group.match(text, 5).map((h) => [h.rule, h.start - 5, h.end - 5]), [[0, 0, text.indexOf(' 🚀')], [1, text.indexOf('launch'), text.length]]);
  });

  it('gives one hit per rule and position: the first of its phrases that matches there, as its alternation would', () => {
    const first = (phrases: string[]): string[] => compilePhraseGroup([{ phrases }], ['en']).match('call this week', 0).map((h) => 'call this week'.slice(h.start, h.end));
    assert.deepEqual(first(['call', 'call this week']), ['call']);
    assert.deepEqual(first(['call this week', 'call']), ['call this week']);
  });
});

describe('engine/match splitBranches', () => {
  const SOURCES: [string, string][] = [
    ['(?:a|ab)c', 'i'], ['(?<![a-z])(?:x )?y', 'iu'], ['(?:x )??y', 'u'], ['(?:(a)|b)c\\1?', ''], ['(?:a|)b', 'i'], ['(?:a\\x4|b)1', ''], ['(?:s\\x|b)1', ''],
    ['(?:ab|a)(?:c|b)', ''], ['^(?:go|g)o', 'm'], ['\\b(?:as|a)s?\\b', 'i'], ['(?:(?:a|b)+|c)d', ''],
  ];

  it('branches tried in order give, at every position, exactly the whole regex\'s match', () => {
    for (const [source, flags] of SOURCES) {
      const whole = new RegExp(source, flags + 'y');
      const branches = splitBranches(parseRegex(source)).map((seq) => new RegExp(branchSource(seq), flags + 'y'));
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'g', 'o', 's', 'x', 'y', ' ', '\n', '1', '\x04') }), (text) => {
        for (let at = 0; at <= text.length; at++) {
          whole.lastIndex = at;
          const want = whole.exec(text)?.[0];
          let got: string | undefined;
          for (const b of branches) {
            b.lastIndex = at;
            got = b.exec(text)?.[0];
            if (got !== undefined) break;
          }
          assert.equal(got, want, `${source} at ${at} of ${JSON.stringify(text)}`);
        }
      }), { numRuns: 60 });
    }
  });

  it('splits leading choices only, keeps backreferences whole, and guards seams', () => {
    const split = (s: string): string[] => splitBranches(parseRegex(s)).map(branchSource);
    assert.deepEqual(split('(?<![a-z])(?:x |y )?z(?:a|b)'), ['(?<![a-z])x z(?:a|b)', '(?<![a-z])y z(?:a|b)', '(?<![a-z])z(?:a|b)']);
    assert.deepEqual(split('(?:x)??y'), ['y', 'xy']);
    assert.deepEqual(split('(a|b)\\1'), ['(a|b)\\1']);
    assert.deepEqual(split('(?:a\\x4|b)1'), ['a\\x4(?:)1', 'b1']);
    assert.equal(new RegExp(split('(?:a\\x4|b)1')[0]).test('aA'), false, 'the seam keeps \\x4 and 1 apart');
  });
});

describe('engine/match requiredLiterals, branchStart, charBefore', () => {
  it('lists the literals every match contains (folded; a space = a whitespace run)', () => {
    const clauses = (s: string): string[][] => sequenceClauses(splitBranches(parseRegex(s))[0]);
    assert.deepEqual(clauses('[\\p{L}]{3,}(?:\\((?:e|se)\\)|·(?:e|se)(?:·s)?)'), [['(e)', '(se)', '·e', '·se']]);
    assert.deepEqual(clauses('[\\w ]{0,9}(?:Price|Offer)[\\w ]{0,9}\\s+Expires'), [['price', 'offer'], [' expires']]);
    assert.deepEqual(clauses('.*'), []);
  });

  it('classes branch starts by what may precede them', () => {
    const cls = (s: string, flags = 'iu'): string => {
      const [seq] = splitBranches(parseRegex(s));
      return startClass(seq, branchSource(seq), flags, ['x']);
    };
    assert.equal(cls('(?<![\\p{L}])abc'), 'word');
    assert.equal(cls('^abc', 'im'), 'word');
    assert.equal(cls('(?<=[\\n.!?]\\s*)great'), 'word');
    assert.equal(cls('(?<=[a.]\\s*)great'), 'any');
    assert.equal(cls('\\babc'), 'bound');
    assert.equal(cls('abc'), 'any');
  });

  it('checks a leading one-class lookbehind on the code point before a position, as the RegExp would', () => {
    const letter = charBefore('[\\p{L}]', 'iu');
    const text = 'a𝐀b😀c';
    for (let at = 0; at <= text.length; at++) {
      if (insidePair(text, at)) continue;
      const re = /(?<![\p{L}])/uy;
      re.lastIndex = at;
      assert.equal(letter.blocks(text, at), !re.test(text), `at ${at}`);
    }
    assert.equal(charBefore('[a-z]', 'i').blocks('A', 1), true, 'the rule\'s flags apply');
  });

  it('folds case, whitespace, digits, ’ and Unicode hyphens for the index', () => {
    assert.equal(foldString('L’É-‐‑ 2024\u00a0%'), "l'é--- 0000 %");
  });
});

describe('engine/match index: pattern rules', () => {
  const PACK = `id: t-patterns
version: 1.0.0
lang: en
name: index edge cases
rules:
${[
    ['t-bound', '\\\\b(?:as (?:the|a)|kudos) [^.\\\\n]{0,20}'],
    ['t-lookbehind', '(?:^|(?<=[\\\\n.!?]\\\\s*))(?:great|love (?:it|this))\\\\s*[!.]+'],
    ['t-optional', '(?<![\\\\p{L}])(?:our |the )?(?:price|offer)s? (?:ends|expires)'],
    ['t-open', '(?<![\\\\p{L}])[\\\\w%-]{0,12}?(?:deal|rate) (?:ends|expires)[^.\\\\n]{0,10}'],
    ['t-digits', '(?<![\\\\p{L}\\\\p{N}])\\\\d[\\\\d,. ]*\\\\s?% (?:more|less)'],
    ['t-capture', '(?<![\\\\p{L}])(quick|short) (call|chat)'],
    ['t-backref', '\\\\b(\\\\w+) \\\\1\\\\b'],
  ].map(([id, pattern]) => `  - id: ${id}\n    kind: pattern\n    category: filler\n    severity: info\n    pattern: "${pattern}"\n    message: "m"\n    suggestions: ["$1"]`).join('\n')}
`;
  const ruleSet = buildRuleSet([{ file: 't.yaml', text: PACK, builtin: true }]);
  const PIECES2 = ['As the', 'as a', 'kudos', 'Great', 'great', 'love it', 'love this', '!', '.', '. ', 'Our', 'the', 'price', 'prices', 'offer',
    'deal', 'rate', 'accurate', 'ends', 'expires', '20', '3,5', '2 024', '%', 'more', 'less', 'quick', 'short', 'call', 'chat', 'the the', 'é',
    '𝐀', '😀', ' ', ' ', '\u00a0', '\u202f', '\r\n', '\n'];

  it('finds exactly what each rule\'s own global scan finds', () => {
    assert.deepEqual(ruleSet.errors, []);
    const check = (text: string): void => {
      const draft = { text, start: 0, end: text.length, lang: 'en', channel: 'email', segments: [{ kind: 'body', start: 0, end: text.length }] } as unknown as Draft;
      const view = { draft, coached: [{ start: 0, end: text.length, kind: 'body' as const }], sentences: [], senderNames: new Set<string>() };
      const ctx: RunContext = { draft, view, ruleSet, lang: 'en', channel: 'email', premium: false, uiLang: 'en', warnings: [] };
      const found = runPatternRules(ctx);
      for (const rule of ruleSet.rules) {
        const g = new RegExp(rule.pattern!.source, rule.pattern!.flags);
        const want: string[] = [];
        for (let m = g.exec(text); m; m = g.exec(text)) {
          if (m[0].length === 0) g.lastIndex++;
          else want.push(`${m.index}-${m.index + m[0].length}=${m[1] ?? ''}`);
        }
        const got = found.filter((f) => f.ruleId === rule.def.id).map((f) => `${f.start}-${f.end}=${f.suggestions[0].replacement}`);
        assert.deepEqual(got, want, `${rule.def.id} on ${JSON.stringify(text)}`);
      }
    };
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES2), { maxLength: 24 }), (parts) => check(parts.join(''))), { numRuns: 300 });
  });
});

describe('engine/match ruleBranches', () => {
  it('keeps a `v`-flag regex whole and open (its class syntax is beyond the reader)', async () => {
    const { ruleBranches } = await import('../../../src/engine/match/ruleBranches');
    const [only, ...more] = ruleBranches('[[a-z]--[aeiou]]x', 'v', 16, 64);
    assert.deepEqual([only.prefixes, only.source, more.length], [null, '[[a-z]--[aeiou]]x', 0]);
  });
});
