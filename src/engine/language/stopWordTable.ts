import { EN_CONTRACTIONS, EN_WORDS, FR_ELISIONS, FR_WORDS } from './stopWords';

/** In EN_WORDS. */
export const EN_WORD = 1;
/** In FR_WORDS. */
export const FR_WORD = 2;
/** In FR_ELISIONS (l, qu, jusqu…). */
export const FR_ELISION = 4;
/** In EN_CONTRACTIONS (s, t, re…). */
export const EN_CONTRACTION = 8;

/**
 * The stop-word sets as one open-addressing hash table over character codes, so a word read from
 * the text is looked up without building its string. Built once at load (~420 entries).
 */
const SIZE = 2048;
const MASK = SIZE - 1;
const KEYS: (string | undefined)[] = new Array<string | undefined>(SIZE);
const FLAGS = new Uint8Array(SIZE);

/** Hash of a word's character codes: h = h × 31 + code, in 32 bits, from 0. */
export function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

function add(word: string, flag: number): void {
  if (word.length === 0 || word.length > 255) throw new Error(`stop word of unsupported length: "${word}"`); // LENGTHS: 0 = empty slot
  for (let slot = wordHash(word) & MASK; ; slot = (slot + 1) & MASK) {
    if (KEYS[slot] === undefined) KEYS[slot] = word;
    if (KEYS[slot] === word) {
      FLAGS[slot] |= flag;
      return;
    }
  }
}

for (const [set, flag] of [[EN_WORDS, EN_WORD], [FR_WORDS, FR_WORD], [FR_ELISIONS, FR_ELISION], [EN_CONTRACTIONS, EN_CONTRACTION]] as const) {
  for (const word of set) add(word, flag);
}

/** The keys packed for the lookup: full hash, length (0: empty slot) and offset of each slot's codes in POOL. */
const HASHES = new Int32Array(SIZE);
const LENGTHS = new Uint8Array(SIZE);
const OFFSETS = new Uint16Array(SIZE);
const POOL = new Uint16Array(KEYS.reduce((n, key) => n + (key?.length ?? 0), 0));
for (let slot = 0, at = 0; slot < SIZE; slot++) {
  const key = KEYS[slot];
  if (key === undefined) continue;
  HASHES[slot] = wordHash(key);
  LENGTHS[slot] = key.length;
  OFFSETS[slot] = at;
  for (let k = 0; k < key.length; k++) POOL[at++] = key.charCodeAt(k);
}

/**
 * Flags of the word made of `codes[from..to)` (lower case, straight apostrophes); 0 when it is in no
 * set. `hash` is `wordHash` of those codes (callers compute it while reading the word).
 */
export function stopWordFlags(codes: Uint16Array, from: number, to: number, hash: number): number {
  const n = to - from;
  for (let slot = hash & MASK; ; slot = (slot + 1) & MASK) {
    const len = LENGTHS[slot];
    if (len === 0) return 0;
    if (len !== n || HASHES[slot] !== hash) continue;
    const at = OFFSETS[slot];
    let k = 0;
    while (k < n && POOL[at + k] === codes[from + k]) k++;
    if (k === n) return FLAGS[slot];
  }
}
