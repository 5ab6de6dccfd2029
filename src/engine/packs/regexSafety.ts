/**
 * Static check of a pattern rule's regex source for catastrophic backtracking shapes:
 * a quantified group that holds another quantifier (`(a+)+`, `(.*)*`), overlapping alternatives
 * under a quantifier (`(a|a)*`, `(a|ab)+`), and backreferences under or followed by a quantifier.
 * Returns a reason, or undefined when the source looks safe. The runtime budget covers the rest.
 */
interface GroupState {
  hasQuantifier: boolean;
  /** Sources of the quantified atoms inside the group ('(…)' for a quantified sub-group). */
  quantified: string[];
  /** First atom of each alternative and whether it is quantified (set on the first atom). */
  firsts: { atom: string; quantified: boolean }[];
  atStart: boolean;
  /** Atoms since the last mandatory atom at this level, with whether each repeats unboundedly. */
  run: { atom: string; unbounded: boolean }[];
  adjacentOverlap?: string;
  /** Holds a `?` (optional atom): harmless under `+`/`*`, exponential under a count like `{25}`. */
  hasOptional?: boolean;
  hasBackref: boolean;
  alternatives: string[];
  current: string;
}

function isUnboundedQuantifier(src: string, i: number): number {
  const c = src[i];
  if (c === '*' || c === '+') return 1;
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (m && m[2] !== undefined && (m[3] === '' || Number(m[3]) > 1)) return m[0].length;
    if (m) return -m[0].length; // bounded single count: consumed, not repeating
  }
  return 0;
}

function firstAtom(alt: string): string {
  if (alt.startsWith('\\')) return alt.slice(0, 2);
  if (alt.startsWith('[')) return alt.slice(0, alt.indexOf(']') + 1);
  return alt.slice(0, 1);
}

function overlaps(alts: string[]): boolean {
  const firsts = alts.map(firstAtom);
  const broad = /^(\.|\\[wWsSdDpP]|\[)/;
  for (let i = 0; i < alts.length; i++) {
    if (alts[i] === '' || broad.test(firsts[i])) return true;
    for (let j = i + 1; j < alts.length; j++) if (firsts[i].toLowerCase() === firsts[j].toLowerCase()) return true;
  }
  return false;
}

/** Records an atom of the current group: its first atom per alternative, and whether it is quantified. */
function noteAtom(top: GroupState, atom: string, src: string, next: number): void {
  const quantified = isUnboundedQuantifier(src, next) > 0;
  const optional = src[next] === '?' || src.startsWith('{0', next);
  if (quantified) {
    top.quantified.push(atom);
    const clash = top.run.find((r) => r.unbounded && atomsOverlap(r.atom, atom));
    if (clash && !top.adjacentOverlap) top.adjacentOverlap = `${clash.atom}… then ${atom}…`;
  }
  if (quantified || optional) top.run.push({ atom, unbounded: quantified });
  else top.run = [];
  if (top.atStart) {
    const optional = src[next] === '?' || src.startsWith('{0', next);
    top.firsts.push({ atom, quantified: quantified || optional });
    top.atStart = false;
  }
}

const PROBES = ['a', 'A', 'z', 'é', '0', '9', '_', ' ', '\t', '\n', '-', '.', ',', '!', '?', '%', '@', '/'];

/** Can two single-character atoms match the same character? (probed on a sample of characters) */
function atomsOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    const ra = new RegExp(`^(?:${a})$`, 'iu');
    const rb = new RegExp(`^(?:${b})$`, 'iu');
    return PROBES.some((c) => ra.test(c) && rb.test(c));
  } catch {
    return true;
  }
}

/**
 * `(-[a-z]+)*` is safe: each iteration starts with a literal that none of the inner quantified
 * atoms can match, so iterations cannot trade characters. `(a+)+`, `(x\w*)+` are not.
 */
function separatedIterations(group: GroupState): boolean {
  if (group.firsts.length !== group.alternatives.length) return false;
  return group.firsts.every(({ atom, quantified }) => {
    if (quantified || atom === '(…)' || atom === '.' || atom.startsWith('[') || /^\\[wWsSdDpPbB]/.test(atom)) return false;
    const literal = atom.startsWith('\\') ? atom.slice(1) : atom;
    return group.quantified.every((q) => {
      if (q === '(…)') return false;
      try {
        return !new RegExp(`^(?:${q})$`, 'u').test(literal);
      } catch {
        return false;
      }
    });
  });
}

export function dangerousRegexReason(src: string): string | undefined {
  const stack: GroupState[] = [{ hasQuantifier: false, quantified: [], firsts: [], atStart: true, run: [], hasBackref: false, alternatives: [], current: '' }];
  let i = 0;
  let lastAtomBackref = false;
  while (i < src.length) {
    const top = stack[stack.length - 1];
    const c = src[i];
    if (c === '\\') {
      const esc = src.slice(i, i + 2);
      const isBackref = /^\\[1-9]$/.test(esc) || src.startsWith('\\k<', i);
      if (isBackref) top.hasBackref = true;
      lastAtomBackref = isBackref;
      top.current += esc;
      noteAtom(top, esc, src, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      top.current += src.slice(i, j + 1);
      noteAtom(top, src.slice(i, j + 1), src, j + 1);
      lastAtomBackref = false;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, quantified: [], firsts: [], atStart: true, run: [], hasBackref: false, alternatives: [], current: '' });
      const m = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
      i += m ? m[0].length : 1;
      continue;
    }
    if (c === '|') {
      top.alternatives.push(top.current);
      top.current = '';
      top.atStart = true;
      top.run = [];
      i++;
      continue;
    }
    if (c === ')' && stack.length > 1) {
      const group = stack.pop()!;
      group.alternatives.push(group.current);
      const q = isUnboundedQuantifier(src, i + 1);
      const count = q < 0 ? Number(/^\{(\d+)/.exec(src.slice(i + 1))![1]) : 0;
      if (count >= 2 && (group.hasQuantifier || group.hasOptional)) return 'nested quantifier (a group repeated a fixed number of times contains a quantifier)';
      if (q > 0) {
        if (group.hasQuantifier && !separatedIterations(group)) return 'nested quantifier (a quantified group contains another quantifier)';
        if (group.alternatives.length > 1 && overlaps(group.alternatives)) return 'overlapping alternatives under a quantifier';
        if (group.hasBackref) return 'backreference under a quantifier';
      }
      if (group.adjacentOverlap) return `overlapping adjacent quantifiers (${group.adjacentOverlap})`;
      const parent = stack[stack.length - 1];
      parent.run = [];
      parent.hasQuantifier ||= group.hasQuantifier || q > 0;
      parent.hasOptional ||= group.hasOptional;
      parent.quantified.push(...group.quantified, ...(q > 0 ? ['(…)'] : []));
      if (parent.atStart) {
        parent.firsts.push({ atom: '(…)', quantified: true });
        parent.atStart = false;
      }
      parent.hasBackref ||= group.hasBackref;
      parent.current += '(…)';
      lastAtomBackref = false;
      i += 1 + Math.abs(q);
      continue;
    }
    const q = isUnboundedQuantifier(src, i);
    if (q > 0) {
      if (lastAtomBackref) return 'backreference under a quantifier';
      top.hasQuantifier = true;
      top.current += src.slice(i, i + q);
      i += q;
      continue;
    }
    if (q < 0) {
      i += -q;
      continue;
    }
    lastAtomBackref = false;
    if (c === '?') top.hasOptional = true;
    top.current += c;
    noteAtom(top, c, src, i + 1);
    i++;
  }
  if (stack[0].adjacentOverlap) return `overlapping adjacent quantifiers (${stack[0].adjacentOverlap})`;
  return undefined;
}
