// The expansion regexPrefixes used before its steps with one way on became a loop (kept as the oracle
// for test/unit/engine/regexPrefixesOracle.test.ts; not used by the product).
import { foldedChars, longestPrefixes, lookbehindFails, runKey } from '../../../src/engine/match/regexPrefixes';
import type { Node } from '../../../src/engine/match/regexAst';

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
/** The rest of a path; `from`: the prefix when a repetition's iteration started (see 'rep'). */
interface Rest { node: Node; next: Rest | undefined; from?: string }

const MAX_PREFIXES = 4000;
const MAX_DEPTH = 200;
/** Folded keys that stand for a run of their class (foldTrie skips the whole run in a text). */
const RUNS = new Set([' ', '0']);

/** Thrown (a plain object: no stack trace to build) when an expansion lists more than `limit` prefixes. */
const TOO_MANY = { tooMany: true };

/** A folded character to append; a run key after the same key adds nothing (one key = a run). */
function append(prefix: string, folded: string): string {
  return RUNS.has(folded) && prefix.endsWith(folded) ? prefix : prefix + folded;
}

let limit = MAX_PREFIXES;

function expand(rest: Rest | undefined, prefix: string, maxLength: number, out: Set<string>, depth: number): void {
  if (out.size > limit) throw TOO_MANY;
  if (!rest || prefix.length >= maxLength || depth > MAX_DEPTH) return void out.add(prefix);
  const { node, next } = rest;
  // An iteration that added nothing (a merged run key) leads back to the state it started from.
  if (rest.from === prefix && node.t === 'rep' && node.min === 0) return;
  switch (node.t) {
    case 'zero':
      if (lookbehindFails(node, prefix)) return;
      return expand(next, prefix, maxLength, out, depth + 1);
    case 'end':
      return void out.add(prefix);
    case 'chars': {
      const keys = foldedChars(node);
      if (!keys) return void out.add(prefix);
      for (const c of keys) expand(next, append(prefix, c), maxLength, out, depth + 1);
      return;
    }
    case 'alt':
      for (const alt of node.alts) {
        let r = next;
        for (let k = alt.length - 1; k >= 0; k--) r = { node: alt[k], next: r };
        expand(r, prefix, maxLength, out, depth + 1);
      }
      return;
    case 'rep': {
      if (node.max <= 0) return expand(next, prefix, maxLength, out, depth + 1);
      const run = runKey(node.node);
      if (run) {
        // Any number of whitespace characters (digits): one run (or none when the minimum is 0).
        if (node.min === 0) expand(next, prefix, maxLength, out, depth + 1);
        return expand(next, append(prefix, run), maxLength, out, depth + 1);
      }
      const again: Node = { ...node, min: Math.max(0, node.min - 1), max: node.max - 1 };
      if (node.min === 0) expand(next, prefix, maxLength, out, depth + 1);
      return expand({ node: node.node, next: { node: again, next, from: prefix } }, prefix, maxLength, out, depth + 1);
    }
  }
}

/** Prefixes of a sequence of nodes (see above), shortest kept; null when a match may start anywhere. */
export function referenceSequencePrefixes(seq: Node[], maxLength: number, maxCount = MAX_PREFIXES): string[] | null {
  let chain: Rest | undefined;
  for (let k = seq.length - 1; k >= 0; k--) chain = { node: seq[k], next: chain };
  limit = maxCount;
  return longestPrefixes((length, set) => expand(chain, '', length, set, 0), maxLength, TOO_MANY);
}
