import * as assert from 'node:assert/strict';
import { maskEmlHeaders } from '../../../src/extension/emlBody';

describe('emlBody', () => {
  it('blanks headers except Subject, keeping every offset', () => {
    const eml = 'From: Kim <kim@example.com>\nTo: ana@example.com\nSubject: Your Lyon post\n  (continued)\nDate: Mon, 5 Jan 2026\n\nHi Ana,\nBody.\n';
    const masked = maskEmlHeaders(eml);
    assert.equal(masked.length, eml.length);
    assert.equal(masked.split('\n').length, eml.split('\n').length);
    assert.ok(!masked.includes('kim@example.com') && !masked.includes('Date:'));
    assert.ok(masked.includes('Subject: Your Lyon post\n  (continued)'));
    assert.equal(masked.slice(masked.indexOf('Hi Ana')), eml.slice(eml.indexOf('Hi Ana')));
  });

  it('leaves text without a header block alone', () => {
    const plain = 'Hi Ana,\n\nNice talk: really.\n';
    assert.equal(maskEmlHeaders(plain), plain);
  });
});
