/** Emails, URLs and phone numbers in running text (EN/FR formats). Shared by pseudonymisation and the fact check. */
export type ContactKind = 'EMAIL' | 'PHONE' | 'URL';

export interface ContactHit {
  start: number;
  end: number;
  kind: ContactKind;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|io|fr|co|net|org|ai|eu|de|uk|be|ch|ca|app|dev|me|ly)(?:\/[^\s<>"'`]*)?(?![\p{L}\p{N}@])/giu;
const PHONE = /(?<![\p{L}\p{N}])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,5}(?![\p{N}])/gu;

/** Every email, URL (trailing punctuation excluded) and phone number (9–15 digits); may overlap (an email's domain). */
export function findContacts(text: string): ContactHit[] {
  const hits: ContactHit[] = [];
  for (const m of text.matchAll(EMAIL)) hits.push({ start: m.index!, end: m.index! + m[0].length, kind: 'EMAIL' });
  for (const m of text.matchAll(URL_RE)) {
    const v = m[0].replace(/[.,;:!?)\]»’'"…]+$/u, '');
    hits.push({ start: m.index!, end: m.index! + v.length, kind: 'URL' });
  }
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 15) hits.push({ start: m.index!, end: m.index! + m[0].length, kind: 'PHONE' });
  }
  return hits;
}
