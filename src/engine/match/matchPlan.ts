import { FoldTrie } from './foldTrie';
import { ruleBranches, type RuleBranch } from './ruleBranches';
import type { StartClass } from './branchStart';
import { charBefore, type CharBefore } from './charBefore';
import { gramsOf } from './literalSketch';
import type { StemCheck } from './phraseToRegex';
import { MAX_WINDOWS, windowTable, type AnchoredBranch, type WindowTable } from './anchorWindows';

/**
 * Folded characters of a branch the index looks at (a space = a whitespace run, a 0 = a digit run)…
 * (bench: 8 → 16 took phrase tries from ~100 to ~26 per message; longer grows the tries faster than it helps)
 */
export const PREFIX_LENGTH = 16;
/** …fewer when a branch would list more prefixes than this (the index stays small). */
export const PREFIX_COUNT = 64;

/** One rule for the index: its regex, its range filter (an index into the walker's ranges), and how hits are read. */
export interface RuleSpec {
  source: string;
  /** RegExp flags (a `g` is ignored: branches are sticky). */
  flags: string;
  filter: number;
  /** Phrase `word~` checks, verified on each match (named groups). */
  stemChecks?: StemCheck[];
  /**
   * Pattern semantics: leftmost non-overlapping matches, as the rule's own global scan finds them;
   * a rule with a branch that may start anywhere gets a full scan instead (see `scanned`).
   * Otherwise (phrases): a hit at every position where the rule matches.
   */
  global?: boolean;
  /** Give hits the full rule's match (capture groups, for `$1` in suggestions). */
  wantMatch?: boolean;
}

/** Candidate classes, as bits: where the walker may try a branch (see branchStart). */
export const WORD = 1;
export const BOUND = 2;
export const ANY = 4;
const CLASS_BIT: Record<StartClass, number> = { word: WORD, bound: BOUND, any: ANY };

/**
 * Every rule of a run (all phrase groups of a language, or all built-in pattern rules), split into
 * branches and indexed by the folded prefixes of each branch, in one trie per start class.
 * Candidate ids follow rule order, then branch order, so trying a position's candidates in id order
 * tries each rule's branches in the order its own regex would.
 */
export interface MatchPlan {
  specs: RuleSpec[];
  /** Tries by class bit: [WORD, BOUND, ANY] → tries[0], tries[1], tries[2]. */
  tries: [FoldTrie, FoldTrie, FoldTrie];
  /** firstMask[unit]: class bits of the tries that may report something from a position holding this folded unit. */
  firstMask: Uint8Array;
  candRule: Int32Array;
  candClass: Uint8Array;
  candNamed: Uint8Array;
  candUnicode: Uint8Array;
  candBranch: RuleBranch[];
  /** A leading `(?<!X)` the walker checks itself (the branch's RegExp no longer has it). */
  candBefore: (CharBefore | undefined)[];
  /** Each candidate's sticky RegExp once made (stickyOf): reading the array is cheaper than the branch's field. */
  candSticky: (RegExp | undefined)[];
  /** Rule `global` and may start anywhere: always scanned whole (1), or when an open branch's literals are present (2). */
  scanned: Uint8Array;
  anyScanned: boolean;
  /**
   * Per rule with scanned = 2: its open branches → clauses → strings → pieces (need ids). A branch
   * may match when, for every clause, some string has all its pieces in the text.
   */
  needs: number[][][][][];
  /** Need id → a folded literal without inner whitespace (searched in the folded text). */
  pieces: string[];
  /** Need id → the gram keys of its character pair (2 units) or triples (longer); none for 1 unit (always "present"). */
  pieceGrams: Int32Array[];
  /** Some piece has 2 units: the sketch must hold pairs too. */
  pairs: boolean;
  /** Per rule: the whole rule as a sticky RegExp (wantMatch rules only). */
  ruleSticky: (RegExp | undefined)[];
  /** Open branches of global rules proposed around their anchors (bit k of a window mark = windows.list[k]). */
  windows: WindowTable;
}

/** A required string cut at its whitespace runs (" is only valid" → " is", " only", " valid"): each piece is in the folded text when the string is. */
function piecesOf(s: string): string[] {
  return s.split(/(?= )/).filter((p) => p.trim() !== '');
}

export function buildPlan(specs: RuleSpec[]): MatchPlan {
  const tries: [FoldTrie, FoldTrie, FoldTrie] = [new FoldTrie(), new FoldTrie(), new FoldTrie()];
  const cand = { rule: [] as number[], cls: [] as number[], named: [] as number[], unicode: [] as number[], branch: [] as RuleBranch[] };
  const scanned = new Uint8Array(specs.length);
  const needs: number[][][][][] = specs.map(() => []);
  const pieces: string[] = [];
  const pieceIds = new Map<string, number>();
  const pieceId = (s: string): number => {
    let id = pieceIds.get(s);
    if (id === undefined) pieceIds.set(s, (id = pieces.push(s) - 1));
    return id;
  };
  const windows: AnchoredBranch[] = [];
  specs.forEach((spec, r) => {
    const branches = ruleBranches(spec.source, spec.flags, PREFIX_LENGTH, PREFIX_COUNT);
    const open = branches.filter((b) => !b.prefixes);
    const clausesOf = (b: RuleBranch): number[][][] => b.clauses.map((clause) => clause.map((s) => piecesOf(s).map(pieceId)));
    // Open branches that each hold an anchor are proposed around their anchors (see anchorWindows) instead of a scan.
    const windowed = spec.global && open.length > 0 && windows.length + open.length <= MAX_WINDOWS && open.every((b) => b.window);
    if (spec.global && open.length && !windowed) {
      scanned[r] = open.some((b) => b.clauses.length === 0) ? 1 : 2;
      if (scanned[r] === 1) return; // the index would never be used
      needs[r] = open.map(clausesOf);
    }
    for (const b of branches) {
      if (spec.global && !b.prefixes && !windowed) continue;
      const id = cand.rule.push(r) - 1;
      const bit = CLASS_BIT[b.start];
      cand.cls.push(bit);
      cand.named.push(b.named && spec.stemChecks?.length ? 1 : 0);
      cand.unicode.push(/[uv]/.test(b.flags) ? 1 : 0);
      cand.branch.push(b);
      if (!b.prefixes && windowed) windows.push({ cand: id, rule: r, clauses: clausesOf(b), ...b.window! });
      else for (const p of b.prefixes ?? ['']) tries[bit >> 1].add(p, id);
    }
  });
  const firstMask = new Uint8Array(0x10000);
  tries.forEach((trie, k) => {
    trie.freeze();
    for (let u = 0; u < 0x10000; u++) if (trie.first[u]) firstMask[u] |= 1 << k;
  });
  return {
    specs, tries, firstMask, scanned, needs, pieces, pieceGrams: pieces.map(gramsOf), pairs: pieces.some((p) => p.length === 2), anyScanned: scanned.some((x) => x !== 0),
    candRule: Int32Array.from(cand.rule), candClass: Uint8Array.from(cand.cls), candNamed: Uint8Array.from(cand.named),
    candUnicode: Uint8Array.from(cand.unicode), candBranch: cand.branch,
    candBefore: cand.branch.map((b) => (b.before ? charBefore(b.before, b.flags) : undefined)), candSticky: cand.branch.map((b) => b.sticky),
    ruleSticky: specs.map((s) => (s.wantMatch ? new RegExp(s.source, s.flags.replace(/[gy]/g, '') + 'y') : undefined)),
    windows: windowTable(windows),
  };
}
