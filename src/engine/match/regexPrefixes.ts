import { foldString } from './foldCase';

/**
 * The folded prefixes (foldCase keys, up to `maxLength` code units) that every match of a RegExp
 * source starts with, or null when a match may start with "anything" (a broad class, `.`, `\w`,
 * `\p{…}`, a backreference, or syntax this reader does not follow). Used to try a rule only at
 * positions where the text starts with one of its prefixes: a superset is always safe (the rule's
 * own RegExp decides), a missing prefix never is, so anything unclear ends a prefix early.
 * Assertions (`\b`, `^`, lookarounds) consume nothing and are skipped.
 */
type Node =
  | { t: 'chars'; chars: string[] | null }
  | { t: 'zero' }
  | { t: 'end' }
  | { t: 'alt'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

const OPEN: Node = { t: 'chars', chars: null };
const DIGITS = [...'0123456789'];
/** A class with more members than this is "anything" for the prefilter. */
const MAX_CLASS = 40;

class Unsupported extends Error {}

function parse(src: string): Node[] {
  let i = 0;
  const escape = (inClass: boolean): string[] | null | 'zero' => {
    const c = src[i++];
    if (c === undefined) throw new Unsupported('trailing \\');
    if (c === 'd') return DIGITS;
    if (c === 's') return [' '];
    if (c === 'b') return inClass ? ['\b'] : 'zero';
    if (c === 'B') return 'zero';
    if ('DwWS'.includes(c) || /[1-9]/.test(c)) return null;
    if (c === 'p' || c === 'P') {
      if (src[i] === '{') i = src.indexOf('}', i) + 1 || src.length;
      return null;
    }
    if (c === 'k') {
      if (src[i] === '<') i = src.indexOf('>', i) + 1 || src.length;
      return null;
    }
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (c in simple) return [simple[c]];
    if (c === 'x' && /^[0-9a-f]{2}/i.test(src.slice(i, i + 2))) return [String.fromCharCode(parseInt(src.slice(i, (i += 2)), 16))];
    if (c === 'u') {
      const m = /^(?:\{([0-9a-f]+)\}|([0-9a-f]{4}))/i.exec(src.slice(i));
      if (!m) throw new Unsupported('\\u');
      i += m[0].length;
      return [String.fromCodePoint(parseInt(m[1] ?? m[2], 16))];
    }
    if (c === 'c') throw new Unsupported('\\c');
    return [c];
  };
  const literal = (): string => {
    const code = src.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    i += ch.length;
    return ch;
  };
  const charClass = (): string[] | null => {
    if (src[i] === '^') throw new Unsupported('negated class'); // handled as null by caller
    const out: string[] = [];
    let open = false;
    while (i < src.length && src[i] !== ']') {
      let from: string[] | null;
      if (src[i] === '\\') {
        i++;
        const e = escape(true);
        from = e === 'zero' ? [] : e;
      } else from = [literal()];
      if (src[i] === '-' && src[i + 1] !== ']' && from && from.length === 1 && i + 1 < src.length) {
        i++;
        let to: string[] | null;
        if (src[i] === '\\') {
          i++;
          const e = escape(true);
          to = e === 'zero' ? null : e;
        } else to = [literal()];
        if (!to || to.length !== 1) throw new Unsupported('class range');
        const [a, b] = [from[0].codePointAt(0)!, to[0].codePointAt(0)!];
        if (b - a > MAX_CLASS) open = true;
        else for (let c = a; c <= b; c++) out.push(String.fromCodePoint(c));
        continue;
      }
      if (from === null) open = true;
      else out.push(...from);
    }
    if (src[i] !== ']') throw new Unsupported('unclosed class');
    i++;
    return open || out.length > MAX_CLASS ? null : out;
  };
  const quantifier = (): { min: number; max: number } | undefined => {
    const c = src[i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i));
      if (!m) return undefined;
      i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    }
    if (!q) return undefined;
    i++;
    if (src[i] === '?') i++;
    return q;
  };
  const alternation = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const c = src[i];
      let node: Node;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      if (c === '(') {
        i++;
        let zero = false;
        if (src[i] === '?') {
          const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(src.slice(i));
          if (!m) throw new Unsupported('group syntax');
          zero = m[0] !== '?:' && !m[0].endsWith('>');
          i += m[0].length;
        }
        const inner = alternation();
        if (src[i] !== ')') throw new Unsupported('unclosed group');
        i++;
        node = zero ? { t: 'zero' } : { t: 'alt', alts: inner };
      } else if (c === '[') {
        i++;
        if (src[i] === '^') {
          const close = skipClass(src, i);
          i = close;
          node = OPEN;
        } else node = { t: 'chars', chars: charClass() };
      } else if (c === '\\') {
        i++;
        const e = escape(false);
        node = e === 'zero' ? { t: 'zero' } : { t: 'chars', chars: e };
      } else if (c === '.') {
        i++;
        node = OPEN;
      } else if (c === '^') {
        i++;
        node = { t: 'zero' };
      } else if (c === '$') {
        i++;
        node = { t: 'end' };
      } else node = { t: 'chars', chars: [literal()] };
      const q = quantifier();
      alts[alts.length - 1].push(q ? { t: 'rep', node, ...q } : node);
    }
    return alts;
  };
  const top = alternation();
  if (i < src.length) throw new Unsupported('unbalanced )');
  return [{ t: 'alt', alts: top }];
}

/** Index just past a class's closing bracket (i is inside the class). */
function skipClass(src: string, i: number): number {
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i + 1;
}

interface Rest { node: Node; next: Rest | undefined }

const MAX_PREFIXES = 4000;
const MAX_DEPTH = 200;

function expand(rest: Rest | undefined, prefix: string, maxLength: number, out: Set<string>, depth: number): void {
  if (out.size > MAX_PREFIXES) throw new TooMany('too many prefixes');
  if (!rest || prefix.length >= maxLength || depth > MAX_DEPTH) return void out.add(prefix);
  const { node, next } = rest;
  switch (node.t) {
    case 'zero':
      return expand(next, prefix, maxLength, out, depth + 1);
    case 'end':
      return void out.add(prefix);
    case 'chars':
      if (!node.chars) return void out.add(prefix);
      for (const c of node.chars) expand(next, prefix + foldString(c), maxLength, out, depth + 1);
      return;
    case 'alt':
      for (const alt of node.alts) {
        let r = next;
        for (let k = alt.length - 1; k >= 0; k--) r = { node: alt[k], next: r };
        expand(r, prefix, maxLength, out, depth + 1);
      }
      return;
    case 'rep': {
      if (node.max <= 0) return expand(next, prefix, maxLength, out, depth + 1);
      const again: Node = { t: 'rep', node: node.node, min: Math.max(0, node.min - 1), max: node.max - 1 };
      if (node.min === 0) expand(next, prefix, maxLength, out, depth + 1);
      return expand({ node: node.node, next: { node: again, next } }, prefix, maxLength, out, depth + 1);
    }
  }
}

class TooMany extends Unsupported {}

/** Results by length and source: rule sets are rebuilt from the same packs (settings, team pack edits). */
const memo = new Map<string, string[] | null>();

export function regexPrefixes(source: string, maxLength = 3): string[] | null {
  const key = `${maxLength}:${source}`;
  let found = memo.get(key);
  if (found === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(key, (found = computePrefixes(source, maxLength)));
  }
  return found;
}

function computePrefixes(source: string, maxLength: number): string[] | null {
  let nodes: Node[];
  try {
    nodes = parse(source);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
  // Digit runs and long classes multiply prefixes: shorter prefixes are still a valid filter.
  for (let length = maxLength; length >= 1; length--) {
    const out = new Set<string>();
    try {
      expand({ node: nodes[0], next: undefined }, '', length, out, 0);
    } catch (err) {
      if (err instanceof TooMany) continue;
      throw err;
    }
    if (out.has('')) return null;
    // A prefix that extends a shorter one adds nothing: keep the shortest.
    return [...out].filter((p) => {
      for (let j = 1; j < p.length; j++) if (out.has(p.slice(0, j))) return false;
      return true;
    });
  }
  return null;
}
