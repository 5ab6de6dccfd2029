import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildDraftView } from '../../../src/engine/draftView';
import { computeMetrics } from '../../../src/engine/metrics/computeMetrics';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import { trickyText } from '../reference/trickyText';

function metrics(text: string) {
  const view = buildDraftView(parseDocument(text)[0]);
  return { view, m: computeMetrics(view, 'linkedin-connection', false) };
}

/** Characters as the rep sees them: code points of the coached text from first to last coached segment, trimmed. */
function expectedCharacters(text: string): number {
  const { view } = metrics(text);
  const c = view.coached;
  return c.length ? [...text.slice(c[0].start, c[c.length - 1].end).trim()].length : 0;
}

describe('metrics: computeMetrics', () => {
  it('counts characters as code points (emoji and astral letters once, lone surrogates once, edges trimmed)', () => {
    for (const text of ['Hi Sam,\n\nLove the 🚀 launch 𝐀!\n\nBest,\nAna', 'Salut\u00a0Léa\u202f! On se voit\u2028?', 'x\ud835 y\udc00', '', '   ', 'é\u0301']) {
      const { m } = metrics(text);
      assert.equal(m.characters, expectedCharacters(text), JSON.stringify(text));
      assert.equal(m.channelLimit?.unit, 'characters');
      assert.equal(m.channelLimit?.value, m.characters);
    }
    assert.equal(metrics('Love the 🚀 launch').m.characters, 17);
  });

  it('counts characters the same way on random tricky text', () => {
    fc.assert(fc.property(trickyText, (t) => assert.equal(metrics(t).m.characters, expectedCharacters(t))), { numRuns: 1000 });
  });

  it('counts words, sentences, questions and focus over the content sentences', () => {
    const { m } = metrics('Hi Sam,\n\nI saw your talk on returns. We cut picking time by half. How do you staff the peak?\n\nBest,\nAna');
    assert.equal(m.sentences, 3);
    assert.equal(m.questions, 1);
    assert.equal(m.selfSentences, 2);
    assert.equal(m.youSentences, 1);
    assert.equal(m.words, 18);
  });
});
