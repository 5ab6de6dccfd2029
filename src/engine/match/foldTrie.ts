/**
 * A trie of folded strings (foldCase keys; a space = a run of one or more whitespace characters,
 * a `0` a run of digits, see regexPrefixes) holding integer items at the node where each string ends. `collect` walks a
 * folded text from one position and reports the items of every node on the way: the strings the
 * text starts with there. Frozen into flat typed arrays: one probe of an open-addressing table per
 * character, no allocation while walking.
 */
const SPACE = 32;
const ZERO = 48;
/** First-level children in a dense array below this folded code (ASCII and Latin letters). */
const DENSE = 0x250;

export class FoldTrie {
  private readonly build = new Map<number, number>();
  private readonly itemsOf: number[][] = [[]];
  private rootDense = new Int32Array(DENSE);
  private keyNode = new Int32Array(1).fill(-1);
  private keyUnit = new Uint16Array(1);
  private value = new Int32Array(1);
  private mask = 0;
  private itemStart = new Int32Array(2);
  private items = new Int32Array(0);
  /** True when nothing was added (collect would never report anything). */
  empty = true;
  /** first[unit] = 1 when collect from a position holding this folded unit may report something. */
  first = new Uint8Array(0x10000);

  /** Adds `item` under `folded` ("" = at every position the caller walks from). */
  add(folded: string, item: number): void {
    this.empty = false;
    let node = 0;
    let last = -1;
    for (let i = 0; i < folded.length; i++) {
      const unit = folded.charCodeAt(i);
      if ((unit === SPACE || unit === ZERO) && unit === last) continue;
      last = unit;
      const key = node * 0x10000 + unit;
      let child = this.build.get(key);
      if (child === undefined) {
        child = this.itemsOf.length;
        this.itemsOf.push([]);
        this.build.set(key, child);
      }
      node = child;
    }
    if (!this.itemsOf[node].includes(item)) this.itemsOf[node].push(item);
  }

  get nodeCount(): number {
    return this.itemsOf.length;
  }

  /** Builds the lookup arrays; call once after the last `add`. */
  freeze(): void {
    let size = 16;
    while (size < this.build.size * 2) size *= 2;
    this.mask = size - 1;
    this.keyNode = new Int32Array(size).fill(-1);
    this.keyUnit = new Uint16Array(size);
    this.value = new Int32Array(size);
    this.rootDense = new Int32Array(DENSE);
    for (const [key, child] of this.build) {
      const node = Math.floor(key / 0x10000);
      const unit = key % 0x10000;
      if (node === 0 && unit < DENSE) this.rootDense[unit] = child;
      let h = hash(node, unit) & this.mask;
      while (this.keyNode[h] !== -1) h = (h + 1) & this.mask;
      this.keyNode[h] = node;
      this.keyUnit[h] = unit;
      this.value[h] = child;
    }
    this.itemStart = new Int32Array(this.itemsOf.length + 1);
    let n = 0;
    this.itemsOf.forEach((list, i) => {
      this.itemStart[i] = n;
      n += list.length;
    });
    this.itemStart[this.itemsOf.length] = n;
    this.items = Int32Array.from(this.itemsOf.flat());
    this.first = new Uint8Array(0x10000);
    if (this.itemsOf[0].length) this.first.fill(1);
    for (const key of this.build.keys()) if (key < 0x10000) this.first[key] = 1;
  }

  private child(node: number, unit: number): number {
    if (node === 0 && unit < DENSE) return this.rootDense[unit];
    let h = hash(node, unit) & this.mask;
    for (;;) {
      const k = this.keyNode[h];
      if (k === -1) return 0;
      if (k === node && this.keyUnit[h] === unit) return this.value[h];
      h = (h + 1) & this.mask;
    }
  }

  /** Items of the strings `folded[j …end)` starts with: appended to out from index n; returns the new length. */
  collect(folded: Uint16Array, j: number, end: number, out: number[], n: number): number {
    const start = this.itemStart;
    const items = this.items;
    let node = 0;
    for (;;) {
      for (let k = start[node]; k < start[node + 1]; k++) out[n++] = items[k];
      if (j >= end) return n;
      const unit = folded[j];
      node = this.child(node, unit);
      if (node === 0) return n;
      j++;
      if (unit === SPACE || unit === ZERO) while (j < end && folded[j] === unit) j++;
    }
  }
}

function hash(node: number, unit: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77);
  return h ^ (h >>> 15);
}
