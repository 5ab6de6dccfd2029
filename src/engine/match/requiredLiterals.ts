import { foldString } from './foldCase';
import type { Node } from './regexAst';

/**
 * Literals a regex cannot match without: a list of clauses, each a list of folded strings, such
 * that every match contains at least one string of every clause (spaces stand for whitespace runs,
 * as in regexPrefixes). When a text holds no string of some clause, the regex cannot match anywhere
 * in it, so its scan can be skipped: a provably equivalent early exit. An empty list = no known need.
 * Example: `[\p{L}]{3,}(?:\((?:e|se)\)|·(?:e|se))` → [["(e)", "(se)", "·e", "·se"]].
 */
export type Clause = string[];

/** Most strings one clause may list (a longer product is cut into shorter runs). */
const MAX_STRINGS = 64;
const MAX_SMALL_CLASS = 8;
const SPACE = ' ';

function merge(a: string, b: string): string {
  return a.endsWith(SPACE) && b.startsWith(SPACE) ? a + b.slice(1) : a + b;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_STRINGS) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(merge(x, y));
  return [...out];
}

/** The exact set of (folded) strings a node matches, when small; null otherwise. */
function finite(node: Node): string[] | null {
  switch (node.t) {
    case 'zero': return [''];
    case 'end': return null;
    case 'chars': {
      // An astral letter with case: a `u` RegExp may match its partner, whose folded units differ.
      if (!node.chars || node.chars.length > MAX_SMALL_CLASS || node.chars.some((c) => c.length > 1 && c.toUpperCase() !== c.toLowerCase())) return null;
      return [...new Set(node.chars.map((c) => foldString(c).replace(/ +/g, SPACE)))];
    }
    case 'alt': {
      const out = new Set<string>();
      for (const alt of node.alts) {
        let set: string[] | null = [''];
        for (const n of alt) {
          const f = finite(n);
          set = f && set ? product(set, f) : null;
          if (!set) return null;
        }
        for (const s of set) out.add(s);
        if (out.size > MAX_STRINGS) return null;
      }
      return [...out];
    }
    case 'rep': {
      // Whitespace repeated: one space (a run), or nothing too when the minimum is 0.
      const space = finite(node.node);
      if (space && space.length === 1 && space[0] === SPACE) return node.min >= 1 ? [SPACE] : node.max > 0 ? ['', SPACE] : [''];
      if (node.max > 1) return null;
      const f = finite(node.node);
      return f && node.max === 1 ? (node.min === 0 ? [...new Set(['', ...f])] : f) : node.max === 0 ? [''] : null;
    }
  }
}

/** How good a clause is as a filter: its shortest string (longer = rarer). */
const strength = (c: Clause): number => Math.min(...c.map((s) => s.trim().length));

/** One clause for a node that is not finite: the best of its alternatives' needs, or its body's when repeated at least once. */
function nodeClause(node: Node): Clause | null {
  if (node.t === 'rep') return node.min >= 1 ? best(sequenceClauses([node.node])) : null;
  if (node.t !== 'alt') return null;
  const out = new Set<string>();
  for (const alt of node.alts) {
    const c = best(sequenceClauses(alt));
    if (!c) return null;
    for (const s of c) out.add(s);
  }
  return out.size > MAX_STRINGS ? null : [...out];
}

function best(clauses: Clause[]): Clause | null {
  let top: Clause | null = null;
  for (const c of clauses) if (!top || strength(c) > strength(top) || (strength(c) === strength(top) && c.length < top.length)) top = c;
  return top;
}

/** A clause without the strings that contain another of its strings (present whenever they are). */
function minimal(clause: Clause): Clause {
  return clause.filter((s) => !clause.some((t) => t !== s && s.includes(t)));
}

/** Every clause of a sequence: runs of finite nodes (their product) and the needs of the other nodes. */
export function sequenceClauses(seq: Node[]): Clause[] {
  return rawClauses(seq).map(minimal);
}

function rawClauses(seq: Node[]): Clause[] {
  const clauses: Clause[] = [];
  let run: string[] = [''];
  const flush = (): void => {
    if (run.every((s) => s.trim() !== '')) clauses.push(run);
    run = [''];
  };
  for (const node of seq) {
    const f = finite(node);
    if (f) {
      const next = product(run, f);
      if (next) {
        run = next;
        continue;
      }
      flush();
      run = f;
      continue;
    }
    flush();
    const c = nodeClause(node);
    if (c && c.every((s) => s.trim() !== '')) clauses.push(c);
  }
  flush();
  return clauses;
}

/**
 * Where an open branch can start, told by a literal it must hold: `anchors` (folded, at least 3
 * units, no whitespace) are the strings a run of nodes of the branch matches exactly, and the
 * nodes before that run consume at most `width` UTF-16 units. So a match starting at p has an
 * anchor at some q in [p, p + width] of the folded text, and p lies in [q - width, q].
 */
export interface AnchorWindow {
  anchors: string[];
  width: number;
}

/** Most units the widest window may span (wider: the branch keeps its own scan). */
const MAX_WIDTH = 256;

/** A broad class that only holds BMP characters (one unit each, `u` flag or not): \w, \d, \s, or a bracket class of those and BMP literals. */
function bmpClass(src: string): boolean {
  if (src === '\\w' || src === '\\d' || src === '\\s') return true;
  return src.startsWith('[') && !src.startsWith('[^') && !/\\[pPWSDuxc]|[\ud800-\udfff]/.test(src);
}

/** Most UTF-16 units one match of `node` consumes (Infinity when unbounded). */
export function maxUnits(node: Node, unicode: boolean): number {
  switch (node.t) {
    case 'chars':
      if (node.backref) return Infinity;
      return node.chars ? Math.max(...node.chars.map((c) => c.length)) : unicode && !bmpClass(node.src) ? 2 : 1;
    case 'zero': return 0;
    case 'end': return Infinity;
    case 'rep': return node.max === 0 ? 0 : node.max * maxUnits(node.node, unicode);
    case 'alt': return Math.max(...node.alts.map((a) => a.reduce((n, x) => n + maxUnits(x, unicode), 0)));
  }
}

const anchorable = (set: string[] | null): set is string[] => !!set && set.length > 0 && set.every((s) => s !== '' && !s.includes(SPACE));

/** The first literal run of an open branch with the room before it (see AnchorWindow), or undefined. */
export function anchorWindow(seq: Node[], unicode: boolean): AnchorWindow | undefined {
  let width = 0;
  for (let i = 0; i < seq.length; ) {
    const first = finite(seq[i]);
    let k = i + 1;
    if (anchorable(first)) {
      let run: string[] = first;
      for (; k < seq.length; k++) {
        const next = finite(seq[k]);
        const joined = anchorable(next) ? product(run, next) : null;
        if (!joined) break;
        run = joined;
      }
      if (run.every((s) => s.length >= 3)) return { anchors: run, width };
    }
    for (; i < k; i++) width += maxUnits(seq[i], unicode);
    if (!(width <= MAX_WIDTH)) return undefined;
  }
  return undefined;
}
