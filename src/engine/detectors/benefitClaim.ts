import type { Detector, DetectorHit } from './detectorTypes';
import { sentenceHit } from './bodySentences';
import { draftFeatures } from './draftFeatures';
import { claimForm } from './notConcrete';

const FORMS = new Set(['claim', 'statistic', 'any']);

/**
 * The sender's benefit claims: a percentage or multiplier under "up to / typically / on average /
 * jusqu'à / en moyenne", or "customers / practices using X / nos clients" + a result verb
 * ("Clinics using Remindly see a 45% drop within 60 days", « Nos clients réduisent de 25 % … »).
 * `form: claim` reports the superlative kind (use with `hype`), `form: statistic` the
 * "typically / en moyenne" kind (use with `generic-value-prop`), `any` both.
 */
export const benefitClaim: Detector = {
  name: 'benefit-claim',
  kind: 'signal',
  defaults: { form: 'any' },
  run(ctx, params) {
    const form = typeof params.form === 'string' && FORMS.has(params.form) ? params.form : 'any';
    const hits: DetectorHit[] = [];
    for (const f of draftFeatures(ctx.view, ctx.lang).content(ctx.segments)) {
      const found = claimForm(f, ctx.lang);
      if (!found || (form !== 'any' && form !== found)) continue;
      hits.push(sentenceHit(f.s, { form: found }));
    }
    return hits;
  },
};
