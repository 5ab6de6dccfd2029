/**
 * isValediction as it was before the first-word precheck (main d1fb856), kept as the
 * specification the precheck is checked against.
 */
import { normalizeClosing, VALEDICTIONS } from '../../../src/engine/parse/signoff';

const SHORT_LINE = 500;
const FORMAL_CLOSING = /agréer|agréez|salutations distinguées|sentiments distingués|considération distinguée|meilleurs sentiments/i;
const MAX_NAME_WORDS = 4;
const MAX_EXTRA_WORDS = 4;
const MAX_EXTENDED_LENGTH = 60;

function isStock(s: string): boolean {
  if (VALEDICTIONS.has(s)) return true;
  const parts = s.split(/ (?:&|and|et) /);
  return parts.length > 1 && parts.every((p) => VALEDICTIONS.has(p.trim()));
}

/**
 * A stock sign-off line ("Best,", "Bien à vous,", "Thanks & Regards,"), a sign-off followed by the
 * sender's name on the same line ("Cheers, Sam"), or a formal French closing formula.
 */
export function referenceIsValediction(line: string): boolean {
  if (line.length === 0 || line.length > SHORT_LINE) return false;
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
  return FORMAL_CLOSING.test(line);
}
