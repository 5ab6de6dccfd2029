/**
 * A trie of folded strings (foldCase keys; a space = a run of one or more whitespace characters,
 * a `0` a run of digits, see regexPrefixes) holding integer items at the node where each string
 * ends. `collect` walks a folded text from one position and reports the items of every node on the
 * way: the strings the text starts with there. Frozen into a compact radix tree in flat typed
 * arrays (chains of single children become one edge label, nodes laid out depth-first), so a walk
 * reads mostly consecutive memory and allocates nothing.
 */
const SPACE = 32;
const ZERO = 48;
/** Root edges by first unit in a dense array below this folded code (ASCII and Latin letters). */
const DENSE = 0x250;
/** Nodes with at least this many edges get a direct table for ASCII units (the busy levels near the root). */
const MANY_EDGES = 8;

export class FoldTrie {
  /** Strings added so far (runs collapsed) and their items; freeze builds the tree from them sorted. */
  private added: { key: string; item: number }[] = [];
  private nodes = 0;
  private rootDense = new Int32Array(DENSE);
  private rootSparse = new Map<number, number>();
  private itemStart = new Int32Array(2);
  private items = new Int32Array(0);
  private edgeStart = new Int32Array(2);
  private edgeFirst = new Uint16Array(0);
  private edgeLabel = new Int32Array(0);
  private edgeEnd = new Int32Array(0);
  private edgeTarget = new Int32Array(0);
  private labels = new Uint16Array(0);
  /** Nodes with many edges: a slot (> 0) in asciiEdge, where [slot * 128 + unit] = edge + 1 for ASCII units. */
  private asciiSlot = new Int32Array(0);
  private asciiEdge = new Int32Array(0);
  /** True when nothing was added (collect would never report anything). */
  empty = true;
  /** first[unit] = 1 when collect from a position holding this folded unit may report something. */
  first = new Uint8Array(0x10000);

  /** Adds `item` under `folded` ("" = at every position the caller walks from). */
  add(folded: string, item: number): void {
    this.empty = false;
    // Most keys hold no doubled run key (regexPrefixes merges them): skip the replace then (same key).
    const key = folded.includes('  ') || folded.includes('00') ? folded.replace(/([ 0])\1+/g, '$1') : folded;
    this.added.push({ key, item });
  }

  /** Nodes of the radix tree (a size measure). */
  get nodeCount(): number {
    return this.nodes;
  }

  /** Builds the lookup arrays from the added strings; call once after the last `add`. */
  freeze(): void {
    const list = this.added.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.item - b.item));
    this.added = [];
    const itemStart: number[] = [];
    const items: number[] = [];
    const edgeStart: number[] = [];
    const edges: { first: number; label: string; target: number }[] = [];
    // Breadth-first over the sorted strings (the busy upper levels sit together in memory): a node
    // covers list[lo, hi), strings that share their first `depth` units; nodes are numbered in
    // queue order and push their edges in that order, so a node's edges end where the next one's begin.
    const queue: [number, number, number][] = [[0, list.length, 0]];
    for (let id = 0; id < queue.length; id++) {
      let [lo] = queue[id];
      const [, hi, depth] = queue[id];
      itemStart.push(items.length);
      while (lo < hi && list[lo].key.length === depth) {
        if (items[items.length - 1] !== list[lo].item || items.length === itemStart[id]) items.push(list[lo].item);
        lo++;
      }
      edgeStart.push(edges.length);
      for (let i = lo; i < hi; ) {
        const unit = list[i].key.charCodeAt(depth);
        let j = i + 1;
        while (j < hi && list[j].key.charCodeAt(depth) === unit) j++;
        // Extend the label while every string of the group goes on with the same unit.
        let end = depth + 1;
        const a = list[i].key;
        const z = list[j - 1].key;
        while (end < a.length && a.charCodeAt(end) === z.charCodeAt(end)) end++;
        edges.push({ first: unit, label: a.slice(depth, end), target: queue.length });
        queue.push([i, j, end]);
        i = j;
      }
    }
    this.nodes = itemStart.length;
    this.itemStart = Int32Array.from([...itemStart, items.length]);
    this.items = Int32Array.from(items);
    this.edgeStart = Int32Array.from([...edgeStart, edges.length]);
    this.edgeFirst = Uint16Array.from(edges, (e) => e.first);
    this.edgeTarget = Int32Array.from(edges, (e) => e.target);
    this.edgeLabel = new Int32Array(edges.length);
    this.edgeEnd = new Int32Array(edges.length);
    let size = 0;
    edges.forEach((e, k) => {
      this.edgeLabel[k] = size;
      size += e.label.length;
      this.edgeEnd[k] = size;
    });
    this.labels = new Uint16Array(size);
    edges.forEach((e, k) => {
      for (let i = 0; i < e.label.length; i++) this.labels[this.edgeLabel[k] + i] = e.label.charCodeAt(i);
    });
    this.asciiSlot = new Int32Array(this.nodes);
    let slots = 1;
    for (let node = 1; node < this.nodes; node++) {
      if (this.edgeStart[node + 1] - this.edgeStart[node] >= MANY_EDGES) this.asciiSlot[node] = slots++;
    }
    this.asciiEdge = new Int32Array(slots * 128);
    for (let node = 1; node < this.nodes; node++) {
      const slot = this.asciiSlot[node];
      if (slot === 0) continue;
      for (let k = this.edgeStart[node]; k < this.edgeStart[node + 1]; k++) {
        if (this.edgeFirst[k] < 128) this.asciiEdge[slot * 128 + this.edgeFirst[k]] = k + 1;
      }
    }
    this.rootDense = new Int32Array(DENSE).fill(-1);
    this.rootSparse = new Map();
    this.first = new Uint8Array(0x10000);
    if (this.itemStart[1] > this.itemStart[0]) this.first.fill(1);
    for (let k = this.edgeStart[0]; k < this.edgeStart[1]; k++) {
      const unit = this.edgeFirst[k];
      if (unit < DENSE) this.rootDense[unit] = k;
      else this.rootSparse.set(unit, k);
      this.first[unit] = 1;
    }
  }

  /** The edge of `node` whose label starts with `unit`, or -1. */
  private edge(node: number, unit: number): number {
    if (node === 0) return unit < DENSE ? this.rootDense[unit] : this.rootSparse.get(unit) ?? -1;
    if (unit < 128) {
      const slot = this.asciiSlot[node];
      if (slot !== 0) return this.asciiEdge[slot * 128 + unit] - 1;
    }
    const first = this.edgeFirst;
    let lo = this.edgeStart[node];
    let hi = this.edgeStart[node + 1];
    // Edges are sorted by first unit: halve a long list, then scan.
    while (hi - lo > 8) {
      const mid = (lo + hi) >> 1;
      if (first[mid] <= unit) lo = mid;
      else hi = mid;
    }
    for (let k = lo; k < hi; k++) {
      const f = first[k];
      if (f === unit) return k;
      if (f > unit) return -1;
    }
    return -1;
  }

  /**
   * Items of the strings `folded[j …end)` starts with, appended to out from index n as pairs
   * (`tag`, item) — the caller's position, so several walks' proposals share one list; returns the new length.
   */
  collect(folded: Uint16Array, j: number, end: number, tag: number, out: number[], n: number): number {
    const itemStart = this.itemStart;
    const items = this.items;
    const labels = this.labels;
    let node = 0;
    for (;;) {
      for (let k = itemStart[node]; k < itemStart[node + 1]; k++) {
        out[n++] = tag;
        out[n++] = items[k];
      }
      if (j >= end) return n;
      const e = this.edge(node, folded[j]);
      if (e < 0) return n;
      // Follow the edge's label; a space or 0 in it stands for the whole run in the text.
      for (let k = this.edgeLabel[e], stop = this.edgeEnd[e]; k < stop; k++) {
        const unit = labels[k];
        if (j >= end || folded[j] !== unit) return n;
        j++;
        if (unit === SPACE || unit === ZERO) while (j < end && folded[j] === unit) j++;
      }
      node = this.edgeTarget[e];
    }
  }
}
