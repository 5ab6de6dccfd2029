/**
 * Raw counts of one message, the material every voice trait is computed from. Front matter,
 * quoted replies and the signature name line are left out; the greeting and sign-off are kept
 * (their forms are part of the voice).
 */
import { findGreetings, findSignoffs } from '../messageShape';
import {
  AMERICAN, BRITISH, EN_CONTRACTED, EN_UNCONTRACTED, FR_INFORMAL, LANG_CUES_EN, LANG_CUES_FR, SPELLING_NEUTRAL,
  TU_FORMS, VOUS_FORMS,
} from './wordLists';

export interface TextStats {
  /** Lower-case word tokens (apostrophes normalised, elisions split: "l'équipe" → "l", "équipe"). */
  tokens: string[];
  sentenceLengths: number[];
  /** Characters per word, mean. */
  wordLength: number;
  enCues: number;
  frCues: number;
  tu: number;
  vous: number;
  contracted: number;
  uncontracted: number;
  /** FR negations without "ne" vs with it, plus spoken forms (t'as, y'a). */
  neDropped: number;
  neKept: number;
  exclamations: number;
  questions: number;
  ellipses: number;
  dashes: number;
  semicolons: number;
  parentheses: number;
  emoji: number;
  /** Sentences starting in lower case, out of sentences starting with a letter. */
  lowerStarts: number;
  letterStarts: number;
  /** French-style space before ! ? : ; vs none. */
  spacedMarks: number;
  tightMarks: number;
  british: number;
  american: number;
  greeting: string;
  signoff: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const EMOJI = /\p{Extended_Pictographic}|[:;]-?[)(DP](?![\p{L}\p{N}])/gu;

/** The lines that carry the message (no front matter, quoted reply or signature). */
export function messageLines(text: string): { lines: string[]; greeting: string; signoff: string } {
  let body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '').replace(/\r\n?/g, '\n');
  const quoted = /^(?:>.*|On .+wrote:|Le .+a écrit\s?:|-----Original Message-----|De\s?:.*)$/m.exec(body);
  if (quoted) body = body.slice(0, quoted.index);
  const greetings = findGreetings(body);
  const signoffs = findSignoffs(body);
  const lines = body.split('\n');
  const signoff = signoffs[signoffs.length - 1];
  let keep = lines;
  if (signoff) keep = lines.slice(0, signoff.line + 1);
  else if (lines.length > 2 && /^\s*[—–-]?\s*\p{Lu}[\p{L}.'’ -]{0,30}$/u.test(lines[lines.length - 1]!) && lines[lines.length - 1]!.trim().split(/\s+/).length <= 3) {
    keep = lines.slice(0, -1); // a bare name line at the end
  }
  return {
    lines: keep.filter((l) => l.trim()),
    greeting: greetings[0] && greetings[0].line <= 1 ? greetings[0].form : 'none',
    signoff: signoff ? signoff.form.replace(/[,.!…]+$/, '') : /^\s*[—–-]\s*\p{L}/u.test(lines.filter((l) => l.trim()).pop() ?? '') ? 'dash-name' : 'none',
  };
}

function splitSentences(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    for (const s of line.split(/(?<=[.!?…]|\.\.\.)\s+(?=\S)/u)) if (/[\p{L}\p{N}]/u.test(s)) out.push(s.trim());
  }
  return out;
}

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

export function textStats(text: string): TextStats {
  const { lines, greeting, signoff } = messageLines(text);
  const body = lines.join('\n');
  const sentences = splitSentences(lines);
  // Sentence length is measured on the message itself, not on its "Hi Sam," / "Best," lines.
  const frame = (l: string, i: number) =>
    (i === 0 && greeting !== 'none' && l.trim().split(/\s+/).length <= 4) || (i === lines.length - 1 && signoff !== 'none' && signoff !== 'dash-name');
  const bodySentences = splitSentences(lines.filter((l, i) => !frame(l, i)));
  const rawWords = body.match(WORD) ?? [];
  const tokens = rawWords.flatMap((w) => w.toLowerCase().replace(/’/g, "'").split(/(?<=^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)')/u)).map((t) => t.replace(/'$/, ''));
  const lengths = (bodySentences.length ? bodySentences : sentences).map((s) => (s.match(WORD) ?? []).length);
  let neDropped = count(body, FR_INFORMAL);
  let neKept = 0;
  tokens.forEach((t, i) => {
    if (t !== 'pas' && t !== 'jamais' && t !== 'rien' && t !== 'plus') return;
    if (t === 'plus' && !tokens.slice(Math.max(0, i - 4), i).some((w) => w === 'ne' || w === 'n')) return;
    if (tokens.slice(Math.max(0, i - 4), i).some((w) => w === 'ne' || w === 'n')) neKept++;
    else if (t === 'pas' && i > 0 && !['ou', 'si', 'non', 'pourquoi', 'surtout'].includes(tokens[i - 1]!)) neDropped++;
  });
  const spelling = (re: RegExp) => (body.match(re) ?? []).filter((w) => !SPELLING_NEUTRAL.has(w.toLowerCase())).length;
  const starts = sentences.map((s) => /^[^\p{L}]*(\p{L})/u.exec(s)?.[1]).filter((c): c is string => !!c);
  return {
    tokens,
    sentenceLengths: lengths,
    wordLength: rawWords.length ? rawWords.reduce((a, w) => a + w.length, 0) / rawWords.length : 0,
    enCues: tokens.filter((t) => LANG_CUES_EN.has(t)).length,
    frCues: tokens.filter((t) => LANG_CUES_FR.has(t)).length,
    tu: tokens.filter((t) => TU_FORMS.has(t)).length,
    vous: tokens.filter((t) => VOUS_FORMS.has(t)).length,
    contracted: count(body, EN_CONTRACTED),
    uncontracted: count(body, EN_UNCONTRACTED),
    neDropped,
    neKept,
    exclamations: count(body, /!+/g),
    questions: count(body, /\?+/g),
    ellipses: count(body, /…|\.\.\./g),
    dashes: count(body, /—|–| - /g),
    semicolons: count(body, /;/g),
    parentheses: count(body, /\(/g),
    emoji: count(body, EMOJI),
    lowerStarts: starts.filter((c) => c === c.toLowerCase() && c !== c.toUpperCase()).length,
    letterStarts: starts.length,
    spacedMarks: count(body, /[ \u00A0\u202F][!?:;]/g),
    tightMarks: count(body, /[\p{L}\p{N})][!?;]|[\p{L}]:(?!\/\/)/gu),
    british: spelling(BRITISH),
    american: spelling(AMERICAN),
    greeting,
    signoff,
  };
}
