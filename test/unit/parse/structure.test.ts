import * as assert from 'node:assert/strict';
import { segmentsOf } from './segmentsOf';

describe('parse: draft structure', () => {
  it('splits an English email into greeting, opener, body, ask, sign-off and signature', () => {
    const text = [
      'Hi Morgan,', '',
      'Your keynote at the Lisbon logistics summit stuck with me. The bit about pallet dwell time was new to me.', '',
      'We track dwell time for two cold-store operators in Porto.', '',
      'Would a one-page summary of what we saw be useful?', '',
      'Best,', 'Priscilla Vale', 'Head of Partnerships, Dockline', '+351 912 345 678',
    ].join('\n');
    assert.deepEqual(segmentsOf(text), [
      ['greeting', 'Hi Morgan,'],
      ['opener', 'Your keynote at the Lisbon logistics summit stuck with me.'],
      ['body', 'The bit about pallet dwell time was new to me.\n\nWe track dwell time for two cold-store operators in Porto.'],
      ['ask', 'Would a one-page summary of what we saw be useful?'],
      ['signoff', 'Best,'],
      ['signature', 'Priscilla Vale\nHead of Partnerships, Dockline\n+351 912 345 678'],
    ]);
  });

  it('splits a French email with a formal closing and a department signature', () => {
    const text = [
      'Madame, Monsieur,', '',
      'Notre cabinet accompagne les collectivités depuis vingt ans.', '',
      'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.', '',
      'Le service clients',
    ].join('\n');
    assert.deepEqual(segmentsOf(text), [
      ['greeting', 'Madame, Monsieur,'],
      ['opener', 'Notre cabinet accompagne les collectivités depuis vingt ans.'],
      ['signoff', 'Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.'],
      ['signature', 'Le service clients'],
    ]);
  });

  it('takes an inline greeting apart from the rest of a one-paragraph note and finds its ask', () => {
    const text = 'Salut Inès, ton fil sur les retours produits m’a fait rire. On vit la même chose chez nous. Partante pour en parler autour d’un café ?';
    assert.deepEqual(segmentsOf(text), [
      ['greeting', 'Salut Inès,'],
      ['opener', 'ton fil sur les retours produits m’a fait rire.'],
      ['body', 'On vit la même chose chez nous.'],
      ['ask', 'Partante pour en parler autour d’un café ?'],
    ]);
  });

  it('treats a bare name with a comma or an exclamation mark as a greeting, not a sentence opener', () => {
    assert.deepEqual(segmentsOf('Noor! Congrats on the new role.')[0], ['greeting', 'Noor!']);
    assert.deepEqual(segmentsOf('Hey {{first_name}} 👋 quick one for you.')[0], ['greeting', 'Hey {{first_name}} 👋']);
    assert.equal(segmentsOf('Thanks, that helps a lot.')[0][0], 'opener');
    assert.equal(segmentsOf('Honestly, I did not expect a reply.')[0][0], 'opener');
  });

  it('keeps a P.S. between the sign-off and the signature as coached text', () => {
    const text = 'Hello Ana,\n\nThe audit template is attached.\n\nKind regards,\nTeo\n\nP.S. Only two seats left at this price!\n\nTeo Marsh\nAccount Manager, Fenwick Labs\nfenwicklabs.com';
    assert.deepEqual(segmentsOf(text).slice(2), [
      ['signoff', 'Kind regards,'],
      ['signature', 'Teo'],
      ['ps', 'P.S. Only two seats left at this price!'],
      ['signature', 'Teo Marsh\nAccount Manager, Fenwick Labs\nfenwicklabs.com'],
    ]);
    const fr = 'Bonjour Eva,\n\nVoici le devis.\n\nBien à vous,\nLuc\n\nP.-S. Je serai à Nantes jeudi.';
    assert.deepEqual(segmentsOf(fr).slice(-1), [['ps', 'P.-S. Je serai à Nantes jeudi.']]);
  });

  it('merges stacked French closings into one sign-off', () => {
    const text = 'Bonjour,\n\nPourriez-vous me confirmer la date ?\n\nDans l’attente de votre retour,\n\nBien cordialement,\nJeanne Roy';
    assert.deepEqual(segmentsOf(text).slice(-2), [
      ['signoff', 'Dans l’attente de votre retour,\n\nBien cordialement,'],
      ['signature', 'Jeanne Roy'],
    ]);
  });

  it('recognises a signature without a sign-off only when it is clearly contact details', () => {
    const withContact = 'Hi Lee,\n\nYour loading dock photo shows a broken seal. We fix those.\n\nDana Whitfield\nWhitfield Doors\n(555) 010-4477';
    assert.deepEqual(segmentsOf(withContact).slice(-1), [['signature', 'Dana Whitfield\nWhitfield Doors\n(555) 010-4477']]);
    const plainEnding = 'Hi Lee,\n\nYour loading dock photo shows a broken seal.\n\nWe fix those quickly\nand cheaply';
    assert.ok(!segmentsOf(plainEnding).some(([k]) => k === 'signature'));
  });

  it('does not let a signature swallow body text after a sign-off-like word', () => {
    const text = 'Hi Sam,\n\nThanks!\n\nI read your write-up on churn cohorts and have a question about the March dip, which looked seasonal to me.\n\nRuth';
    const kinds = segmentsOf(text).map(([k]) => k);
    assert.ok(!kinds.includes('signoff'));
    assert.ok(!kinds.includes('signature'));
  });

  it('accepts a one-line sign-off with the name and a "-- " signature delimiter', () => {
    assert.deepEqual(segmentsOf('Hi Jo,\n\nSee you at the depot.\n\nCheers, Maya').slice(-1), [['signoff', 'Cheers, Maya']]);
    const delim = 'Hi Jo,\n\nSee you at the depot.\n\n-- \nMaya Ortiz | Ortiz Freight';
    assert.deepEqual(segmentsOf(delim).slice(-1), [['signature', '-- \nMaya Ortiz | Ortiz Freight']]);
  });

  it('reads a Subject:/Objet : first line as the subject, never coached', () => {
    assert.deepEqual(segmentsOf('Subject: Dock seals\n\nHi Lee,\n\nQuick note.').slice(0, 2), [
      ['subject', 'Subject: Dock seals'], ['greeting', 'Hi Lee,'],
    ]);
    assert.deepEqual(segmentsOf('Objet\u00a0: Devis gaines\nBonjour,\nVoici.')[0], ['subject', 'Objet\u00a0: Devis gaines']);
  });
});
