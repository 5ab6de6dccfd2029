import type { Lang } from '../../../src/engine/types';
import type { ViewSentence } from '../../../src/engine/draftView';
import { ALL_GATE_BITS, SURE_SHIFT, timeAtomBits } from '../../../src/engine/detectors/notConcreteCues';
import { tokenFocus, type Focus } from '../../../src/engine/detectors/sentenceFocus';
import { countLowerSyllables } from '../../../src/engine/detectors/syllables';
import { isUpper, numberKind, pushAtoms } from '../../../src/engine/detectors/wordAtoms';
import { HAS_NUMBER, STARTS_UPPER, scanWordBits, type SentenceScan } from '../../../src/engine/detectors/sentenceScan';

const SELF_BIT = 1 << 16;
const YOU_BIT = 1 << 17;
const SLOT_BIT = 1 << 18;
const TU_SHIFT = 19;
const GATE_MASK = SELF_BIT - 1;

/** The sentence scan as it was before scanWord, rawLetters and the word tables (Map lookups, whole-text searches): the oracle. */
export function referenceScanSentence(s: ViewSentence, lang: Lang): SentenceScan {
  const { text, tokens } = s;
  const fr = lang === 'fr';
  const words = scanWordBits(lang);
  const atoms: string[] = [];
  const sigma = text.includes('Σ');
  let gates = text.includes('ſ') ? ALL_GATE_BITS : 0;
  let syllables = 0;
  let focus: Focus | undefined;
  const marks: number[] = [];
  let slotEnd = -1;
  let digits = false;
  let tu = 0;
  const atomBits = (a: string): void => {
    const b = words.get(a) ?? 0;
    gates |= (b & GATE_MASK) | timeAtomBits(a, lang);
    tu |= b >>> TU_SHIFT;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const w = t.lower;
    let flags = 0;
    if (/^[a-z]+$/.test(w)) {
      syllables += countLowerSyllables(w, fr);
      const bits = words.get(w);
      if (!sigma) atoms.push(w);
      if (bits !== undefined) {
        if (!sigma) {
          gates |= bits & GATE_MASK;
          tu |= bits >>> TU_SHIFT;
        }
        if (focus === undefined && (bits & (SELF_BIT | YOU_BIT)) !== 0) focus = bits & SELF_BIT ? 'self' : 'you';
        if ((bits & SLOT_BIT) !== 0 && slotEnd < 0 && t.raw === w) slotEnd = t.end - s.start;
      }
    } else {
      syllables += countLowerSyllables(w, fr);
      if (!sigma) {
        const from = atoms.length;
        pushAtoms(w, atoms);
        for (let j = from; j < atoms.length; j++) atomBits(atoms[j]);
      }
      focus ??= tokenFocus(w, lang);
      const numbers = numberKind(t.raw);
      if (numbers !== 0) flags = HAS_NUMBER;
      if (numbers === 2) digits = true;
    }
    if (isUpper(text.codePointAt(t.start - s.start)!)) flags |= STARTS_UPPER;
    if (flags !== 0) marks.push(k * 4 + flags);
  }
  if (sigma) {
    pushAtoms(text.toLowerCase(), atoms);
    for (const a of atoms) atomBits(a);
  }
  if (text.includes('İ')) gates &= ~(ALL_GATE_BITS << SURE_SHIFT);
  return { atoms, gates, syllables, focus: focus ?? 'none', marks, slotEnd, digits, tu };
}
