import { plainSpaces } from './lineView';
import { splitCountOnBlanks } from './wordCounts';

const SALUTATION =
  /^(?:hi|hiya|hello|hey|heya|howdy|greetings|dear|good (?:morning|afternoon|evening|day)|bonjour|bonsoir|salut|coucou|allô|allo|cher|chère|chers|chères|madame|monsieur|mesdames|messieurs)(?![\p{L}\p{N}])/iu;
/** A bare name used as a salutation: "Sam," "Marta!" "Juliette !" */
const VOCATIVE = /^\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]{1,30})? ?[,!]/u;
/** Capitalised words that open sentences, not salutations. */
const NOT_NAMES = new Set([
  'thanks', 'thank', 'congrats', 'congratulations', 'quick', 'honestly', 'so', 'well', 'also', 'yes', 'no', 'ok', 'okay',
  'great', 'sorry', 'wow', 'cheers', 'best', 'regards', 'apologies', 'fair', 'please', 'again', 'first', 'finally',
  'merci', 'bravo', 'félicitations', 'désolé', 'désolée', 'franchement', 'bref', 'alors', 'bon', 'voilà', 'oui', 'non',
  'enfin', 'ensuite', 'cordialement', 'pardon', 'super', 'top', 'dommage', 'attention',
]);
const MAX_GREETING = 60;
const MAX_NAME_WORDS = 5;
/** Characters that end a salutation inside a longer line. */
const STOPS = new Set([',', '!', ':', '—', '–']);

function wordCount(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : splitCountOnBlanks(t); // t.split(/ +/).length
}

/**
 * Length (UTF-16 units) of the salutation that opens a trimmed line: the whole line when it is a
 * short salutation line ("Bonjour Madame Perret,"), or its first part ("Hi Priya," in
 * "Hi Priya, your talk…"); 0 when the line does not open with one.
 */
export function greetingLength(line: string): number {
  if (line.length === 0) return 0;
  const head = plainSpaces(line.slice(0, 200));
  const m = SALUTATION.exec(head);
  if (!m) {
    const v = VOCATIVE.exec(head);
    if (!v || NOT_NAMES.has(v[0].slice(0, -1).trim().split(' ')[0].toLowerCase())) return 0;
    return v[0].length;
  }
  const last = head[head.length - 1];
  if (line.length <= MAX_GREETING && wordCount(head) <= MAX_NAME_WORDS + 2 && last !== '?' && last !== '.') {
    return line.length;
  }
  for (let i = m[0].length; i < Math.min(head.length, MAX_GREETING); i++) {
    const ch = head[i];
    const code = head.charCodeAt(i);
    if (STOPS.has(ch) || (code >= 0xd800 && code <= 0xdbff)) {
      if (wordCount(head.slice(m[0].length, i)) > MAX_NAME_WORDS) return 0;
      // The stop is kept ("Hey Sam —", "Salut Léa !"); an emoji (surrogate pair) is kept whole.
      return code >= 0xd800 && code <= 0xdbff ? i + 2 : i + 1;
    }
    if (ch === '?') break;
    // A full stop ends the salutation unless it closes a title ("Mr.", "Dr.", "Mme.").
    if (ch === '.' && !/(?:^| )\p{L}{1,3}$/u.test(head.slice(Math.max(0, i - 4), i))) break;
  }
  return 0;
}
