import * as assert from 'node:assert/strict';
import { renderReport } from '../../../src/report/renderReport';
import { splitHighlights } from '../../../src/report/splitHighlights';
import { doc, draftAnalysis, findingOn } from './analysisFixture';

const TEXT = 'Hi <b>Sam</b> & "team",\nI hope this email finds you well. Your talk at Flowcon on pallet routing was sharp.';
const opener = findingOn(TEXT, 'I hope this email finds you well', 'cliche-opener', {
  message: 'Stock opener <script>alert(1)</script>', why: 'Everyone writes "this" & more',
});
const talk = findingOn(TEXT, 'Your talk at Flowcon on pallet routing', 'specific-reference');
const analysis = draftAnalysis(TEXT, [opener, talk], 62, 'Pallet <routing>');

describe('renderReport', () => {
  const html = renderReport([{ name: 'draft <1>.md', analysis: doc(analysis) }], { uiLang: 'en' });

  it('escapes the draft text, names, messages and subject', () => {
    assert.ok(!html.includes('<b>Sam'));
    assert.ok(html.includes('Hi &lt;b&gt;Sam&lt;/b&gt; &amp; &quot;team&quot;'));
    assert.ok(!html.includes('<script'));
    assert.ok(html.includes('Stock opener &lt;script&gt;'));
    assert.ok(html.includes('draft &lt;1&gt;.md'));
    assert.ok(html.includes('Pallet &lt;routing&gt;'));
    assert.ok(html.includes('Everyone writes &quot;this&quot; &amp; more'));
  });

  it('highlights scripted and authentic phrases inline, numbered like the findings list', () => {
    assert.match(html, /<mark class="scripted"[^>]*><sup>1<\/sup>I hope this email finds you well<\/mark>/);
    assert.match(html, /<mark class="authentic"[^>]*><sup>2<\/sup>Your talk at Flowcon on pallet routing<\/mark>/);
    assert.match(html, /<li value="1">.*Stock opener/);
  });

  it('shows the score, the breakdown and the channel fit', () => {
    assert.match(html, /class="gauge mid"[^>]*><span>62<\/span>/);
    // Breakdown lines use the category names of the views, never the engine's ids.
    assert.ok(html.includes('<td>starting score</td>'));
    assert.ok(html.includes('<td>1 scripted opener</td>'));
    assert.ok(html.includes('<td>1 specific reference</td>'));
    assert.ok(html.includes('40 / 50\u2013125 words'));
  });

  it('loads nothing: no script, no remote or linked resource', () => {
    assert.ok(!/<script|<link|<img|<iframe|@import|url\(/i.test(html));
    assert.ok(!/(src|href)\s*=/i.test(html));
    assert.ok(!/https?:/i.test(html));
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  });

  it('renders a comparison with the difference explained, side by side, in French', () => {
    const bad = draftAnalysis(TEXT, [opener], 31);
    const out = renderReport([{ name: 'Avant', analysis: doc(bad) }, { name: 'Après', analysis: doc(analysis) }], { uiLang: 'fr' });
    assert.ok(out.includes('<html lang="fr">'));
    assert.ok(out.includes('class="drafts two"'));
    assert.ok(out.includes('+1 référence précise\u00a0: 31 \u2192 62'));
    assert.equal((out.match(/<section class="draft">/g) ?? []).length, 2);
  });
});

describe('splitHighlights', () => {
  it('cuts overlapping findings into flat pieces, shortest finding first', () => {
    const text = 'aa bb cc dd';
    const outer = findingOn(text, 'bb cc dd', 'concrete-detail');
    const inner = findingOn(text, 'cc', 'filler');
    const pieces = splitHighlights(text, [outer, inner]);
    assert.deepEqual(pieces.map((p) => [p.text, p.kind, p.findings]), [
      ['aa ', undefined, []], ['bb ', 'authentic', [0]], ['cc', 'scripted', [1, 0]], [' dd', 'authentic', [0]],
    ]);
    assert.deepEqual(pieces.map((p) => p.starts), [[], [0], [1], []]);
    assert.equal(pieces.map((p) => p.text).join(''), text);
  });

  it('clips findings to the window and ignores empty ones', () => {
    const text = 'front\nbody text here';
    const f = findingOn(text, 'front\nbody', 'filler');
    const empty = { ...findingOn(text, 'here', 'hype'), end: text.indexOf('here') };
    const pieces = splitHighlights(text, [f, empty], 6);
    assert.deepEqual(pieces.map((p) => [p.text, p.starts]), [['body', [0]], [' text here', []]]);
  });
});
