import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/engine/language/detectLanguage';

/** Own sentences and very short snippets, EN and FR (none taken from the corpus). */
const EN = [
  'I read your post about warehouse turnover and had a question.',
  'Would you be open to comparing notes next week?',
  'We built the scheduler after two years of night shifts.',
  'Congrats on the Denver opening!',
  'Thanks for the intro, Pat.',
  'Quick one: is the RFP still open?',
  'No rush at all.',
  "Let's grab coffee when you're in town.",
  'Your talk at the Québec summit was sharp.',
  'Happy to send the numbers.',
];
const FR = [
  'J’ai lu votre article sur le turnover en entrepôt et j’ai une question.',
  'Seriez-vous d’accord pour en discuter la semaine prochaine ?',
  'Nous avons construit cet outil après deux ans de nuits blanches.',
  'Félicitations pour l’ouverture à Lyon !',
  'Merci pour la mise en relation.',
  'Petite question : l’appel d’offres est-il encore ouvert ?',
  'Aucune urgence.',
  'On prend un café quand tu passes ?',
  'Ton talk au meetup était top.',
  'Je peux vous envoyer les chiffres.',
];

describe('language: detectLanguage', () => {
  it('tells English from French on sentences and short snippets', () => {
    for (const s of EN) assert.equal(detectLanguage(s).lang, 'en', s);
    for (const s of FR) assert.equal(detectLanguage(s).lang, 'fr', s);
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
