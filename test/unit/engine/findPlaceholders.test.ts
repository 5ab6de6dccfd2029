import * as assert from 'node:assert/strict';
import { findPlaceholders } from '../../../src/engine/match/findPlaceholders';

const found = (text: string): string[] => findPlaceholders(text, 0).map((s) => text.slice(s.start, s.end));

describe('engine/match/findPlaceholders', () => {
  it('finds every common merge-tag syntax', () => {
    for (const tag of ['{{first_name}}', '{{ firstName }}', '{FirstName}', '[Company]', '[First Name]', '<Prénom>', '%FIRSTNAME%',
      '*|FNAME|*', 'XXX', '[Prénom]', '[Entreprise]', "[Nom de l'entreprise]", '{Prénom}', '{{prenom}}', '%PRENOM%', '{COMPANY_NAME}', '[[industry]]']) {
      assert.deepEqual(found(`Hello ${tag}, nice work.`), [tag], tag);
    }
  });

  it('is not fooled by links, footnotes, e-mail addresses, HTML or asides', () => {
    for (const text of ['See [our guide](https://x.io).', 'As shown [1] and [^2].', 'Mail <sam@acme.io>.', 'He wrote [sic] twice.',
      'A <br> tag', 'Use {braces} in code', 'We cut 20% to 30% of costs', '[see below]', 'XX-large', 'Ref [Company][1]']) {
      assert.deepEqual(found(text), [], text);
    }
  });
});
