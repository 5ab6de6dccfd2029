import { plainSpaces } from './lineView';

const MAX_SIGNATURE_LINE = 100;
const MAX_SIGNATURE_WORDS = 12;
const EMAIL = /[\w.+-]@[\w-]+\.[\w.-]/;
const URL = /(?:https?:\/\/|www\.)\S|\b[\w-]+\.(?:com|io|fr|ca|be|ch|co|net|org|ai|de|uk|eu|app|dev|tech|lu|nl|es|it)\b/i;
const CONTACT_PREFIX = /^(?:tel|tél|phone|mobile|mob|cell|portable|fax|direct|t|m|p|e|w)\s?[.:]/i;
const SENT_FROM = /^(?:sent from my|sent from outlook|get outlook for|envoyé de mon|envoyé depuis mon|envoyé depuis)/i;
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
  const m = t.match(/\p{L}/gu);
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

/**
 * Could be a line of a signature block: short, few words, not a question, not a full sentence
 * (a name, a title, a company, a tagline, contact details).
 */
export function isSignatureLike(t: string): boolean {
  if (t.length === 0 || t.length > MAX_SIGNATURE_LINE || t.charCodeAt(0) === 62) return false;
  if (isContactLine(t) || isSentFromLine(t)) return true;
  const words = t.split(/\s+/).length;
  if (words > MAX_SIGNATURE_WORDS || /[?？]\s*$/.test(t)) return false;
  if (/[.!…]\s*$/.test(t) && words > 4) return false;
  return !/[.!?]\s+\p{Lu}/u.test(t);
}

/** "Ray Castillo", "Anne-Marie de Wit": 1–5 capitalised words (particles allowed), no digits, no end punctuation. */
export function looksLikeName(t: string): boolean {
  if (t.length > 60 || /[\d.?!:;@]/.test(t)) return false;
  const words = plainSpaces(t).split(/ +/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((w) => NAME_PARTICLES.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
}

/** "P.S.", "PS:", "P.-S.", "PPS" opening a line. */
export function isPostScript(t: string): boolean {
  return /^p\.?(?:p\.?)?[-.]?\s?s(?![\p{L}\p{N}])/iu.test(t);
}
