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

interface BuildNode {
  items: number[];
  next: Map<number, BuildNode>;
}

export class FoldTrie {
  private readonly root: BuildNode = { items: [], next: new Map() };
  private nodes = 1;
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
  /** True when nothing was added (collect would never report anything). */
  empty = true;
  /** first[unit] = 1 when collect from a position holding this folded unit may report something. */
  first = new Uint8Array(0x10000);

  /** Adds `item` under `folded` ("" = at every position the caller walks from). */
  add(folded: string, item: number): void {
    this.empty = false;
    let node = this.root;
    let last = -1;
    for (let i = 0; i < folded.length; i++) {
      const unit = folded.charCodeAt(i);
      if ((unit === SPACE || unit === ZERO) && unit === last) continue;
      last = unit;
      let child = node.next.get(unit);
      if (!child) {
        node.next.set(unit, (child = { items: [], next: new Map() }));
        this.nodes++;
      }
      node = child;
    }
    if (!node.items.includes(item)) node.items.push(item);
  }

  /** Nodes of the uncompressed trie (a size measure). */
  get nodeCount(): number {
    return this.nodes;
  }

  /** Builds the lookup arrays; call once after the last `add`. */
  freeze(): void {
    const itemStart: number[] = [];
    const items: number[] = [];
    const edgeStart: number[] = [];
    const edges: { first: number; label: number[]; target: number }[] = [];
    // Depth-first: a node's edges, then each child subtree (its first child right after it), so a
    // node's edges end where the next node's begin.
    const place = (node: BuildNode): number => {
      const id = itemStart.length;
      itemStart.push(items.length);
      items.push(...node.items);
      edgeStart.push(edges.length);
      const mine: { first: number; label: number[]; target: number }[] = [];
      const below: BuildNode[] = [];
      for (const unit of [...node.next.keys()].sort((a, b) => a - b)) {
        let child = node.next.get(unit)!;
        const label = [unit];
        while (child.items.length === 0 && child.next.size === 1) {
          const [u, c] = [...child.next][0];
          label.push(u);
          child = c;
        }
        mine.push({ first: unit, label, target: -1 });
        below.push(child);
      }
      edges.push(...mine);
      mine.forEach((e, k) => (e.target = place(below[k])));
      return id;
    };
    place(this.root);
    this.itemStart = Int32Array.from([...itemStart, items.length]);
    this.items = Int32Array.from(items);
    this.edgeStart = Int32Array.from([...edgeStart, edges.length]);
    this.edgeFirst = Uint16Array.from(edges, (e) => e.first);
    this.edgeTarget = Int32Array.from(edges, (e) => e.target);
    const labels: number[] = [];
    this.edgeLabel = new Int32Array(edges.length);
    this.edgeEnd = new Int32Array(edges.length);
    edges.forEach((e, k) => {
      this.edgeLabel[k] = labels.length;
      labels.push(...e.label);
      this.edgeEnd[k] = labels.length;
    });
    this.labels = Uint16Array.from(labels);
    this.rootDense = new Int32Array(DENSE).fill(-1);
    this.rootSparse = new Map();
    for (let k = this.edgeStart[0]; k < this.edgeStart[1]; k++) {
      if (this.edgeFirst[k] < DENSE) this.rootDense[this.edgeFirst[k]] = k;
      else this.rootSparse.set(this.edgeFirst[k], k);
    }
    this.first = new Uint8Array(0x10000);
    if (this.root.items.length) this.first.fill(1);
    for (const unit of this.root.next.keys()) this.first[unit] = 1;
  }

  /** The edge of `node` whose label starts with `unit`, or -1. */
  private edge(node: number, unit: number): number {
    if (node === 0) return unit < DENSE ? this.rootDense[unit] : this.rootSparse.get(unit) ?? -1;
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
