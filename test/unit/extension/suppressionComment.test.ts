import * as assert from 'node:assert/strict';
import { suppressionInsertion } from '../../../src/extension/suppressionComment';

describe('suppressionComment', () => {
  const text = 'Hi Ana,\n\n  I hope this email finds you well.\n';

  it('inserts an indented comment line above the finding', () => {
    const at = text.indexOf('hope');
    const ins = suppressionInsertion(text, at, 'hope-finds-you-well', 'en');
    assert.equal(ins.at, text.indexOf('  I hope'));
    assert.equal(ins.text, '  <!-- unscripted-disable-next-line hope-finds-you-well -->\n');
  });

  it('uses the French spelling in a French draft and CRLF when the text does', () => {
    const crlf = 'Bonjour,\r\nJe me permets de vous contacter.\r\n';
    const ins = suppressionInsertion(crlf, crlf.indexOf('permets'), 'fr-je-me-permets', 'fr');
    assert.equal(ins.at, crlf.indexOf('Je'));
    assert.equal(ins.text, '<!-- unscripted-desactiver-ligne-suivante fr-je-me-permets -->\r\n');
  });

  it('works on the first line', () => {
    assert.equal(suppressionInsertion('Hope all is well', 0, 'x', 'en').at, 0);
  });
});
