import type { Detector, DetectorHit } from './detectorTypes';
import { contentSentences } from './bodySentences';
import { num } from './paramValues';

const TU = /^(tu|t'|te|ton|ta|tes|toi)$/;
const VOUS = /^(vous|votre|vos)$/;
const ELIDED_T = /^t'/;

/** French draft that says both tu and vous to the recipient: flags the minority form. */
export const tuVousMix: Detector = {
  name: 'tu-vous-mix',
  kind: 'metric',
  defaults: { minEach: 1 },
  run(ctx, params) {
    if (ctx.lang !== 'fr') return [];
    const minEach = num(params, 'minEach', 1);
    const tu: DetectorHit[] = [];
    const vous: DetectorHit[] = [];
    for (const s of contentSentences(ctx.view, ctx.segments ?? ['greeting', 'opener', 'body', 'ask', 'ps', 'signoff'])) {
      for (const t of s.tokens) {
        if (TU.test(t.lower)) tu.push({ start: t.start, end: t.end });
        else if (ELIDED_T.test(t.lower)) tu.push({ start: t.start, end: t.start + 2 });
        else if (VOUS.test(t.lower)) vous.push({ start: t.start, end: t.end });
      }
    }
    if (tu.length < minEach || vous.length < minEach) return [];
    const minority = tu.length <= vous.length ? tu : vous;
    return minority.map((h) => ({ ...h, values: { tu: tu.length, vous: vous.length } }));
  },
};
