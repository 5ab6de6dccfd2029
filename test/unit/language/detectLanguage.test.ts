import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/engine/language/detectLanguage';
import { SENTENCES, SNIPPETS } from './languageSamples';

/** Share of samples detected as their language. */
function accuracy(samples: { en: string[]; fr: string[] }): { rate: number; wrong: string[] } {
  const wrong = [
    ...samples.en.filter((s) => detectLanguage(s).lang !== 'en'),
    ...samples.fr.filter((s) => detectLanguage(s).lang !== 'fr'),
  ];
  const total = samples.en.length + samples.fr.length;
  return { rate: (total - wrong.length) / total, wrong };
}


describe('language: detectLanguage', () => {
  // Targets from ARCHITECTURE.md: 39/40 on sentences, 18/20 on very short snippets.
  it('tells English from French on sentences (≥ 39/40)', () => {
    const { rate, wrong } = accuracy(SENTENCES);
    assert.ok(rate >= 39 / 40, `wrong: ${wrong.join(' | ')}`);
  });

  it('tells English from French on very short snippets (≥ 18/20)', () => {
    const { rate, wrong } = accuracy(SNIPPETS);
    assert.ok(rate >= 18 / 20, `wrong: ${wrong.join(' | ')}`);
  });

  it('defaults to English with zero confidence on empty or signal-free text', () => {
    assert.deepEqual(detectLanguage(''), { lang: 'en', confidence: 0 });
    assert.deepEqual(detectLanguage('12 345 🚀 {{x}}'), { lang: 'en', confidence: 0 });
  });

  it('gives more confidence to longer, clearer text', () => {
    const short = detectLanguage('Merci !').confidence;
    const long = detectLanguage('Merci pour votre retour, je vous envoie le devis détaillé d’ici jeudi avec les options.').confidence;
    assert.ok(short < long && long <= 1, `${short} < ${long}`);
  });

  it('reads typographic apostrophes and elisions', () => {
    assert.equal(detectLanguage('l’équipe qu’on connaît').lang, 'fr');
    assert.equal(detectLanguage('we’re sure it’s fine').lang, 'en');
  });
});
