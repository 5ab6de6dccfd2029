import type { SegmentKind } from '../types';
import type { Detector, DetectorHit } from './detectorTypes';
import { draftFeatures, type SentenceFeatures } from './draftFeatures';
import { num } from './paramValues';
import type { Token } from '../draftView';
import { TU_WORD, T_ATOM } from './sentenceScan';
import { pushAtoms } from './wordAtoms';

const ADDRESS = /(?<![\p{L}\p{N}])(?:(tu|te|toi|ton|ta|tes)|(vous|votre|vos))(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(t['’])(?=\p{L})/giu;
const T_ELISION = /[tT]['’]/;

/**
 * Can a sentence hold a tu form? Only if an atom is tu/te/toi/ton/ta/tes, or is "t" with t' or t’
 * in the text (not the euphonic t of « gère-t-elle ») — the token scan notes both. Case-
 * insensitively, only ſ folds onto those letters without lower-casing to them: a text with ſ may
 * always hold one.
 */
function mayHoldTu(f: SentenceFeatures): boolean {
  const text = f.s.text;
  const tu = f.isScanned ? f.scan.tu : tuForms(f.s.tokens); // greeting and sign-off sentences are not scanned for anything else
  return (tu & TU_WORD) !== 0 || text.includes('ſ') || ((tu & T_ATOM) !== 0 && T_ELISION.test(text));
}

const TU_FORMS = new Set(['tu', 'te', 'toi', 'ton', 'ta', 'tes']);

/** The sentence scan's `tu` bits (French) from the tokens' atoms alone: TU_WORD for tu/te/toi/ton/ta/tes, T_ATOM for "t". */
export function tuForms(tokens: readonly Token[]): number {
  let bits = 0;
  for (const t of tokens) {
    if (!t.lower.includes('t')) continue; // every tu form has one
    for (const a of pushAtoms(t.lower, [])) bits |= a === 't' ? T_ATOM : TU_FORMS.has(a) ? TU_WORD : 0;
  }
  return bits;
}

const ADDRESSED: readonly SegmentKind[] = ['greeting', 'opener', 'body', 'ask', 'ps', 'signoff'];

/** French draft that says both tu and vous to the recipient: flags the minority form. */
export const tuVousMix: Detector = {
  name: 'tu-vous-mix',
  kind: 'metric',
  defaults: { minEach: 1 },
  run(ctx, params) {
    if (ctx.lang !== 'fr') return [];
    const minEach = num(params, 'minEach', 1);
    const sentences = draftFeatures(ctx.view, ctx.lang).content(ctx.segments ?? ADDRESSED);
    // Most drafts keep to vous: with no tu form anywhere, there is no mix to report.
    if (minEach > 0 && !sentences.some(mayHoldTu)) return [];
    const tu: DetectorHit[] = [];
    const vous: DetectorHit[] = [];
    for (const { s } of sentences) {
      ADDRESS.lastIndex = 0;
      for (let m = ADDRESS.exec(s.text); m; m = ADDRESS.exec(s.text)) {
        const hit = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        (m[2] ? vous : tu).push(hit);
      }
    }
    if (tu.length < minEach || vous.length < minEach) return [];
    const minority = tu.length <= vous.length ? tu : vous;
    return minority.map((h) => ({ start: h.start, end: h.end, values: { tu: tu.length, vous: vous.length } }));
  },
};
