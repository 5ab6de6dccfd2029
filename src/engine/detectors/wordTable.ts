/**
 * A word → bits table for words of a-z, looked up with a hash the caller computes while it walks
 * the word's characters anyway (see `hashStep`), so a token's string is never hashed by the engine
 * (a fresh string's first Map lookup hashes it, which cost more than the rest of the token scan).
 * Open addressing, linear probing, load ≤ 1/4. `get` gives what `Map.get` gives for the same words.
 */
export class WordTable {
  private keys: (string | undefined)[];
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(capacity = 64) {
    let n = 16;
    while (n < capacity * 4) n *= 2;
    this.keys = new Array<string | undefined>(n).fill(undefined);
    this.values = new Int32Array(n);
    this.mask = n - 1;
  }

  /** The hash of a whole word (what `hashStep` over its code units gives from 0). */
  static hashOf(word: string): number {
    let h = 0;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    return h;
  }

  /** Sets the word's bits (replacing any). */
  set(word: string, bits: number): void {
    if ((this.size + 1) * 4 > this.keys.length) this.grow();
    let i = slot(WordTable.hashOf(word), this.mask);
    for (let k = this.keys[i]; k !== undefined; k = this.keys[i]) {
      if (k === word) {
        this.values[i] = bits;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.keys[i] = word;
    this.values[i] = bits;
    this.size++;
  }

  /** The word's bits, or undefined; `hash` is `WordTable.hashOf(word)`. */
  get(word: string, hash: number): number | undefined {
    const keys = this.keys;
    const mask = this.mask;
    for (let i = slot(hash, mask), k = keys[i]; k !== undefined; i = (i + 1) & mask, k = keys[i]) {
      if (k === word) return this.values[i];
    }
    return undefined;
  }

  private grow(): void {
    const old = this.keys;
    const oldValues = this.values;
    const n = old.length * 2;
    this.keys = new Array<string | undefined>(n).fill(undefined);
    this.values = new Int32Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== undefined) this.set(old[i]!, oldValues[i]);
  }
}

/** One code unit into a running word hash (32-bit). */
export function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

function slot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 13)) & mask;
}
