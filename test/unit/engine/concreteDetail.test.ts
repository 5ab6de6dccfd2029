import * as assert from 'node:assert/strict';
import { DETECTORS } from '../../../src/engine/detectors';
import { buildDraftView } from '../../../src/engine/draftView';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import type { Draft, Lang, SegmentKind } from '../../../src/engine/types';
import { makeDraft } from './draftFixture';

function concrete(draft: Draft): string[] {
  const hits = DETECTORS['concrete-detail'].run({ view: buildDraftView(draft), lang: draft.lang, channel: draft.channel, premium: false }, {});
  return hits.map((h) => draft.text.slice(h.start, h.end));
}

const body = (text: string, lang: Lang = 'en', kind: SegmentKind = 'body'): string[] => concrete(makeDraft([[kind, text]], { lang }));

describe('concrete-detail: what is not recipient-specific detail', () => {
  it('does not credit the sender\'s benefit claims (percentages with hedges or "customers see")', () => {
    assert.deepEqual(body('Clinics using Remindly see a 45% drop in missed appointments within 60 days.'), []);
    assert.deepEqual(body('Our clients typically recover 12% of their freight spend in the first quarter.'), []);
    assert.deepEqual(body('Our coating can extend deck life by up to 35% on Gulf Coast sites.'), []);
    assert.deepEqual(body('Nos clients réduisent de 25 % leurs litiges transport dès le premier mois.', 'fr'), []);
    // A measured range about a named case, and a before/after figure, stay concrete.
    assert.deepEqual(body('Across our four dairy customers it was 3–5% fewer stoppages over the winter at Tilburg.'), [
      'Across our four dairy customers it was 3–5% fewer stoppages over the winter at Tilburg.',
    ]);
    assert.deepEqual(body('Votre atelier de Vierzon est passé de 14 % à 9 % de rebuts.', 'fr'), ['Votre atelier de Vierzon est passé de 14 % à 9 % de rebuts.']);
  });

  it('does not credit the weekday or the hour of a time proposal, nor a visit pretext', () => {
    assert.deepEqual(body('Does Monday or Wednesday afternoon work for a quick call?'), []);
    assert.deepEqual(body('What does Friday look like?'), []);
    assert.deepEqual(body('I\'ll be in Tulsa on the 9th and 10th.'), []);
    assert.deepEqual(body('Mardi 10 h, ça vous va ?', 'fr'), []);
    // A weekday in a fact is still a detail.
    assert.deepEqual(body('Your Tulsa crew switched to night loading last Friday.'), ['Your Tulsa crew switched to night loading last Friday.']);
  });

  it('does not credit the reader\'s own name, a vocative, or a "companies like X" slot', () => {
    const d = makeDraft([['greeting', 'Hi Odile,'], ['opener', 'Thanks for accepting, Odile!'], ['body', 'Glad we are connected, Bram.']]);
    assert.deepEqual(concrete(d), []);
    assert.deepEqual(body('We are a great match for firms like Harrow Freight.'), []);
    assert.deepEqual(body('Nous travaillons avec des entreprises comme Valmorel.', 'fr'), []);
    assert.deepEqual(body('We serve teams like Orla and companies like Harrow Freight.'), [], 'each name sits in a slot');
    // The slot is written in lower case: a capitalised "Like" is not one, so the name counts.
    assert.deepEqual(body('Think of firms Like Harrow Freight.'), ['Think of firms Like Harrow Freight.']);
  });

  it('does not credit generic job-ad perks or a self-introduction to a whole segment', () => {
    assert.deepEqual(body('Competitive salary, equity and unlimited PTO.'), []);
    assert.deepEqual(body('We lease forklifts and pallet jacks to warehouses and distributors across the Ohio valley.'), []);
    assert.deepEqual(body('Nous louons des nacelles aux artisans de la région Rhône-Alpes.', 'fr'), []);
    // With a count it is a fact about the offer.
    assert.deepEqual(body('We lease forklifts to three distributors in Dayton.'), ['We lease forklifts to three distributors in Dayton.']);
  });

  it('does not count list numbers, and never spans the greeting, sign-off or signature', () => {
    const text = 'Hi Rob,\n\nThree options:\n1. You are covered already\n2. You want a look\n3. You are busy\n\nBest,\nIvo Brandt\nBrandt Pumps | Zwolle';
    const [draft] = parseDocument(text);
    assert.deepEqual(concrete(draft), []);
    const kinds = new Set(draft.segments.map((s) => s.kind));
    assert.ok(kinds.has('signature') && kinds.has('signoff'));
  });
});

describe('benefit-claim detector', () => {
  const claims = (text: string, form: string, lang: Lang = 'en'): string[] => {
    const draft = makeDraft([['body', text]], { lang });
    return DETECTORS['benefit-claim'].run({ view: buildDraftView(draft), lang, channel: 'email', premium: false }, { form }).map((h) => draft.text.slice(h.start, h.end));
  };

  it('reports sender benefit claims as claims and "typically / en moyenne" figures as statistics', () => {
    const claim = 'Clinics using Remindly see a 45% drop in missed appointments within 60 days.';
    const stat = 'Our clients typically recover 12% of their freight spend.';
    assert.deepEqual(claims(claim, 'claim'), [claim]);
    assert.deepEqual(claims(claim, 'statistic'), []);
    assert.deepEqual(claims(stat, 'statistic'), [stat]);
    assert.deepEqual(claims(stat, 'claim'), []);
    assert.deepEqual(claims('Nos clients économisent en moyenne 18 % sur le transport.', 'any', 'fr'), ['Nos clients économisent en moyenne 18 % sur le transport.']);
  });

  it('leaves the reader\'s own figures and measured ranges alone', () => {
    assert.deepEqual(claims('Your scrap rate went from 14% to 9% after the new press.', 'any'), []);
    assert.deepEqual(claims('Across our four dairy customers it was 3–5% fewer stoppages in the first winter.', 'any'), []);
  });
});
