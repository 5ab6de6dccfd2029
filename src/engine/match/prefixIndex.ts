import { foldUnit } from './foldCase';

/**
 * A trie of folded prefixes (see regexPrefixes) → the rules that may match there. `scan` walks a
 * text once and proposes, per position, the few rules whose prefix the text starts with; rules
 * marked `wordStart` (their RegExp begins with a lookbehind that rejects a preceding letter) are
 * only proposed where the previous character is not a letter. The caller runs each proposed
 * rule's sticky RegExp there: the index never decides a match, it only skips hopeless positions.
 */
export interface IndexedRule {
  /** Folded prefixes; null = may start anywhere (proposed at every allowed position). */
  prefixes: string[] | null;
  wordStart: boolean;
}

interface TrieNode {
  rules: number[];
  next: Map<number, TrieNode>;
}

/** First-level children in a dense array below this folded code (ASCII and Latin letters). */
const DENSE = 0x250;
const LETTER = /\p{L}/u;
const ASCII_FOLD = Uint16Array.from({ length: 128 }, (_, c) => foldUnit(c));
/** Letter-ness of BMP code units above ASCII, computed on first sight: 0 unknown, 1 no, 2 yes. */
const letterCache = new Uint8Array(0x10000);

function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  let k = letterCache[c];
  if (k === 0) letterCache[c] = k = LETTER.test(text[i]) ? 2 : 1; // a lone surrogate is not a letter
  return k === 2;
}

class Trie {
  readonly dense: (TrieNode | undefined)[] = new Array(DENSE);
  readonly sparse = new Map<number, TrieNode>();
  /** Rules with no usable prefix: proposed at every position this trie looks at. */
  readonly always: number[] = [];
  empty = true;

  add(prefix: string, rule: number): void {
    this.empty = false;
    const c0 = prefix.charCodeAt(0);
    let node: TrieNode | undefined = c0 < DENSE ? this.dense[c0] : this.sparse.get(c0);
    if (!node) {
      node = { rules: [], next: new Map() };
      if (c0 < DENSE) this.dense[c0] = node;
      else this.sparse.set(c0, node);
    }
    for (let k = 1; k < prefix.length; k++) {
      const c = prefix.charCodeAt(k);
      let child: TrieNode | undefined = node.next.get(c);
      if (!child) node.next.set(c, (child = { rules: [], next: new Map() }));
      node = child;
    }
    if (!node.rules.includes(rule)) node.rules.push(rule);
  }
}

export class PrefixIndex {
  private readonly anywhere = new Trie();
  private readonly atWordStart = new Trie();
  private readonly seen: Int32Array;
  private readonly found: number[] = [];

  constructor(rules: IndexedRule[]) {
    rules.forEach((r, id) => {
      const trie = r.wordStart ? this.atWordStart : this.anywhere;
      if (!r.prefixes) {
        trie.always.push(id);
        trie.empty = false;
      } else for (const p of r.prefixes) trie.add(p, id);
    });
    this.seen = new Int32Array(rules.length);
  }

  /** Adds the rules of `node` and of its descendants along text[j…] (marking each once per position). */
  private collect(node: TrieNode | undefined, always: number[], text: string, i: number): void {
    const seen = this.seen;
    const found = this.found;
    const mark = i + 1;
    for (const r of always) if (seen[r] !== mark) { seen[r] = mark; found.push(r); }
    for (let j = i + 1; node; j++) {
      for (const r of node.rules) if (seen[r] !== mark) { seen[r] = mark; found.push(r); }
      if (j >= text.length || node.next.size === 0) break;
      node = node.next.get(foldUnit(text.charCodeAt(j)));
    }
  }

  /** Calls `visit(rule, i)` for each proposed (rule, position): positions ascending, rules ascending at one position. */
  scan(text: string, visit: (rule: number, at: number) => void): void {
    this.seen.fill(0);
    const found = this.found;
    const any = this.anywhere.empty ? undefined : this.anywhere;
    const word = this.atWordStart.empty ? undefined : this.atWordStart;
    let prevLetter = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const letter = c < 128 ? (c | 32) >= 97 && (c | 32) <= 122 : isLetterUnit(text, i);
      if (any || (word && !prevLetter)) {
        const f = c < 128 ? ASCII_FOLD[c] : foldUnit(c);
        if (any) {
          const node = f < DENSE ? any.dense[f] : any.sparse.get(f);
          if (node || any.always.length) this.collect(node, any.always, text, i);
        }
        if (word && !prevLetter) {
          const node = f < DENSE ? word.dense[f] : word.sparse.get(f);
          if (node || word.always.length) this.collect(node, word.always, text, i);
        }
      }
      prevLetter = letter;
      if (found.length === 0) continue;
      if (found.length > 1) found.sort((a, b) => a - b);
      for (let k = 0; k < found.length; k++) visit(found[k], i);
      found.length = 0;
    }
  }
}
