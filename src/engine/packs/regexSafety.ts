/**
 * Static check of a pattern rule's regex source for catastrophic backtracking shapes:
 * a quantified group that holds another quantifier (`(a+)+`, `(.*)*`), overlapping alternatives
 * under a quantifier (`(a|a)*`, `(a|ab)+`), and backreferences under or followed by a quantifier.
 * Returns a reason, or undefined when the source looks safe. The runtime budget covers the rest.
 */
interface GroupState {
  hasQuantifier: boolean;
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

export function dangerousRegexReason(src: string): string | undefined {
  const stack: GroupState[] = [{ hasQuantifier: false, hasBackref: false, alternatives: [], current: '' }];
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
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      top.current += src.slice(i, j + 1);
      lastAtomBackref = false;
      i = j + 1;
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, hasBackref: false, alternatives: [], current: '' });
      const m = /^\(\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
      i += m ? m[0].length : 1;
      continue;
    }
    if (c === '|') {
      top.alternatives.push(top.current);
      top.current = '';
      i++;
      continue;
    }
    if (c === ')' && stack.length > 1) {
      const group = stack.pop()!;
      group.alternatives.push(group.current);
      const q = isUnboundedQuantifier(src, i + 1);
      if (q > 0) {
        if (group.hasQuantifier) return 'nested quantifier (a quantified group contains another quantifier)';
        if (group.alternatives.length > 1 && overlaps(group.alternatives)) return 'overlapping alternatives under a quantifier';
        if (group.hasBackref) return 'backreference under a quantifier';
      }
      const parent = stack[stack.length - 1];
      parent.hasQuantifier ||= group.hasQuantifier || q > 0;
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
    top.current += c;
    i++;
  }
  return undefined;
}
