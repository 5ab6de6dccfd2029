import type { Channel, Lang } from '../engine/types';

/** Labels shared by the HTML report and the score view (both pure, so no vscode.l10n here). */
export interface UiStrings {
  /** ": " in English, " : " (no-break space) in French. */
  colon: string;
  reportTitle: string;
  comparisonTitle: string;
  score: string;
  scoreOutOf: string;
  draft: string;
  breakdown: string;
  scripted: string;
  authentic: string;
  findings: string;
  noFindings: string;
  why: string;
  instead: string;
  buyerHears: string;
  channelFit: string;
  characters: string;
  words: string;
  noLimit: string;
  readingTime: string;
  seconds: string;
  questions: string;
  focus: string;
  focusYou: string;
  focusSelf: string;
  mobilePreview: string;
  noSubject: string;
  sameFindings: string;
  gone: string;
  added: string;
  legend: string;
  generatedBy: string;
  channels: Record<Channel, string>;
}

const EN: UiStrings = {
  colon: ': ',
  reportTitle: 'Unscripted report',
  comparisonTitle: 'Unscripted comparison',
  score: 'Score',
  scoreOutOf: 'out of 100',
  draft: 'Draft',
  breakdown: 'Where the points come from',
  scripted: 'Sounds scripted',
  authentic: 'Sounds personal',
  findings: 'Findings',
  noFindings: 'Nothing flagged.',
  why: 'Why',
  instead: 'Instead',
  buyerHears: 'What the buyer hears',
  channelFit: 'Channel fit',
  characters: 'characters',
  words: 'words',
  noLimit: 'No length limit for this channel.',
  readingTime: 'Reading time',
  seconds: 's',
  questions: 'Questions asked',
  focus: 'You vs I',
  focusYou: 'about the reader',
  focusSelf: 'about the sender',
  mobilePreview: 'What they see first',
  noSubject: '(no subject)',
  sameFindings: 'Same findings',
  gone: 'Gone',
  added: 'New',
  legend: 'Red: sounds scripted. Green: sounds personal.',
  generatedBy: 'Generated offline by Unscripted.',
  channels: {
    email: 'Email',
    'linkedin-connection': 'LinkedIn connection note',
    'linkedin-message': 'LinkedIn message',
    inmail: 'InMail',
  },
};

const FR: UiStrings = {
  colon: '\u00a0: ',
  reportTitle: 'Rapport Unscripted',
  comparisonTitle: 'Comparaison Unscripted',
  score: 'Score',
  scoreOutOf: 'sur 100',
  draft: 'Brouillon',
  breakdown: "D'où viennent les points",
  scripted: 'Sonne récité',
  authentic: 'Sonne personnel',
  findings: 'Constats',
  noFindings: 'Rien à signaler.',
  why: 'Pourquoi',
  instead: 'À la place',
  buyerHears: "Ce que l'acheteur entend",
  channelFit: 'Adapté au canal',
  characters: 'caractères',
  words: 'mots',
  noLimit: 'Pas de limite de longueur pour ce canal.',
  readingTime: 'Temps de lecture',
  seconds: 's',
  questions: 'Questions posées',
  focus: 'Vous ou je',
  focusYou: 'sur le lecteur',
  focusSelf: "sur l'expéditeur",
  mobilePreview: "Ce qu'on voit en premier",
  noSubject: '(sans objet)',
  sameFindings: 'Mêmes constats',
  gone: 'Disparu',
  added: 'Nouveau',
  legend: 'Rouge : sonne récité. Vert : sonne personnel.',
  generatedBy: 'Généré hors ligne par Unscripted.',
  channels: {
    email: 'E-mail',
    'linkedin-connection': "Note d'invitation LinkedIn",
    'linkedin-message': 'Message LinkedIn',
    inmail: 'InMail',
  },
};

export function uiStrings(lang: Lang): UiStrings {
  return lang === 'fr' ? FR : EN;
}
