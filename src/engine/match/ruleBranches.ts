import { parseRegex, Unsupported } from './regexAst';
import { branchSource, splitBranches } from './splitBranches';
import { sequencePrefixes } from './regexPrefixes';
import { anchorWindow, sequenceClauses, type AnchorWindow, type Clause } from './requiredLiterals';
import { startClass, startsAfterNonLetter, type StartClass } from './branchStart';
import { negativeClassLookbehind } from './charBefore';

export { startsAfterNonLetter } from './branchStart';

/** One branch of a rule's regex (see splitBranches), ready for the index. */
export interface RuleBranch {
  source: string;
  /** The rule's flags, `y` instead of `g`. */
  flags: string;
  /** The branch's sticky RegExp, made on first use (see stickyOf). */
  sticky?: RegExp;
  /** Folded prefixes every match of the branch starts with; null = may start anywhere. */
  prefixes: string[] | null;
  /** Where a match can start (see branchStart). */
  start: StartClass;
  /** A leading `(?<!X)` taken out of `source`, checked by the walker (see charBefore): X's source. */
  before?: string;
  /** Has named groups (phrase `word~` stems), so a match must be read with exec, not test. */
  named: boolean;
  /** Open branches (prefixes null): literals every match contains (requiredLiterals). */
  clauses: Clause[];
  /** Open branches: where a match can start, from a literal it holds (undefined: anywhere). */
  window?: AnchorWindow;
}

const NAMED_GROUP = /\(\?<[A-Za-z_$]/;

/** The branch's sticky RegExp (built on first use: most branches never run on a given text, and a `\p{L}` class costs ~0.1 ms to build). */
export function stickyOf(branch: RuleBranch): RegExp {
  return (branch.sticky ??= new RegExp(branch.source, branch.flags));
}

/**
 * Throws a SyntaxError when `source` is not a valid RegExp alone. Property escapes are replaced by a
 * letter first (they come from the whole rule's source, which compiled, so their names are valid):
 * the check then costs ~1 µs instead of the full class build.
 */
function checkSyntax(source: string, flags: string): void {
  new RegExp(source.replace(/\\[pP]\{[^}]*\}/g, 'a'), flags.replace(/[iy]/g, ''));
}

function whole(source: string, flags: string): RuleBranch[] {
  return [{ source, flags, prefixes: null, start: startsAfterNonLetter(source, flags) ? 'word' : 'any', named: NAMED_GROUP.test(source), clauses: [] }];
}

function analyse(source: string, stickyFlags: string, prefixLength: number, prefixCount: number): RuleBranch[] {
  // `v` classes (nesting, set operations) are beyond regexAst: such a rule stays whole and open.
  if (stickyFlags.includes('v')) return whole(source, stickyFlags);
  try {
    const root = parseRegex(source);
    return splitBranches(root).map((seq) => {
      const src = branchSource(seq);
      const prefixes = sequencePrefixes(seq, prefixLength, prefixCount);
      const start = startClass(seq, src, stickyFlags, prefixes);
      const before = negativeClassLookbehind(seq[0]);
      const rest = before ? src.slice(seq[0].src.length) : src;
      checkSyntax(rest, stickyFlags);
      return {
        source: rest, flags: stickyFlags, prefixes, start, ...(before ? { before } : {}),
        named: NAMED_GROUP.test(rest), clauses: prefixes ? [] : sequenceClauses(seq),
        ...(prefixes ? {} : { window: anchorWindow(seq, /[uv]/.test(stickyFlags)) }),
      };
    });
  } catch (err) {
    // Syntax this reader does not follow, or a branch that is not a valid RegExp alone: the rule stays whole.
    if (!(err instanceof Unsupported) && !(err instanceof SyntaxError)) throw err;
    return whole(source, stickyFlags);
  }
}

/** Rule sets are rebuilt from the same packs (settings, team pack edits): analyse each source once. */
const memo = new Map<string, RuleBranch[]>();

/** The ordered branches of a rule's regex source under `flags` (any `g` is replaced by `y`). */
export function ruleBranches(source: string, flags: string, prefixLength: number, prefixCount: number): RuleBranch[] {
  const stickyFlags = flags.replace(/[gy]/g, '') + 'y';
  const key = `${prefixLength}/${prefixCount}/${stickyFlags}/${source}`;
  let found = memo.get(key);
  if (!found) {
    if (memo.size > 5_000) memo.clear();
    memo.set(key, (found = analyse(source, stickyFlags, prefixLength, prefixCount)));
  }
  return found;
}
