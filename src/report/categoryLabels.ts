import type { Category, Lang } from '../engine/types';

/**
 * The one name of each category a rep reads, singular and plural ("2 scripted openers"), in English and
 * French: hovers, rule pages, the score view, the compare panel, the HTML report and the CLI's report
 * all take it from here (pure, so the CLI needs no vscode.l10n; plurals, which the l10n bundle lacks).
 */
const LABELS: Record<Category, Record<Lang, [string, string]>> = {
  'cliche-opener': { en: ['scripted opener', 'scripted openers'], fr: ['accroche toute faite', 'accroches toutes faites'] },
  'fake-personalization': {
    en: ['fake personal touch', 'fake personal touches'],
    fr: ['fausse personnalisation', 'fausses personnalisations'],
  },
  'gatekeeper-script': { en: ['gatekeeper line', 'gatekeeper lines'], fr: ['phrase de standardiste', 'phrases de standardiste'] },
  filler: { en: ['filler phrase', 'filler phrases'], fr: ['formule creuse', 'formules creuses'] },
  'jargon-buzzword': { en: ['buzzword', 'buzzwords'], fr: ['mot à la mode', 'mots à la mode'] },
  hype: { en: ['hype word', 'hype words'], fr: ['superlatif', 'superlatifs'] },
  'pushy-cta': { en: ['pushy ask', 'pushy asks'], fr: ['demande insistante', 'demandes insistantes'] },
  'false-urgency': { en: ['false urgency', 'false urgencies'], fr: ['fausse urgence', 'fausses urgences'] },
  'self-centered': { en: ['self-centred line', 'self-centred lines'], fr: ['phrase centrée sur soi', 'phrases centrées sur soi'] },
  'generic-value-prop': { en: ['generic pitch', 'generic pitches'], fr: ['argument générique', 'arguments génériques'] },
  'merge-tag': { en: ['leftover merge tag', 'leftover merge tags'], fr: ['balise de publipostage', 'balises de publipostage'] },
  'mass-blast': { en: ['mass-mailing sign', 'mass-mailing signs'], fr: ["signe d'envoi de masse", "signes d'envoi de masse"] },
  'guilt-follow-up': { en: ['guilt-trip follow-up', 'guilt-trip follow-ups'], fr: ['relance culpabilisante', 'relances culpabilisantes'] },
  structure: { en: ['structure issue', 'structure issues'], fr: ['problème de structure', 'problèmes de structure'] },
  'specific-reference': { en: ['specific reference', 'specific references'], fr: ['référence précise', 'références précises'] },
  'concrete-detail': { en: ['concrete detail', 'concrete details'], fr: ['détail concret', 'détails concrets'] },
  'honest-reason': { en: ['honest reason to write', 'honest reasons to write'], fr: ["raison honnête d'écrire", "raisons honnêtes d'écrire"] },
  'genuine-question': { en: ['genuine question', 'genuine questions'], fr: ['vraie question', 'vraies questions'] },
  'low-pressure-ask': { en: ['low-pressure ask', 'low-pressure asks'], fr: ['demande sans pression', 'demandes sans pression'] },
  'own-voice': { en: ['own-voice touch', 'own-voice touches'], fr: ['touche personnelle', 'touches personnelles'] },
};

/** "scripted opener" (count 1) / "scripted openers" (other counts) in the UI language. */
export function categoryLabel(category: Category, lang: Lang, count = 1): string {
  const pair = LABELS[category]?.[lang] ?? [category, category];
  return Math.abs(count) === 1 ? pair[0] : pair[1];
}
