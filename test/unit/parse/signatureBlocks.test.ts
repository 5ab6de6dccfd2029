import * as assert from 'node:assert/strict';
import { segmentsOf } from './segmentsOf';

function closing(text: string): [string, string][] {
  return segmentsOf(text).filter(([k]) => k === 'signoff' || k === 'signature' || k === 'ps');
}

describe('parse: signature blocks after a sign-off', () => {
  it('takes a "Title | Company" line and a quoted tagline of short fragments as signature', () => {
    const text = 'Hi Rui,\n\nYour Porto depot runs two reefer shifts.\n\nCheers,\nNell\n\nNell Baptiste\nFleet Advisor | Coldpath\n"Every pallet. Every mile."';
    assert.deepEqual(closing(text), [
      ['signoff', 'Cheers,'],
      ['signature', 'Nell\n\nNell Baptiste\nFleet Advisor | Coldpath\n"Every pallet. Every mile."'],
    ]);
  });

  it('takes an unquoted fragment slogan and a French quoted tagline as signature', () => {
    const en = 'Hello Bea,\n\nThe quote is attached.\n\nKind regards,\nOwen Pratt\nRegional Manager\nTundra Haulage\nFast. Frozen. Fine.';
    assert.deepEqual(closing(en).slice(-1), [['signature', 'Owen Pratt\nRegional Manager\nTundra Haulage\nFast. Frozen. Fine.']]);
    const fr = 'Bonjour Maël,\n\nLe devis est en pièce jointe.\n\nBien à vous,\nLe service commercial\n« Vos palettes, notre affaire »';
    assert.deepEqual(closing(fr), [['signoff', 'Bien à vous,'], ['signature', 'Le service commercial\n« Vos palettes, notre affaire »']]);
  });

  it('accepts a one-sentence tagline and a confidentiality footer once the signature has started', () => {
    const text = 'Hi Tam,\n\nThe quote is attached.\n\nBest,\nIda Ruiz\nKeeping warehouses dry since 1994.\nThis message is confidential and intended solely for its addressee.';
    assert.deepEqual(closing(text).slice(-1), [
      ['signature', 'Ida Ruiz\nKeeping warehouses dry since 1994.\nThis message is confidential and intended solely for its addressee.'],
    ]);
  });

  it('keeps a P.S. as coached text and never swallows a real sentence to the reader', () => {
    const ps = 'Hi Tam,\n\nThe quote is attached.\n\nThanks,\nIda\n\nPS: the Reno site visit is still on for May.\n\nIda Ruiz | Drybay';
    assert.deepEqual(closing(ps), [['signoff', 'Thanks,'], ['signature', 'Ida'], ['ps', 'PS: the Reno site visit is still on for May.'], ['signature', 'Ida Ruiz | Drybay']]);
    const afterthought = 'Hi Tam,\n\nThe quote is attached.\n\nThanks,\nIda\nI will be in Reno on Tuesday if you want to walk the site.';
    assert.deepEqual(closing(afterthought), []);
    const personalTag = 'Hi Tam,\n\nThe quote is attached.\n\nBest,\nIda Ruiz\nI can walk you through it tomorrow.';
    assert.deepEqual(closing(personalTag), []);
  });

  it('reads a lone department line at the end as a signature, not as body', () => {
    const en = 'Hi Tam,\n\nOur spring catalogue is out.\n\nThe Sales Team';
    assert.deepEqual(segmentsOf(en).slice(-1), [['signature', 'The Sales Team']]);
    const fr = 'Bonjour,\n\nNotre catalogue de printemps est disponible.\n\nL’équipe Drybay';
    assert.deepEqual(segmentsOf(fr).slice(-1), [['signature', 'L’équipe Drybay']]);
    const sentence = 'Hi Tam,\n\nOur spring catalogue is out.\n\nI spoke to your team.';
    assert.ok(!segmentsOf(sentence).some(([k]) => k === 'signature'));
  });
});
