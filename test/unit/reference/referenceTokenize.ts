/**
 * The regex tokenizer as it was before the character-code rewrite (main d1fb856), kept as the
 * specification the fast path is checked against, token for token.
 * If the behaviour is changed on purpose, change or delete this oracle with it.
 */
import type { Token } from '../../../src/engine/draftView';

const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['’.\-](?=[\p{L}\p{N}]))*/gu;

export function referenceTokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, raw: m[0], lower: m[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}
