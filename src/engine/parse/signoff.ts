import { isJsSpace, LETTER, NUMBER, unitClass } from '../language/charClass';
import { plainSpaces, SHORT_LINE } from './lineView';

/** Stock valedictions, normalised (lower case, straight apostrophe, single spaces, no end punctuation). */
export const VALEDICTIONS: ReadonlySet<string> = new Set([
  // English
  'best', 'all best', 'all the best', 'best regards', 'best wishes', 'kind regards', 'kindest regards', 'warm regards',
  'warmest regards', 'warm wishes', 'warmly', 'regards', 'many thanks', 'thanks', 'thank you', 'thanks again',
  'thanks so much', 'thank you so much', 'thanks a lot', 'thanks in advance', 'thanks much', 'much appreciated',
  'cheers', 'sincerely', 'yours sincerely', 'sincerely yours', 'yours truly', 'yours', 'yours faithfully',
  'faithfully', 'respectfully', 'with thanks', 'with gratitude', 'with appreciation', 'talk soon', 'speak soon',
  'talk later', 'take care', 'have a great day', 'have a great week', 'have a great weekend', 'have a good one',
  'thx', 'more soon', 'until then', 'see you soon', 'cordially', 'rgds',
  // French
  'cordialement', 'bien cordialement', 'très cordialement', 'cordialement vôtre', 'bien à vous', 'bien à toi',
  'bien amicalement', 'amicalement', 'amitiés', 'à bientôt', 'à très bientôt', 'à très vite', 'à vite', 'à plus',
  'a+', 'à+', 'à plus tard', 'bonne journée', 'belle journée', 'excellente journée', 'bonne fin de journée',
  'belle fin de journée', 'bonne soirée', 'belle soirée', 'bonne semaine', 'belle semaine', 'bonne fin de semaine',
  'bon week-end', 'bon weekend', 'bon après-midi', 'au plaisir', "au plaisir d'échanger", 'au plaisir de vous lire',
  'au plaisir de te lire', 'au plaisir de vous rencontrer', 'merci', 'merci beaucoup', 'merci encore', "merci d'avance",
  'merci par avance', 'mille mercis', 'merci à vous', 'merci à toi', 'salutations', 'sincères salutations',
  'meilleures salutations', 'bien sincèrement', 'sincèrement', 'respectueusement', "dans l'attente de votre retour",
  "dans l'attente de votre réponse", "dans l'attente de vous lire", 'en vous remerciant', 'en vous remerciant par avance',
  "en vous remerciant d'avance", 'bises', 'bisous', 'la bise', 'au revoir', 'belle journée à vous', 'bonne journée à vous',
  'bonne continuation', 'je vous souhaite une bonne journée', 'je vous souhaite une belle journée',
  'avec mes remerciements', 'avec toute ma considération', 'à la prochaine', 'chaleureusement', 'bien chaleureusement',
  'bonne chance', 'best of luck', 'good luck', 'with warm regards', 'with kind regards', 'with best regards',
]);

/** Formal French letter closings ("je vous prie d'agréer…", "…salutations distinguées"). */
const FORMAL_CLOSING = /agréer|agréez|salutations distinguées|sentiments distingués|considération distinguée|meilleurs sentiments/i;
const MAX_NAME_WORDS = 4;
/** "Bonne continuation pour le projet," "Thanks again for your time,": a stock phrase and a few more words, ending in a comma. */
const MAX_EXTRA_WORDS = 4;
const MAX_EXTENDED_LENGTH = 60;

/** Lower case, straight apostrophes, plain single spaces, no trailing punctuation or emoji. */
export function normalizeClosing(line: string): string {
  return plainSpaces(line)
    .toLowerCase()
    .replace(/[’ʼ]/g, "'")
    .replace(/ {2,}/g, ' ')
    .replace(/[^\p{L}\p{N}+]+$/u, '')
    .trim();
}

const MODIFIER_APOSTROPHE = 0x2bc;
/** First words of the stock valedictions (all end with a letter or "+"). */
const FIRST_WORDS = new Set([...VALEDICTIONS].map((v) => v.split(' ')[0]));

/** Trailing characters that normalizeClosing strips: not a letter, digit or "+" (ʼ becomes an apostrophe first). */
function isStripped(c: number): boolean {
  return c === MODIFIER_APOSTROPHE || (c !== 43 && !(unitClass(c) & (LETTER | NUMBER)));
}

/**
 * Whether the normalised line can start with a stock valediction, read from the line itself: its
 * first word (up to white space or a comma, lower case, without trailing characters other than
 * letters, digits and "+") must be one of FIRST_WORDS. Every line isStockSignoff accepts passes
 * this (a unit test checks it); most body lines do not, and skip the normalisation.
 */
export function mayOpenWithStock(line: string): boolean {
  let k = 0;
  while (k < line.length && isJsSpace(line.charCodeAt(k))) k++;
  let e = k;
  while (e < line.length && line.charCodeAt(e) !== 44 && !isJsSpace(line.charCodeAt(e))) e++;
  while (e > k && isStripped(line.charCodeAt(e - 1))) e--;
  return e > k && FIRST_WORDS.has(line.slice(k, e).toLowerCase());
}

function isStock(s: string): boolean {
  if (VALEDICTIONS.has(s)) return true;
  const parts = s.split(/ (?:&|and|et) /);
  return parts.length > 1 && parts.every((p) => VALEDICTIONS.has(p.trim()));
}

/**
 * A stock sign-off ("Best,", "Bien à vous,", "Thanks & Regards,"), one followed by the sender's name
 * on the same line ("Cheers, Sam"), or one followed by a few words and a comma. Every such line
 * passes `mayOpenWithStock` (exported for the test that checks it).
 */
export function isStockSignoff(line: string): boolean {
  const n = normalizeClosing(line);
  if (isStock(n)) return true;
  const comma = n.indexOf(',');
  if (comma > 0 && isStock(n.slice(0, comma).trim())) {
    const rest = line.slice(line.indexOf(',') + 1).trim();
    if (rest.length > 0 && !/[.?!:;,]/.test(rest) && rest.split(/\s+/).length <= MAX_NAME_WORDS && /^\p{Lu}/u.test(rest)) {
      return true;
    }
  }
  if (line.length <= MAX_EXTENDED_LENGTH && /,\s*$/.test(line) && !/[.?!;:]/.test(line)) {
    const words = n.split(' ');
    for (let k = Math.max(1, words.length - MAX_EXTRA_WORDS); k < words.length; k++) {
      if (isStock(words.slice(0, k).join(' '))) return true;
    }
  }
  return false;
}

/** A stock sign-off line (see isStockSignoff) or a formal French closing formula. */
export function isValediction(line: string): boolean {
  if (line.length === 0 || line.length > SHORT_LINE) return false;
  return (mayOpenWithStock(line) && isStockSignoff(line)) || FORMAL_CLOSING.test(line);
}
