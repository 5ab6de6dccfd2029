import { plainSpaces } from './lineView';
import { splitCountOnSpaces } from './wordCounts';

const MAX_SIGNATURE_LINE = 100;
const MAX_SIGNATURE_WORDS = 12;
const EMAIL = /[\w.+-]@[\w-]+\.[\w.-]/;
const URL = /(?:https?:\/\/|www\.)\S|\b[\w-]+\.(?:com|io|fr|ca|be|ch|co|net|org|ai|de|uk|eu|app|dev|tech|lu|nl|es|it)\b/i;
const CONTACT_PREFIX = /^(?:tel|tél|phone|mobile|mob|cell|portable|fax|direct|t|m|p|e|w)\s?[.:]/i;
const SENT_FROM = /^(?:sent from my|sent from outlook|get outlook for|envoyé de mon|envoyé depuis mon|envoyé depuis)/i;
/** Regexes of the line tests below, built once: the global ones only go to match/replace/split, which reset lastIndex, so none keeps state between calls. */
const LETTER_G = /\p{L}/gu;
const CURLY_G = /’/g;
const FRAGMENT_SPLIT = /[.!…]+/;
const SEPARATORS = /\s[|·•–—]\s|\s?\|\s?/;
const ENDS_QUESTION = /[?？]\s*$/;
const ENDS_STOP = /[.!…]\s*$/;
const NEXT_SENTENCE_CAPITAL = /[.!?]\s+\p{Lu}/u;
const QUESTION_MARK = /[?？]/;
const NEXT_SENTENCE = /[.!?]\s+\S/u;
const BANG_OR_QUESTION = /[?!]/;
const TRAILING_COMMA_DOT = /[.,]\s*$/;
const EN_DEPARTMENT = /^(?:the\s+)?(?:[\p{L}&-]+\s+){0,3}(?:team|department|dept)$/iu;
const FR_DEPARTMENT = /^(?:(?:l'|le |la |les )?(?:équipe|service|département|pôle|direction)\s+[\p{L}'&-]+(?:\s+[\p{L}'&-]+){0,3})$/iu;
const NOT_IN_NAME = /[\d.?!:;@]/;
const SPACE_RUN = / +/;
const STARTS_CAPITAL = /^\p{Lu}/u;
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'dos', 'bin', 'al', 'el', '&', 'et', 'and']);

function digitCount(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function letterCount(t: string): number {
  const m = t.match(LETTER_G);
  return m ? m.length : 0;
}

/** A phone number, email address, web address or "Tel:"-style line. */
export function isContactLine(t: string): boolean {
  if (t.length > MAX_SIGNATURE_LINE) return false;
  if (EMAIL.test(t) || URL.test(t) || CONTACT_PREFIX.test(t)) return true;
  return digitCount(t) >= 7 && letterCount(t) <= 20;
}

/** "Sent from my iPhone" and the like. */
export function isSentFromLine(t: string): boolean {
  return t.length <= MAX_SIGNATURE_LINE && SENT_FROM.test(plainSpaces(t));
}

/** A tagline in quotes: "Every invoice. Every lane." / « La sécurité, en toute sérénité ». */
const QUOTED_TAGLINE = /^["“«„'‘]\s*[^"“”«»]+?\s*["”»'’]\s*$/u;
/** First- or second-person singular words: a sentence written to the reader, not a tagline. */
const PERSONAL = /(?<!\p{L})(?:i|i'm|i'll|i've|i'd|me|my|you|your|you're|je|j'|moi|mon|ma|mes|vous|votre|vos|tu|te|t'|ton|ta|tes)(?!\p{L})/iu;
const MAX_FRAGMENT_WORDS = 3;
const MAX_TAGLINE_WORDS = 8;

/** "Cold. Chain. Done.", "Every invoice. Every lane.": a slogan of very short fragments. */
function isFragmentSlogan(t: string, words: number): boolean {
  if (words > MAX_TAGLINE_WORDS || PERSONAL.test(t.replace(CURLY_G, "'"))) return false;
  const parts = t.split(FRAGMENT_SPLIT).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.length >= 2 && parts.every((p) => splitCountOnSpaces(p) <= MAX_FRAGMENT_WORDS);
}

/** "Account Executive | FreightIQ", "Sales · Lyon": short parts joined by separators. */
function isSeparatedLine(t: string): boolean {
  const parts = t.split(SEPARATORS).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => p.length > 0 && splitCountOnSpaces(p) <= 6 && !p.includes('?'));
}

/**
 * Could be a line of a signature block: short, few words, not a question, not a full sentence
 * (a name, a title, a company, a `|`-separated title line, a tagline, contact details).
 */
export function isSignatureLike(t: string): boolean {
  if (t.length === 0 || t.length > MAX_SIGNATURE_LINE || t.charCodeAt(0) === 62) return false;
  if (isContactLine(t) || isSentFromLine(t)) return true;
  const words = splitCountOnSpaces(t); // t.split(/\s+/).length
  if (words > MAX_SIGNATURE_WORDS || ENDS_QUESTION.test(t)) return false;
  if (QUOTED_TAGLINE.test(t) || isSeparatedLine(t) || isFragmentSlogan(t, words)) return true;
  if (ENDS_STOP.test(t) && words > 4) return false;
  return !NEXT_SENTENCE_CAPITAL.test(t);
}

/**
 * A line that may follow a name in a signature although it reads like a sentence: a one-sentence
 * tagline ("Helping fleets run cooler since 2009.") with no I/you words. Only used after a name line.
 */
export function isTaglineAfterName(t: string): boolean {
  if (t.length === 0 || t.length > MAX_SIGNATURE_LINE || QUESTION_MARK.test(t)) return false;
  const words = splitCountOnSpaces(t); // t.split(/\s+/).length
  if (words > MAX_SIGNATURE_WORDS || NEXT_SENTENCE.test(t)) return false;
  return !PERSONAL.test(t.replace(CURLY_G, "'"));
}

/** Department signatures: "The Sales Team", "Business Development Team", « Le service commercial », « L'équipe Lumio ». */
export function isDepartmentLine(t: string): boolean {
  if (t.length > 60 || BANG_OR_QUESTION.test(t)) return false;
  const s = plainSpaces(t).replace(CURLY_G, "'").replace(TRAILING_COMMA_DOT, '');
  return EN_DEPARTMENT.test(s) || FR_DEPARTMENT.test(s);
}

/** "Ray Castillo", "Anne-Marie de Wit": 1–5 capitalised words (particles allowed), no digits, no end punctuation. */
export function looksLikeName(t: string): boolean {
  if (t.length > 60 || NOT_IN_NAME.test(t)) return false;
  const words = plainSpaces(t).split(SPACE_RUN).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || STARTS_CAPITAL.test(w));
}

const POST_SCRIPT = /^p\.?(?:p\.?)?[-.]?\s?s(?![\p{L}\p{N}])/iu;

/** "P.S.", "PS:", "P.-S.", "PPS" opening a line. */
export function isPostScript(t: string): boolean {
  const c = t.charCodeAt(0);
  // Only p and P fold to p: other lines need no regex.
  return (c === 112 || c === 80) && POST_SCRIPT.test(t);
}
