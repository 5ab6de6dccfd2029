import { foldString } from './foldCase';
import { parseRegex, Unsupported, type Node } from './regexAst';

/**
 * The folded prefixes (foldCase keys, up to `maxLength` units) that every match of a RegExp starts
 * with, or null when a match may start with "anything" (a broad class, `.`, `\w`, `\p{…}`, a
 * backreference, or syntax regexAst does not follow). A space in a prefix stands for a run of one
 * or more whitespace characters (never two spaces in a row): `\s+`, `\s{2}`, ` `, NBSP all give one
 * space, `\s*` gives "a space or nothing"; likewise a `0` stands for a run of digits (`\d+`, `42`).
 * Used to try a rule only where the text starts with one of
 * its prefixes: a superset is always safe (the rule's own RegExp decides), a missing prefix never
 * is, so anything unclear ends a prefix early. Assertions consume nothing and are skipped.
 */
/**
 * The rest of a path: `seq[i]` (i < seq.length), then the rest of `seq`, then `next`; `from`: the
 * prefix when a repetition's iteration started (see 'rep'). Sequences are walked by index, so a
 * group's alternatives cost one object each instead of one per node.
 */
interface Rest { seq: Node[]; i: number; next: Rest | undefined; from?: string }

const MAX_PREFIXES = 4000;
const MAX_DEPTH = 200;
/** Folded keys that stand for a run of their class (foldTrie skips the whole run in a text). */
const RUNS = new Set([' ', '0']);

/** Thrown (a plain object: no stack trace to build) when an expansion lists more than `limit` prefixes. */
const TOO_MANY = { tooMany: true };

/** A folded character to append; a run key after the same key adds nothing (one key = a run). */
function append(prefix: string, folded: string): string {
  return (folded === ' ' || folded === '0') && prefix.charCodeAt(prefix.length - 1) === folded.charCodeAt(0) ? prefix : prefix + folded;
}

/** Characters whose case partner a `u` RegExp may match across a surrogate pair: their folded units would differ. */
function astralWithCase(c: string): boolean {
  return c.length > 1 && c.toUpperCase() !== c.toLowerCase();
}

/** Each chars node's distinct folded characters (null: open), computed once per node and kept on it (cheaper to read than a WeakMap). */
type CharsNode = Node & { t: 'chars'; folded?: string[] | null };

export function foldedChars(node: Node & { t: 'chars' }): string[] | null {
  const n = node as CharsNode;
  let keys = n.folded;
  if (keys === undefined) {
    keys = !node.chars || node.chars.some(astralWithCase) ? null : [...new Set(node.chars.map(foldString))];
    n.folded = keys;
  }
  return keys;
}

/** The run key when every character of the node folds to it (`\s`, `[ \t]`, `\d`, `[0-9]`), else undefined. */
export function runKey(node: Node): string | undefined {
  if (node.t !== 'chars') return undefined;
  const keys = foldedChars(node);
  return keys && keys.length === 1 && RUNS.has(keys[0]) ? keys[0] : undefined;
}

/**
 * True when `node` is a lookbehind `(?<=X)` (X: one character class per alternative) that cannot
 * hold after `prefix`: the character the prefix ends with is in none of them (compared folded,
 * so a case or whitespace partner counts as in). Such a path never matches (e.g. the
 * `(?<=['’])` of a phrase's "whitespace or after an elision" right after a letter).
 */
export function lookbehindFails(node: Node & { t: 'zero' }, prefix: string): boolean {
  const look = node.look;
  if (!look || !look.behind || look.negative || prefix === '') return false;
  const last = prefix.charCodeAt(prefix.length - 1);
  if (last >= 0xd800 && last <= 0xdfff) return false;
  const lastKey = prefix[prefix.length - 1];
  for (const alt of look.alts) {
    if (alt.length !== 1 || alt[0].t !== 'chars' || alt[0].backref) return false;
    const keys = foldedChars(alt[0]);
    if (!keys || keys.some((k) => k.length !== 1) || keys.includes(lastKey)) return false;
  }
  return true;
}

let limit = MAX_PREFIXES;

/** The rest of a path after `seq[i]`. */
function after(seq: Node[], i: number, next: Rest | undefined): Rest | undefined {
  return i + 1 < seq.length ? { seq, i: i + 1, next } : next;
}

function expand(rest: Rest | undefined, prefix: string, maxLength: number, out: Set<string>, depth: number): void {
  // Steps with one way on (one folded character, an assertion that holds, `{0}`, a whitespace run
  // after its "none" path) loop here instead of recursing, and the position is held in locals: the
  // same visits in the same order, without a call or an object per character.
  let seq = rest?.seq;
  let i = rest ? rest.i : 0;
  let from = rest?.from;
  let cont = rest?.next;
  for (;;) {
    if (out.size > limit) throw TOO_MANY;
    if (!seq || prefix.length >= maxLength || depth > MAX_DEPTH) return void out.add(prefix);
    const node = seq[i];
    // An iteration that added nothing (a merged run key) leads back to the state it started from.
    if (from === prefix && node.t === 'rep' && node.min === 0) return;
    switch (node.t) {
      case 'zero':
        if (lookbehindFails(node, prefix)) return;
        break;
      case 'end':
        return void out.add(prefix);
      case 'chars': {
        const keys = foldedChars(node);
        if (!keys) return void out.add(prefix);
        if (keys.length !== 1) {
          const next = after(seq, i, cont);
          for (const c of keys) expand(next, append(prefix, c), maxLength, out, depth + 1);
          return;
        }
        prefix = append(prefix, keys[0]);
        break;
      }
      case 'alt': {
        const next = after(seq, i, cont);
        for (const alt of node.alts) expand(alt.length ? { seq: alt, i: 0, next } : next, prefix, maxLength, out, depth + 1);
        return;
      }
      case 'rep': {
        if (node.max <= 0) break;
        const run = runKey(node.node);
        if (run) {
          // Any number of whitespace characters (digits): one run (or none when the minimum is 0).
          if (node.min === 0) expand(after(seq, i, cont), prefix, maxLength, out, depth + 1);
          prefix = append(prefix, run);
          break;
        }
        const again: Node = { t: 'rep', node: node.node, min: Math.max(0, node.min - 1), max: node.max - 1, lazy: node.lazy, src: node.src };
        const next = after(seq, i, cont);
        if (node.min === 0) expand(next, prefix, maxLength, out, depth + 1);
        cont = { seq: [again], i: 0, next, from: prefix };
        seq = [node.node];
        i = 0;
        from = undefined;
        depth++;
        continue;
      }
    }
    // On to the next node: the rest of this sequence, else what follows it.
    depth++;
    from = undefined;
    if (++i < seq.length) continue;
    if (cont) {
      seq = cont.seq;
      i = cont.i;
      from = cont.from;
      cont = cont.next;
    } else seq = undefined;
  }
}

/** Prefixes of a sequence of nodes (see above), shortest kept; null when a match may start anywhere. */
export function sequencePrefixes(seq: Node[], maxLength: number, maxCount = MAX_PREFIXES): string[] | null {
  const chain: Rest | undefined = seq.length ? { seq, i: 0, next: undefined } : undefined;
  limit = maxCount;
  return longestPrefixes((length, set) => expand(chain, '', length, set, 0), maxLength, TOO_MANY);
}

/**
 * The prefixes at the longest length (binary search) whose prefixes are few enough: digit runs and
 * long classes multiply prefixes, and shorter prefixes are still a valid filter. `expandAt` fills
 * the set at one length, or throws `tooMany` (each try stops at the count limit + 1).
 */
export function longestPrefixes(expandAt: (length: number, set: Set<string>) => void, maxLength: number, tooMany: unknown): string[] | null {
  const at = (length: number): Set<string> | undefined => {
    const set = new Set<string>();
    try {
      expandAt(length, set);
      return set;
    } catch (err) {
      if (err !== tooMany) throw err;
      return undefined;
    }
  };
  let out = at(maxLength);
  if (!out) {
    let lo = 0;
    let hi = maxLength;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const found = at(mid);
      if (found) {
        lo = mid;
        out = found;
      } else hi = mid;
    }
  }
  if (!out || out.has('')) return null;
  // A prefix that extends a shorter one adds nothing: keep the shortest. Sorted, a prefix comes
  // before its extensions, and everything between them extends it too.
  const kept: string[] = [];
  for (const p of [...out].sort()) if (!kept.length || !p.startsWith(kept[kept.length - 1])) kept.push(p);
  return kept;
}

/** Results by length and source: rule sets are rebuilt from the same packs (settings, team pack edits). */
const memo = new Map<string, string[] | null>();

export function regexPrefixes(source: string, maxLength = 3): string[] | null {
  const key = `${maxLength}:${source}`;
  let found = memo.get(key);
  if (found === undefined) {
    if (memo.size > 20_000) memo.clear();
    let prefixes: string[] | null = null;
    try {
      prefixes = sequencePrefixes([parseRegex(source)], maxLength);
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
    }
    memo.set(key, (found = prefixes));
  }
  return found;
}
