/**
 * Greeting and sign-off lines of a message (EN/FR), found line by line. Shared by pseudonymisation
 * (names sit there) and the voice profile (the forms a rep uses are part of their voice).
 */
const GREETING_WORDS =
  'hi|hello|hey|heya|hiya|dear|good (?:morning|afternoon|evening)|greetings|yo|bonjour|bonsoir|salut|coucou|hello|cher|chère|chers|madame|monsieur';
/** Greeting word(s), then the rest of the line up to a comma/colon/exclamation/dash or the end. */
export const GREETING_LINE = new RegExp(`^[ \\t]*(${GREETING_WORDS})\\b([^\\n,!:;—–]*)([,!:;—–]?)`, 'iu');

const SIGNOFF_WORDS = [
  'best', 'best regards', 'best wishes', 'all the best', 'kind regards', 'warm regards', 'warmly', 'regards', 'cheers',
  'thanks', 'thank you', 'many thanks', 'thanks again', 'talk soon', 'speak soon', 'sincerely', 'yours sincerely',
  'yours', 'take care', 'have a great (?:day|week|weekend)', 'all best', 'with thanks',
  'cordialement', 'bien cordialement', 'très cordialement', 'bien à (?:vous|toi)', 'à bientôt', 'a bientôt', 'à très vite',
  'à plus', 'merci', 'merci beaucoup', 'merci d\'avance', 'merci par avance', 'bonne journée', 'belle journée',
  'bonne fin de journée', 'bonne soirée', 'bonne semaine', 'amicalement', 'bises', 'salutations', 'au plaisir',
  'sincères salutations', 'je vous prie d\'agréer.*', 'veuillez agréer.*',
];
/** A whole line that is only a sign-off (with optional punctuation/emoji after it). */
export const SIGNOFF_LINE = new RegExp(`^[ \\t]*(?:[—–-][ \\t]*)?(${SIGNOFF_WORDS.join('|')})[ \\t]*[,.!…]*[ \\t]*(?:\\p{Extended_Pictographic}[\\uFE0F]?[ \\t]*)*$`, 'iu');

export interface LineHit {
  /** Line index (0-based) in the text. */
  line: number;
  /** Normalised form (lower case, single spaces), e.g. "hi", "bien à vous". */
  form: string;
  /** The text after the greeting word(s) on the same line (where a name usually is). */
  rest: string;
  /** Offset of `rest` in the text. */
  restStart: number;
}

/** Runs `match` on every line; each match makes one hit (lines and their offsets are given). */
function scanLines(text: string, re: RegExp, hit: (m: RegExpExecArray, i: number, lines: string[], starts: number[]) => LineHit): LineHit[] {
  const lines = text.split('\n');
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const hits: LineHit[] = [];
  lines.forEach((line, i) => {
    const m = re.exec(line);
    if (m) hits.push(hit(m, i, lines, starts));
  });
  return hits;
}

/** Every greeting line in the text (a prompt or a file can hold several messages). */
export function findGreetings(text: string): LineHit[] {
  return scanLines(text, GREETING_LINE, (m, i, _lines, starts) => {
    const restOffset = m.index + m[0].length - m[3]!.length - m[2]!.length;
    return { line: i, form: normalise(m[1]!), rest: m[2]!, restStart: starts[i]! + restOffset };
  });
}

/** Every sign-off line; `rest` is the next non-empty line (usually the sender's name). */
export function findSignoffs(text: string): LineHit[] {
  return scanLines(text, SIGNOFF_LINE, (m, i, lines, starts) => {
    let j = i + 1;
    while (j < lines.length && !lines[j]!.trim()) j++;
    const next = j < lines.length && j - i <= 2 ? lines[j]! : '';
    const words = normalise(m[1]!).split(' ');
    const form = words.length > 4 ? `${words.slice(0, 4).join(' ')}…` : words.join(' ');
    return { line: i, form, rest: next, restStart: next ? starts[j]! : -1 };
  });
}

export function normalise(s: string): string {
  return s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}
