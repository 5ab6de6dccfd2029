import { classAt, codePointClass, LETTER, MARK, NUMBER, PAIR, UPPER } from './language/charClass';
import { lowerUnit } from './language/lowerCase';
import { UNCOACHED_SEGMENTS, type Draft, type SegmentKind, type Span } from './types';

export interface Token extends Span {
  /** Lower-cased text, apostrophes normalised to '. */
  lower: string;
  raw: string;
}

export interface ViewSentence extends Span {
  segment: SegmentKind;
  text: string;
  tokens: Token[];
}

/** A draft's coached content, tokenised once and shared by the detectors and the metrics. */
export interface DraftView {
  draft: Draft;
  /** Coached segments, in order (never subject/signature/quoted/frontmatter). */
  coached: { start: number; end: number; kind: SegmentKind }[];
  /** Sentences inside coached segments (clipped to their segment). */
  sentences: ViewSentence[];
  /** Lower-cased names that belong to the sender (signature block, sign-off name, "at Acme, we…"). */
  senderNames: Set<string>;
}

const APOSTROPHE = 0x2019;
/** ASCII classes for the tokenizer: may start a word, may continue one, joins two word parts, upper case. */
const START = 1;
const PART = 2;
const JOINER = 4;
const CAPITAL = 8;
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = START | PART;
for (let c = 97; c <= 122; c++) ASCII[c] = START | PART;
for (let c = 65; c <= 90; c++) ASCII[c] = START | PART | CAPITAL;
ASCII[95] = PART;
ASCII[39] = ASCII[46] = ASCII[45] = JOINER;

/** Width (1 or 2 units) of the letter or number (`\p{L}`/`\p{N}`) at `i` < `end`; 0 when none. */
function startWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII[c] & START;
  const k = classAt(text, i, end);
  return k & (LETTER | NUMBER) ? (k & PAIR ? 2 : 1) : 0;
}

/**
 * Words of [from, to) of `text`, offsets into `text`: a letter or digit, then letters, digits, marks
 * and `_`, with ' ’ . - kept between two of them (as `/[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['’.\-](?=[\p{L}\p{N}]))*\/u`
 * on `text.slice(from, to)`). One pass of character codes; `lower` is only rebuilt when it differs from `raw`.
 */
export function tokenizeRange(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (startWidth(text, i, to) === 0) {
      i++;
      continue;
    }
    let j = i;
    let changes = false;
    let curly = false;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (c >= 97 && c <= 122) {
        // Lower-case ASCII letters, most of the text: part of the word, nothing to lower.
        j++;
        continue;
      }
      if (c < 128) {
        const k = ASCII[c];
        if (k & PART) {
          if (k & CAPITAL) changes = true;
          j++;
          continue;
        }
        if (!(k & JOINER) || j + 1 >= to || startWidth(text, j + 1, to) === 0) break;
        j++;
        continue;
      }
      const k = classAt(text, j, to);
      if (k & (LETTER | NUMBER | MARK)) {
        if (k & PAIR) {
          changes = true;
          j += 2;
        } else {
          // A unit that lowers to itself on its own (é, à, ç…) changes nothing; Σ, İ and the like (-1) do.
          if (!changes && lowerUnit(c) !== c) changes = true;
          j++;
        }
        continue;
      }
      if (c !== APOSTROPHE || j + 1 >= to || startWidth(text, j + 1, to) === 0) break;
      curly = true;
      j++;
    }
    const raw = text.slice(i, j);
    let lower = changes ? raw.toLowerCase() : raw;
    if (curly) lower = lower.replaceAll('’', "'");
    out.push({ start: i, end: j, raw, lower });
    i = j;
  }
  return out;
}

/** Words of `text`, offsets shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out = tokenizeRange(text, 0, text.length);
  if (offset !== 0) for (const t of out) {
    t.start += offset;
    t.end += offset;
  }
  return out;
}

const UNCOACHED: ReadonlySet<SegmentKind> = new Set(UNCOACHED_SEGMENTS);

export function isCoached(kind: SegmentKind): boolean {
  return !UNCOACHED.has(kind);
}

const SIGNOFF_WORDS = new Set(['best', 'regards', 'kind', 'warm', 'cheers', 'thanks', 'thank', 'you', 'sincerely', 'cordialement',
  'bien', 'à', 'vous', 'bonne', 'belle', 'journée', 'merci', 'au', 'plaisir', 'très', 'vite', 'salutations', 'amicalement', 'bises']);
const SENDER_INTRO = /(?:^|\s)(?:(?:here\s+)?at|from|chez)\s+(\p{Lu}[\p{L}\p{N}&'’\-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’\-]*)*)/gu;
const SELF_RE = /(?<![\p{L}])(?:i|we|our|my|je|j['’]|nous|notre|nos)(?![\p{L}])/iu;

/**
 * A token that can open a sender introduction ("at Acme", "from Acme", "chez Acme") followed by a
 * token that starts with an upper-case letter: SENDER_INTRO needs both (its `at|from|chez`, case and
 * all, stands between white space, and the `\p{Lu}` after the spaces starts the next token).
 */
function hasIntroWord(tokens: readonly Token[]): boolean {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const raw = tokens[k].raw;
    // Length and first unit before any string comparison: most words are not 2 or 4 units long.
    const n = raw.length;
    if (n !== 2 && n !== 4) continue;
    const c = raw.charCodeAt(0);
    const intro = c === 97 ? raw === 'at' : c === 102 ? raw === 'from' : c === 99 && raw === 'chez';
    if (intro && codePointClass(tokens[k + 1].raw.codePointAt(0)!) & UPPER) return true;
  }
  return false;
}

function collectSenderNames(draft: Draft, sentences: ViewSentence[]): Set<string> {
  const names = new Set<string>();
  for (const seg of draft.segments) {
    if (seg.kind !== 'signature' && seg.kind !== 'signoff') continue;
    for (const t of tokenizeRange(draft.text, seg.start, seg.end)) {
      if (codePointClass(t.raw.codePointAt(0)!) & UPPER && !SIGNOFF_WORDS.has(t.lower)) names.add(t.lower);
    }
  }
  for (const s of sentences) {
    if (!hasIntroWord(s.tokens) || !SELF_RE.test(s.text)) continue;
    SENDER_INTRO.lastIndex = 0;
    for (let m = SENDER_INTRO.exec(s.text); m; m = SENDER_INTRO.exec(s.text)) {
      for (const t of tokenize(m[1])) names.add(t.lower);
    }
  }
  return names;
}

export function buildDraftView(draft: Draft): DraftView {
  const coached: DraftView['coached'] = [];
  for (const s of draft.segments) if (isCoached(s.kind)) coached.push({ start: s.start, end: s.end, kind: s.kind });
  const sentences: ViewSentence[] = [];
  const text = draft.text;
  for (const s of draft.sentences) {
    const seg = draft.segments[s.segment];
    if (!seg || !isCoached(seg.kind)) continue;
    const start = Math.max(s.start, seg.start);
    const end = Math.min(s.end, seg.end);
    if (end <= start) continue;
    sentences.push({ start, end, segment: seg.kind, text: text.slice(start, end), tokens: tokenizeRange(text, start, end) });
  }
  return { draft, coached, sentences, senderNames: collectSenderNames(draft, sentences) };
}
