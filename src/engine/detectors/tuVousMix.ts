import type { SegmentKind } from '../types';
import type { Detector, DetectorHit } from './detectorTypes';
import { draftFeatures } from './draftFeatures';
import { num } from './paramValues';

const ADDRESS = /(?<![\p{L}\p{N}])(?:(tu|te|toi|ton|ta|tes)|(vous|votre|vos))(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(t['’])(?=\p{L})/giu;

const ADDRESSED: readonly SegmentKind[] = ['greeting', 'opener', 'body', 'ask', 'ps', 'signoff'];

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
    for (const { s } of draftFeatures(ctx.view, ctx.lang).content(ctx.segments ?? ADDRESSED)) {
      ADDRESS.lastIndex = 0;
      for (let m = ADDRESS.exec(s.text); m; m = ADDRESS.exec(s.text)) {
        const hit = { start: s.start + m.index, end: s.start + m.index + m[0].length };
        (m[2] ? vous : tu).push(hit);
      }
    }
    if (tu.length < minEach || vous.length < minEach) return [];
    const minority = tu.length <= vous.length ? tu : vous;
    return minority.map((h) => ({ ...h, values: { tu: tu.length, vous: vous.length } }));
  },
};
