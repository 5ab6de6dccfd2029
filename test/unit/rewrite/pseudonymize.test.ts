import * as assert from 'node:assert/strict';
import { frontMatterNames, Pseudonymizer } from '../../../src/rewrite/pseudonymize';

const EN = `Hi Priyanka,

Saw your post about moving the Leeds warehouse onto one scheduling tool. Tom Becker on our side ran the same
switch at Northwind last spring; happy to connect you two. Details: https://example.org/case-study?id=42.

Reach me at d.okafor@fieldnote.io or +44 20 7946 0321.

Cheers,
Daniel Okafor`;

const FR = `Bonjour Madame Lefèvre,

J'ai lu votre interview dans Les Echos sur l'ouverture du site de Lyon. Mon collègue Jean-Marc Roux peut vous
montrer notre retour d'expérience : www.exemple.fr/lyon — ou appelez-moi au 06 12 34 56 78.

Bien à vous,
Élodie Marchand`;

describe('rewrite/pseudonymize', () => {
  it('replaces greeting, signature and capitalised names, emails, phones and URLs (EN)', () => {
    const p = new Pseudonymizer();
    const masked = p.mask(EN);
    for (const secret of ['Priyanka', 'Tom Becker', 'Daniel Okafor', 'd.okafor@fieldnote.io', '+44 20 7946 0321', 'https://example.org/case-study?id=42']) {
      assert.ok(!masked.includes(secret), `${secret} still in: ${masked}`);
    }
    assert.match(masked, /^Hi ⟦PERSON_1⟧,/);
    assert.match(masked, /⟦URL_1⟧\./, 'trailing full stop stays outside the URL');
    // Facts that are not personal data stay: places, companies, numbers.
    for (const kept of ['Leeds', 'Northwind', 'last spring']) assert.ok(masked.includes(kept));
    const kinds = p.entries.map((e) => e.kind).sort();
    assert.deepEqual(kinds, ['EMAIL', 'PERSON', 'PERSON', 'PERSON', 'PHONE', 'URL']);
  });

  it('replaces titles, hyphenated names, French phones and bare www URLs (FR)', () => {
    const p = new Pseudonymizer();
    const masked = p.mask(FR);
    for (const secret of ['Lefèvre', 'Jean-Marc Roux', 'Élodie Marchand', '06 12 34 56 78', 'www.exemple.fr/lyon']) {
      assert.ok(!masked.includes(secret), `${secret} still in: ${masked}`);
    }
    assert.match(masked, /^Bonjour Madame ⟦PERSON_1⟧,/);
    assert.ok(masked.includes('Lyon') && masked.includes('Les Echos'));
  });

  it('is stable: the same original gets the same placeholder across texts', () => {
    const p = new Pseudonymizer();
    const a = p.mask('Hi Sarah,\nSarah, your team asked about sarah@acme.com.');
    const b = p.mask('Excerpt: thanks Sarah, write to SARAH@acme.com');
    assert.equal((a.match(/⟦PERSON_1⟧/g) ?? []).length, 2);
    assert.ok(b.includes('⟦PERSON_1⟧') && b.includes('⟦EMAIL_1⟧'), b);
  });

  it('restores placeholders even when the model changed brackets, spacing or case', () => {
    const p = new Pseudonymizer();
    p.mask('Hi Sarah,\nCall me on 415-555-0134 or see https://acme.test.com/x.');
    const restored = p.restore('Hi ⟦ person_1 ⟧ — ring [[PHONE_1]] or open ⟦URL 1⟧. Also PERSON_1 and ⟦PERSON_7⟧.');
    assert.equal(restored.text, 'Hi Sarah — ring 415-555-0134 or open https://acme.test.com/x. Also Sarah and ⟦PERSON_7⟧.');
    assert.deepEqual(restored.unknown, ['⟦PERSON_7⟧']);
  });

  it('round-trips: restore(mask(text)) === text', () => {
    for (const text of [EN, FR]) {
      const p = new Pseudonymizer();
      assert.equal(p.restore(p.mask(text)).text, text);
    }
  });

  it('leaves ordinary numbers, dates and "Hi team" alone', () => {
    const p = new Pseudonymizer();
    const text = 'Hi team,\nWe cut onboarding from 14 to 3 days in 2025, on 12/03 at 9:30, for 1 200 users.';
    assert.equal(p.mask(text), text);
  });

  it('uses names from front matter and given names anywhere', () => {
    const text = '---\nto:\n  name: Ngozi Adeyemi\n  company: Brightline\n---\nNgozi, quick question about Brightline.';
    assert.deepEqual(frontMatterNames(text), ['Ngozi Adeyemi']);
    assert.deepEqual(frontMatterNames('---\nto: Bob Stone\n---\nHi'), ['Bob Stone']);
    const p = new Pseudonymizer(frontMatterNames(text));
    const masked = p.mask(text);
    assert.ok(!masked.includes('Ngozi') && !masked.includes('Adeyemi'), masked);
    assert.ok(masked.includes('Brightline'));
  });
});
