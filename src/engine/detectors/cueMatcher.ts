import { WordShapes, isLetterOrDigit, pushAtoms } from './wordAtoms';
import { WordTable } from './wordTable';

/**
 * A word-list param (`cues`, `open`, `time`, `references`…) compiled once: "does a lower-cased
 * sentence hold one of these cues as whole words?" (a cue may hold several words, or end with
 * `-` for a prefix). The answer is the one a single RegExp over the lower-cased text gives
 * (`cueRegExp`), found from the sentence's atoms (see wordAtoms.ts):
 * - a cue that is one atom ("help") matches exactly when an atom equals it;
 * - a prefix cue that is one atom ("empower-") matches when an atom starts with it;
 * - any other cue ("companies like", "qu'est-ce", "est-ce qu-") needs its longest atom in the
 *   sentence (whole, or as a prefix for a prefix cue's last atom): only then is the RegExp of
 *   those cues run; a cue without letters or digits always runs it.
 */
export interface CueMatcher {
  /** Whole-atom cues (1) and gates of the multi-atom cues (2); both bits possible. */
  words: WordTable;
  /** The shapes of `words`' keys (checked before looking an atom up). */
  shapes: WordShapes;
  /**
   * Atom prefixes by their first code unit: prefix cues that are one atom (1), and prefixes that
   * gate the multi-atom cues (2; a prefix cue's last atom when it has no other, e.g. "-ish-").
   */
  prefixes: Map<number, { text: string; bits: number }[]>;
  /** 1 at the ASCII first code units of `prefixes`; 1 at 128 when one starts beyond ASCII. */
  prefixFirst: Uint8Array;
  /** The cues that are not one atom, as one RegExp (undefined when there are none). */
  complex: RegExp | undefined;
  /** A multi-atom cue has no atom: its RegExp runs on every sentence. */
  alwaysComplex: boolean;
}

const WORD = 1;
const GATE = 2;

/** The RegExp a cue list stands for, over lower-cased text with ’ written '. */
export function cueRegExp(cues: readonly string[]): RegExp {
  const alts = cues.map((cue) => {
    const prefix = cue.endsWith('-');
    const body = (prefix ? cue.slice(0, -1) : cue).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    return body + (prefix ? '' : '(?![\\p{L}\\p{N}])');
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})`, 'u');
}

/** Does the cue end with a letter or digit (so its last atom is bounded by the cue's end)? */
function endsWithAtom(body: string): boolean {
  if (body.length === 0) return false;
  const last = body.codePointAt(body.length - 1)!;
  const cp = last >= 0xdc00 && last <= 0xdfff && body.length > 1 ? body.codePointAt(body.length - 2)! : last;
  return isLetterOrDigit(cp);
}

/** Compiles lower-cased cues (’ already written ') into a CueMatcher. */
export function compileCues(cues: readonly string[]): CueMatcher {
  const words = new Map<string, number>();
  const prefixes = new Map<number, { text: string; bits: number }[]>();
  const prefixFirst = new Uint8Array(129);
  const addPrefix = (text: string, bits: number): void => {
    prefixFirst[Math.min(text.charCodeAt(0), 128)] = 1;
    const list = prefixes.get(text.charCodeAt(0));
    if (list) list.push({ text, bits });
    else prefixes.set(text.charCodeAt(0), [{ text, bits }]);
  };
  const complex: string[] = [];
  let alwaysComplex = false;
  for (const cue of cues) {
    const prefix = cue.endsWith('-');
    const body = prefix ? cue.slice(0, -1) : cue;
    const atoms = pushAtoms(body, []);
    if (atoms.length === 1 && atoms[0] === body) {
      if (prefix) addPrefix(body, WORD);
      else words.set(body, (words.get(body) ?? 0) | WORD);
      continue;
    }
    complex.push(cue);
    if (atoms.length === 0) {
      alwaysComplex = true;
      continue;
    }
    // Every atom but a prefix cue's last one is whole in any match (bounded by the cue's own
    // non-letters or by the RegExp's lookarounds); pick the longest as the gate.
    const lastIsPrefix = prefix && endsWithAtom(body);
    const whole = lastIsPrefix ? atoms.slice(0, -1) : atoms;
    if (whole.length > 0) {
      const gate = whole.reduce((a, b) => (b.length > a.length ? b : a));
      words.set(gate, (words.get(gate) ?? 0) | GATE);
    } else addPrefix(atoms[atoms.length - 1], GATE);
  }
  const shapes = new WordShapes();
  for (const w of words.keys()) shapes.add(w);
  const table = new WordTable(words.size);
  for (const [w, bits] of words) table.set(w, bits);
  return { words: table, shapes, prefixes, prefixFirst, complex: complex.length ? cueRegExp(complex) : undefined, alwaysComplex };
}

/** A sentence as cue matching reads it: its atoms, and its lower-cased text (read only for multi-atom cues). */
export interface CueSubject {
  readonly atoms: readonly string[];
  readonly lower: string;
}

/** True when the sentence holds one of the matcher's cues (what `cueRegExp(cues).test(lower)` says). */
export function matchesCue(m: CueMatcher, sentence: CueSubject): boolean {
  let gated = m.alwaysComplex;
  for (const a of sentence.atoms) {
    const bits = m.shapes.mayHold(a) ? m.words.get(a, WordTable.hashOf(a)) : undefined; // no V8 hash of a fresh token string
    if (bits !== undefined) {
      if (bits & WORD) return true;
      gated = true;
    }
    const first = a.charCodeAt(0);
    const list = m.prefixFirst[first < 128 ? first : 128] === 1 ? m.prefixes.get(first) : undefined;
    if (list) {
      for (const p of list) {
        if (!a.startsWith(p.text)) continue;
        if (p.bits & WORD) return true;
        gated = true;
      }
    }
  }
  return gated && m.complex !== undefined && m.complex.test(sentence.lower);
}
