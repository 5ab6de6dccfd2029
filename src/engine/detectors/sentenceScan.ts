import type { Lang } from '../types';
import type { ViewSentence } from '../draftView';
import { ALL_GATE_BITS, GATE_TABLES, SURE_SHIFT, timeAtomBits } from './notConcreteCues';
import { SELF, YOU, tokenFocus, type Focus } from './sentenceFocus';
import { DIGIT, DOTTED_I, LONG_S, OTHER_NUMBER, SIGMA, WordShapes, isUpper, pushAtoms, rawLetters } from './wordAtoms';
import { WordTable, hashStep } from './wordTable';
import { scanWord, scannedWord } from './scanWord';

/** Flags in `marks`. */
export const HAS_NUMBER = 1;
export const STARTS_UPPER = 2;

/**
 * One pass over a sentence's tokens for what several detectors read, so none walks them again:
 * - `atoms` (wordAtoms.ts) and `gates`, the not-concrete families they open, and (shifted by
 *   SURE_SHIFT) those a sure word already settles (notConcreteCues.ts);
 * - `syllables` (reading-ease), `focus` (self-focus, first-sentences-about-sender);
 * - `marks`: the tokens holding a number (`/\p{N}/u`) or starting with a capital (`/^\p{Lu}/u`),
 *   as `index * 4 + flags` in order — the only tokens sentenceSpecifics looks at;
 * - `slotEnd`: where the first token that is exactly one of SLOT_WORDS ends (offset in the sentence), or -1;
 * - `digits`: the text holds an ASCII digit (`/\d/`; every digit is in a token);
 * - `tu` (French): TU_WORD when an atom is tu/te/toi/ton/ta/tes, T_ATOM when one is "t" (tuVousMix.ts).
 */
export interface SentenceScan {
  atoms: string[];
  gates: number;
  syllables: number;
  focus: Focus;
  marks: number[];
  slotEnd: number;
  digits: boolean;
  tu: number;
}

export const TU_WORD = 1;
export const T_ATOM = 2;

/** The words a "companies like X" / « entreprises comme X » slot is spaced around (concreteDetail's SLOT_BEFORE). */
export const SLOT_WORDS: readonly string[] = ['like', 'such', 'comme', 'telle', 'telles'];

/**
 * A word of a-z → its gate bits (notConcreteCues.ts) and focus bits (sentenceFocus.ts), so a plain
 * token costs one lookup for both. Such a token is its own only atom and its own only word, and
 * holds no digit (so no TIME_ATOM either).
 */
const SELF_BIT = 1 << 16;
const YOU_BIT = 1 << 17;
const SLOT_BIT = 1 << 18;
const TU_SHIFT = 19;
const GATE_MASK = SELF_BIT - 1;
const FOCUS_BITS = SELF_BIT | YOU_BIT;
const WORD_BITS: Record<Lang, Map<string, number>> = { en: wordBits('en'), fr: wordBits('fr') };
const WORD_SHAPES: Record<Lang, WordShapes> = { en: shapesOf(WORD_BITS.en), fr: shapesOf(WORD_BITS.fr) };
/** WORD_BITS as WordTables: plain tokens are looked up with the hash plainSyllables computes, other atoms with hashOf. */
const WORD_TABLES: Record<Lang, WordTable> = { en: tableOf(WORD_BITS.en), fr: tableOf(WORD_BITS.fr) };

/** The word → bits map of a language (for tests that check the scan against a plain lookup). */
export function scanWordBits(lang: Lang): ReadonlyMap<string, number> {
  return WORD_BITS[lang];
}

function tableOf(bits: Map<string, number>): WordTable {
  const table = new WordTable(bits.size);
  for (const [w, b] of bits) table.set(w, b);
  return table;
}

function shapesOf(table: Map<string, number>): WordShapes {
  const shapes = new WordShapes();
  for (const w of table.keys()) shapes.add(w);
  return shapes;
}

function wordBits(lang: Lang): Map<string, number> {
  const table = new Map(GATE_TABLES[lang]);
  const add = (w: string, bit: number): void => void table.set(w, (table.get(w) ?? 0) | bit);
  for (const w of SELF[lang]) add(w, SELF_BIT);
  for (const w of YOU[lang]) add(w, YOU_BIT);
  if (lang === 'fr') add('on', SELF_BIT);
  for (const w of SLOT_WORDS) add(w, SLOT_BIT);
  if (lang === 'fr') {
    for (const w of ['tu', 'te', 'toi', 'ton', 'ta', 'tes']) add(w, TU_WORD << TU_SHIFT);
    add('t', T_ATOM << TU_SHIFT);
  }
  return table;
}

const VOWEL = new Uint8Array(128);
for (const ch of 'aeiouy') VOWEL[ch.charCodeAt(0)] = 1;
const NO_MARKS: number[] = [];

/** WordTable.hashOf the last token plainSyllables accepted. */
let plainHash = 0;

/**
 * Syllables of a token made of a-z only, as countSyllables counts them (vowel runs minus a silent
 * ending); -1 when the token holds anything else (countLowerSyllables then decides). Leaves the
 * token's WordTable hash in `plainHash`.
 */
function plainSyllables(w: string, fr: boolean): number {
  const len = w.length;
  let n = 0;
  let inRun = false;
  let h = 0;
  for (let i = 0; i < len; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return -1;
    h = hashStep(h, c);
    const v = VOWEL[c] === 1;
    if (v && !inRun) n++;
    inRun = v;
  }
  plainHash = h;
  if (len === 0) return 0;
  const c1 = w.charCodeAt(len - 1);
  const c2 = len >= 2 ? w.charCodeAt(len - 2) : 0;
  const c3 = len >= 3 ? w.charCodeAt(len - 3) : 0;
  if (!fr) {
    if (len > 2 && c1 === 101 && c2 !== 108 && c2 !== 101) n--;
    if (len >= 3 && c1 === 100 && c2 === 101 && VOWEL[c3] !== 1 && c3 !== 116 && c3 !== 100) n--;
  } else if (n > 1) {
    if (c1 === 101 ? len >= 2 && VOWEL[c2] !== 1
      : c1 === 115 ? len >= 3 && c2 === 101 && VOWEL[c3] !== 1
        : len >= 4 && c1 === 116 && c2 === 110 && c3 === 101 && VOWEL[w.charCodeAt(len - 4)] !== 1) n--;
  }
  return n > 1 ? n : 1;
}

/**
 * The atoms come from the tokens, which hold every letter and digit of the text, each token
 * bounded by non-letters. Lower-casing token by token equals lower-casing the whole text except
 * for the Greek final sigma (context-dependent), so a text with `Σ` is split whole. A text with
 * ſ opens every gate (see GATE_TABLES). Σ, ſ and İ are letters, so they are in tokens that are not
 * plain a-z: rawLetters notes them there (no search of the whole text), and a sentence found to
 * hold Σ has its atoms, gates and tu form redone from the whole text at the end.
 */
export function scanSentence(s: ViewSentence, lang: Lang): SentenceScan {
  const { text, tokens } = s;
  const fr = lang === 'fr';
  const table = WORD_TABLES[lang];
  const shapes = WORD_SHAPES[lang];
  let atoms: string[] = [];
  let special = 0; // SIGMA, LONG_S, DOTTED_I (rawLetters)
  let gates = 0;
  let syllables = 0;
  let focus: Focus | undefined;
  let marks = NO_MARKS;
  let slotEnd = -1;
  let digits = false;
  let tu = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = t.lower;
    const raw = t.raw;
    const plain = plainSyllables(w, fr);
    let flags = 0;
    if (plain >= 0) {
      syllables += plain;
      atoms.push(w);
      const bits = shapes.mayHold(w) ? table.get(w, plainHash) : undefined;
      if (bits !== undefined) {
        gates |= bits & GATE_MASK;
        tu |= bits >>> TU_SHIFT;
        if (focus === undefined && (bits & FOCUS_BITS) !== 0) focus = bits & SELF_BIT ? 'self' : 'you';
        if ((bits & SLOT_BIT) !== 0 && slotEnd < 0 && raw === w) slotEnd = t.end - s.start; // the slot RegExp is case-sensitive
      }
    } else {
      syllables += scanWord(w, fr, lang, table, shapes, atoms); // countLowerSyllables, pushAtoms and atomBits in one pass
      const b = scannedWord.bits;
      gates |= b & GATE_MASK;
      tu |= b >>> TU_SHIFT;
      focus ??= tokenFocus(w, lang);
      const letters = rawLetters(raw);
      special |= letters;
      if ((letters & (DIGIT | OTHER_NUMBER)) !== 0) flags = HAS_NUMBER; // numberKind(raw) !== 0
      if ((letters & DIGIT) !== 0) digits = true;
    }
    const c0 = raw.charCodeAt(0); // the token's first character in the text
    if (c0 < 128 ? c0 >= 65 && c0 <= 90 : isUpper(raw.codePointAt(0)!)) flags |= STARTS_UPPER;
    if (flags !== 0) (marks === NO_MARKS ? (marks = []) : marks).push(k * 4 + flags);
  }
  if (special & SIGMA) {
    atoms = pushAtoms(text.toLowerCase(), []);
    gates = 0;
    tu = 0;
    for (const a of atoms) {
      const b = (shapes.mayHold(a) ? table.get(a, WordTable.hashOf(a)) : undefined) ?? 0;
      gates |= (b & GATE_MASK) | timeAtomBits(a, lang);
      tu |= b >>> TU_SHIFT;
    }
  }
  if (special & LONG_S) gates |= ALL_GATE_BITS;
  if (special & DOTTED_I) gates &= ~(ALL_GATE_BITS << SURE_SHIFT); // see SURE_SHIFT
  return { atoms, gates, syllables, focus: focus ?? 'none', marks, slotEnd, digits, tu };
}
