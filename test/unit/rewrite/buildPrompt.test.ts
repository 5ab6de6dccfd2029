import * as assert from 'node:assert/strict';
import { buildPrompt, cleanModelOutput } from '../../../src/rewrite/buildPrompt';

describe('rewrite/buildPrompt', () => {
  const base = {
    draft: 'Salut ⟦PERSON_1⟧ !\nJe me permets de te contacter. Ton équipe de Lyon a réduit ses délais de 30 %.',
    lang: 'fr' as const, channel: 'linkedin-connection' as const, address: 'tu' as const,
    scripted: [{ text: 'Je me permets de te contacter', category: 'cliche-opener', message: 'Formule toute faite.', why: 'Elle ne dit rien.' }],
    authentic: [{ text: 'Ton équipe de Lyon a réduit ses délais de 30 %.', category: 'concrete-detail', message: 'Détail concret.' }],
    voice: '- Formality: casual.', excerpts: ['Trop bien ton talk !'],
  };

  it('states the hard rules, the language, tu/vous, the limit, and lists findings and voice', () => {
    const [system, user] = buildPrompt({ ...base, limit: { unit: 'characters', max: 200 } });
    assert.equal(system!.role, 'system');
    assert.match(system!.content, /Write in French/);
    assert.match(system!.content, /with "tu" exactly as the draft does/);
    assert.match(system!.content, /Keep every fact exactly/);
    assert.match(system!.content, /Invent nothing/);
    assert.match(system!.content, /merge tags/);
    assert.match(system!.content, /Output only the rewritten message/);
    assert.match(system!.content, /within 200 characters/);
    assert.match(user!.content, /- "Je me permets de te contacter" — cliche-opener: Formule toute faite\. Why: Elle ne dit rien\./);
    assert.match(user!.content, /Authentic parts to keep:\n- "Ton équipe de Lyon/);
    assert.match(user!.content, /> Trop bien ton talk !/);
    assert.ok(user!.content.endsWith(`-----\n${base.draft}\n-----`));
  });

  it('says nothing about tu/vous for English or when unknown, and marks a selection', () => {
    const [system] = buildPrompt({ ...base, lang: 'en', address: 'none', selection: true });
    assert.doesNotMatch(system!.content, /tu and vous|"tu"/);
    assert.match(system!.content, /rewrite only this part/);
  });

  it('cleans fences, markers and wrapping quotes from model output', () => {
    assert.equal(cleanModelOutput('```\nHi Sam,\nThanks.\n```'), 'Hi Sam,\nThanks.');
    assert.equal(cleanModelOutput('-----\nHi Sam\n-----'), 'Hi Sam');
    assert.equal(cleanModelOutput('"Hi Sam, thanks."'), 'Hi Sam, thanks.');
    assert.equal(cleanModelOutput('He said "hi" and "bye"'), 'He said "hi" and "bye"');
  });
});
