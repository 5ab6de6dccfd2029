import { hasBackref, minLength, type Node } from './regexAst';

/**
 * Splits a regex into branches that, tried in order at one position, give exactly what the whole
 * regex gives there: the first branch that matches wins, with the same match. Only the leading
 * choices are split (after any assertions):
 *   L(?:A|B)T    → LAT, LBT             (a backtracking regex tries A with the rest, then B)
 *   L(?:A)?T     → LAT, LT              (greedy; lazy `??` the other way round; only when A cannot
 *                                        match the empty string, which `?` would not accept)
 * repeated until each branch starts with a plain character, a class, or something not split
 * (capturing groups, other quantifiers). Group numbers change, so a regex with backreferences is
 * not split, and callers read only the whole match and named groups from a branch.
 */
export const MAX_BRANCHES = 512;

/** Source endings that the next node's text could extend (`\x4` + `1`, `a{` + `2}`): the seam gets an empty group. */
const OPEN_ENDING = /(?:\\(?:\d+|x[0-9a-f]?|u\{?[0-9a-f]{0,5}|[ckpP])|\{[\d,]*)$/i;
const SEAM: Node = { t: 'zero', src: '(?:)' };

function join(left: Node[], right: Node[]): Node[] {
  // An escape may span nodes (`\x` then `4`: this reader takes a short `\x4` as a letter and a digit).
  const tail = left.slice(-6).map((n) => n.src).join('');
  return right.length && OPEN_ENDING.test(tail) ? [...left, SEAM, ...right] : [...left, ...right];
}

function expand(seq: Node[], out: Node[][]): void {
  let i = 0;
  while (i < seq.length && seq[i].t === 'zero') i++;
  const node = seq[i];
  if (out.length >= MAX_BRANCHES || !node) return void out.push(seq);
  const before = seq.slice(0, i);
  const after = seq.slice(i + 1);
  if (node.t === 'alt' && !node.capture) {
    for (const alt of node.alts) expand([...before, ...join(alt, after)], out);
    return;
  }
  if (node.t === 'rep' && node.min === 0 && node.max === 1 && minLength(node.node) > 0 && (node.node.t !== 'alt' || !node.node.capture)) {
    const taken = [...before, ...join([node.node], after)];
    const skipped = [...before, ...after];
    for (const s of node.lazy ? [skipped, taken] : [taken, skipped]) expand(s, out);
    return;
  }
  out.push(seq);
}

/** Ordered branches of a parsed regex (see above); one branch (the whole regex) when it cannot be split. */
export function splitBranches(root: Node): Node[][] {
  if (hasBackref(root)) return [[root]];
  const out: Node[][] = [];
  expand([root], out);
  return out;
}

/** A branch written back as a RegExp source. */
export function branchSource(seq: Node[]): string {
  return seq.map((n) => n.src).join('');
}
