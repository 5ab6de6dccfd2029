import * as assert from 'node:assert/strict';
import { describeVoice } from '../../../src/rewrite/voice/describeVoice';
import { buildVoiceProfile } from '../../../src/rewrite/voice/voiceProfile';
import { voiceDistance } from '../../../src/rewrite/voice/voiceDistance';
import { traitsOfText } from '../../../src/rewrite/voice/voiceTraits';

const CASUAL = `Hey Jo!\n\nLoved the demo — it's so good! I'm totally in. Can't wait 🙌\n\nTalk soon!\nKim`;
const FORMAL = `Dear Mr Hale,\n\nI am writing to thank you for your time; I realise the organisation is busy. I would be grateful for a short meeting.\n\nKind regards,\nKim Lowe`;
const TU = `Salut Marc !\n\nJ'ai vu ton post, c'est trop bien. T'as pas cinq minutes pour en parler ?\n\nÀ plus,\nLou`;
const VOUS = `Bonjour Monsieur Roy,\n\nJe vous remercie pour votre accueil ; je ne manquerai pas de vous envoyer notre proposition.\n\nBien cordialement,\nLou Bert`;

describe('rewrite/voice traits', () => {
  it('reads casual EN habits', () => {
    const t = traitsOfText(CASUAL);
    assert.equal(t.lang, 'en');
    assert.equal(t.greeting, 'hey');
    assert.equal(t.signoff, 'talk soon');
    assert.equal(t.contractions, 1);
    assert.ok(t.exclamationsPerSentence > 0.5);
    assert.ok(t.emojiPerSentence > 0);
    assert.ok(t.dashesPerSentence > 0);
  });

  it('reads formal British EN habits', () => {
    const t = traitsOfText(FORMAL);
    assert.equal(t.greeting, 'dear');
    assert.equal(t.signoff, 'kind regards');
    assert.equal(t.contractions, 0);
    assert.equal(t.spelling, 'british');
    assert.ok(t.semicolonsPerSentence > 0);
    assert.ok(t.formality > traitsOfText(CASUAL).formality);
  });

  it('reads tu vs vous and dropped "ne" in French', () => {
    const tu = traitsOfText(TU);
    const vous = traitsOfText(VOUS);
    assert.equal(tu.lang, 'fr');
    assert.equal(tu.address, 'tu');
    assert.equal(vous.address, 'vous');
    assert.ok((tu.neDropped ?? 0) > 0.5);
    assert.equal(vous.neDropped, 0);
    assert.ok(vous.formality > tu.formality);
  });

  it('distance: 0-ish to itself, larger to another voice; describes the voice', () => {
    const p = buildVoiceProfile([CASUAL]);
    assert.ok(voiceDistance(p, CASUAL) < voiceDistance(p, FORMAL));
    assert.ok(voiceDistance(buildVoiceProfile([TU]), VOUS) > voiceDistance(buildVoiceProfile([TU]), TU));
    const d = describeVoice(buildVoiceProfile([TU]));
    assert.match(d, /"tu"/);
    assert.match(d, /Salut/i);
  });
});
