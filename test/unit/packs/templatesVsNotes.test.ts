import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyze';
import { loadBuiltinRuleSet } from '../../../src/engine/builtinPacks';
import { findPackageRoot, nodePackReader } from '../../../src/cli/nodePackReader';

// Our own messages (not from any corpus): common template shapes vs notes written for one person.
const TEMPLATES = [
  "Hi Tom,\n\nI'm sure you get a lot of these emails, but I promise this one is different. Our revolutionary tool will transform the way your team works. Are you free for a 15 minute call next week?\n\nCheers",
  'Hi Dave,\n\nJust circling back on this. Did you get a chance to review my previous email? I\'d hate for you to miss out on this opportunity.\n\nBest',
  "Hello, I hope you are doing great! I'm reaching out to introduce our company, a global leader in IT outsourcing with over 500 certified engineers.",
  'Hey {{firstName}}, loved your recent post! Let\'s connect!',
  "Bonjour Monsieur Durand,\n\nJe me permets de vous solliciter car nous accompagnons de nombreuses PME dans l'optimisation de leurs coûts énergétiques. Seriez-vous disponible pour un court échange téléphonique la semaine prochaine ?\n\nBien cordialement",
  'Bonjour {{prénom}},\n\nJ\'ai une question rapide : qui s\'occupe des achats informatiques chez vous ? Pourriez-vous me rediriger vers la bonne personne ?\n\nMerci d\'avance',
  "Bonjour, dans un contexte de plus en plus concurrentiel, il est essentiel de se démarquer. Notre agence vous propose un accompagnement 360° pour maximiser votre visibilité. N'hésitez pas à me faire part de vos disponibilités.",
];
const NOTES = [
  'Hi Raj, your post about moving the Pune support team to a four-day week got me thinking: did ticket backlog go up in the first month, or did it hold?',
  "Hi Emma,\n\nThanks for the reply on Tuesday. You asked whether our connector handles Sage 200: it does, but only from version 2021 onwards, which I should have said upfront. If you're on an older version, we're probably not the right fit.\n\nNo need to reply if that rules us out.\n\nBest,\nNina",
  "Hello Marie, j'ai vu ton post sur le passage de votre équipe ops à la semaine de 4 jours. Vous avez mesuré l'effet sur les délais de traitement, ou c'est encore trop tôt ? Pas besoin de répondre si tu n'as pas le temps.",
  "Bonjour Paul,\n\nMerci pour votre question de mardi au salon Solutrans sur la recharge des porteurs de 19 t. Je n'ai pas de réponse sûre pour vos tournées de nuit ; je préfère vous le dire plutôt que d'improviser. Je peux vous mettre en contact avec un client qui roule en 2x8.\n\nBien à vous,\nJulie",
];

describe('built-in packs on messages they were not written from', () => {
  const ruleSet = loadBuiltinRuleSet(nodePackReader, join(findPackageRoot(__dirname), 'packs'));
  const analyse = (text: string) => analyzeDocument(text, ruleSet).drafts[0];

  it('score templates in the scripted band, with scripted findings', () => {
    for (const text of TEMPLATES) {
      const d = analyse(text);
      assert.ok(d.score.value <= 40, `${d.score.value}: ${text}`);
      assert.ok(d.findings.filter((f) => f.kind === 'scripted' && f.category !== 'structure').length >= 1, text);
    }
  });

  it('score personal notes in the authentic band, without scripted phrases', () => {
    for (const text of NOTES) {
      const d = analyse(text);
      assert.ok(d.score.value > 60, `${d.score.value}: ${text}`);
      assert.deepEqual(d.findings.filter((f) => f.kind === 'scripted' && f.category !== 'structure').map((f) => f.ruleId), [], text);
    }
  });
});
