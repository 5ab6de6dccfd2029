import type { Detector, DetectorHit } from './detectorTypes';
import { contentSentences, trimmedSpan } from './bodySentences';
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
    for (const s of contentSentences(ctx.view, ctx.segments)) {
      const found = claimForm(s.text, ctx.lang, ctx.view);
      if (found && (form === 'any' || form === found)) hits.push({ ...trimmedSpan(s), values: { form: found } });
    }
    return hits;
  },
};
