// Pure (no vscode): labels of the webviews, on top of the report's shared labels.
import type { Lang } from '../../engine/types';
import { uiStrings, type UiStrings } from '../../report/uiStrings';

export interface ViewStrings extends UiStrings {
  empty: string;
  compare: string;
  exportReport: string;
  startDemo: string;
  before: string;
  after: string;
  openDraft: string;
  step: string;
  of: string;
  start: string;
  next: string;
  previous: string;
  restart: string;
  presentation: string;
  trainerNotes: string;
  done: string;
  scorePath: string;
  keys: string;
}

const EN = {
  empty: 'Open a draft (email, LinkedIn note, InMail) to see its score here.',
  compare: 'Compare two drafts',
  exportReport: 'Export report (HTML)',
  startDemo: 'Start demo',
  before: 'Before',
  after: 'After',
  openDraft: 'Open in editor',
  step: 'Step',
  of: 'of',
  start: 'The bad draft',
  next: 'Next fix',
  previous: 'Previous',
  restart: 'Restart',
  presentation: 'Presentation mode',
  trainerNotes: 'Trainer notes',
  done: 'The good version.',
  scorePath: 'Score so far',
  keys: 'Keys: → next fix, ← previous, R restart, P presentation mode.',
};

const FR: typeof EN = {
  empty: 'Ouvrez un brouillon (e-mail, invitation LinkedIn, InMail) pour voir son score ici.',
  compare: 'Comparer deux brouillons',
  exportReport: 'Exporter le rapport (HTML)',
  startDemo: 'Lancer la démo',
  before: 'Avant',
  after: 'Après',
  openDraft: "Ouvrir dans l'éditeur",
  step: 'Étape',
  of: 'sur',
  start: 'Le mauvais brouillon',
  next: 'Correction suivante',
  previous: 'Précédent',
  restart: 'Recommencer',
  presentation: 'Mode présentation',
  trainerNotes: 'Notes du formateur',
  done: 'La bonne version.',
  scorePath: 'Score au fil des étapes',
  keys: 'Touches : → correction suivante, ← précédent, R recommencer, P mode présentation.',
};

export function viewStrings(lang: Lang): ViewStrings {
  return { ...uiStrings(lang), ...(lang === 'fr' ? FR : EN) };
}
