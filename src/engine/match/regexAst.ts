/**
 * A reader for the RegExp sources packs use (JavaScript syntax), precise enough for prefilters:
 * which characters a match starts with (regexPrefixes), which literals it must contain
 * (requiredLiterals), and how its leading alternatives split into branches (splitBranches).
 * Every node keeps its source text, so a branch can be written back as a RegExp source.
 * Anything this reader does not follow throws Unsupported; callers then treat the regex as opaque.
 */
export type Node =
  /** One character from `chars` (folded later); null = "anything" (a broad class, `.`, `\w`, `\p{…}`, a backreference). */
  | { t: 'chars'; chars: string[] | null; src: string; backref?: boolean }
  /** An assertion (`\b`, `^`, a lookaround, with its content): consumes nothing. */
  | { t: 'zero'; src: string; look?: { behind: boolean; negative: boolean; alts: Node[][] } }
  | { t: 'end'; src: string }
  /** A group; `capture` for `(…)` and `(?<name>…)`. */
  | { t: 'alt'; alts: Node[][]; capture: boolean; src: string }
  | { t: 'rep'; node: Node; min: number; max: number; lazy: boolean; src: string };

export class Unsupported extends Error {}

const DIGITS = [...'0123456789'];
/** A class with more members than this is "anything" for the prefilters. */
const MAX_CLASS = 40;
const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
// Sticky: matched at a position without slicing the (possibly long) source.
const GROUP_OPEN = /\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/y;
const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;
const UNICODE_ESCAPE = /\{([0-9a-f]+)\}|([0-9a-f]{4})/iy;

function stickyAt(re: RegExp, src: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(src);
}

/** Index just past a class's closing bracket (i is inside the class). */
function skipClass(src: string, i: number): number {
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The top-level alternation of `src` as one non-capturing group node. */
export function parseRegex(src: string): Node {
  let i = 0;
  const escape = (inClass: boolean): string[] | null | 'zero' | 'backref' => {
    const c = src[i++];
    if (c === undefined) throw new Unsupported('trailing \\');
    if (c === 'd') return DIGITS;
    if (c === 's') return [' '];
    if (c === 'b') return inClass ? ['\b'] : 'zero';
    if (c === 'B') return 'zero';
    if ('DwWS'.includes(c)) return null;
    if (/[1-9]/.test(c)) {
      if (inClass) throw new Unsupported('escape in class');
      while (/[0-9]/.test(src[i] ?? '')) i++;
      return 'backref';
    }
    if (c === 'p' || c === 'P') {
      if (src[i] === '{') i = src.indexOf('}', i) + 1 || src.length;
      return null;
    }
    if (c === 'k') {
      if (src[i] === '<') i = src.indexOf('>', i) + 1 || src.length;
      return 'backref';
    }
    if (c in SIMPLE) return [SIMPLE[c]];
    if (c === 'x' && /^[0-9a-f]{2}/i.test(src.slice(i, i + 2))) return [String.fromCharCode(parseInt(src.slice(i, (i += 2)), 16))];
    if (c === 'u') {
      const m = stickyAt(UNICODE_ESCAPE, src, i);
      if (!m) throw new Unsupported('\\u');
      i += m[0].length;
      return [String.fromCodePoint(parseInt(m[1] ?? m[2], 16))];
    }
    if (c === 'c') throw new Unsupported('\\c');
    return [c];
  };
  const literal = (): string => {
    const ch = String.fromCodePoint(src.codePointAt(i)!);
    i += ch.length;
    return ch;
  };
  const charClass = (): string[] | null => {
    const out: string[] = [];
    let open = false;
    while (i < src.length && src[i] !== ']') {
      let from: string[] | null;
      if (src[i] === '\\') {
        i++;
        const e = escape(true);
        from = e === 'zero' ? [] : e === 'backref' ? null : e;
      } else from = [literal()];
      if (src[i] === '-' && src[i + 1] !== ']' && from && from.length === 1 && i + 1 < src.length) {
        i++;
        let to: string[] | null;
        if (src[i] === '\\') {
          i++;
          const e = escape(true);
          to = e === 'zero' || e === 'backref' ? null : e;
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
  const quantifier = (): { min: number; max: number; lazy: boolean } | undefined => {
    const c = src[i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = stickyAt(BRACES, src, i);
      if (!m) return undefined;
      i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    }
    if (!q) return undefined;
    i++;
    const lazy = src[i] === '?';
    if (lazy) i++;
    return { ...q, lazy };
  };
  const alternation = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      const c = src[i];
      const start = i;
      let node: Node;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      if (c === '(') {
        i++;
        let zero = false;
        let capture = true;
        if (src[i] === '?') {
          const m = stickyAt(GROUP_OPEN, src, i);
          if (!m) throw new Unsupported('group syntax');
          capture = m[0].endsWith('>') && !m[0].startsWith('?<=') && !m[0].startsWith('?<!');
          zero = m[0] !== '?:' && !capture;
          i += m[0].length;
        }
        const inner = alternation();
        if (src[i] !== ')') throw new Unsupported('unclosed group');
        i++;
        const text = src.slice(start, i);
        node = zero
          ? { t: 'zero', src: text, look: { behind: text.startsWith('(?<'), negative: text[text.startsWith('(?<') ? 3 : 2] === '!', alts: inner } }
          : { t: 'alt', alts: inner, capture, src: text };
      } else if (c === '[') {
        i++;
        if (src[i] === '^') {
          i = skipClass(src, i);
          node = { t: 'chars', chars: null, src: src.slice(start, i) };
        } else node = { t: 'chars', chars: charClass(), src: src.slice(start, i) };
      } else if (c === '\\') {
        i++;
        const e = escape(false);
        const text = src.slice(start, i);
        node = e === 'zero' ? { t: 'zero', src: text } : e === 'backref' ? { t: 'chars', chars: null, src: text, backref: true } : { t: 'chars', chars: e, src: text };
      } else if (c === '.') {
        i++;
        node = { t: 'chars', chars: null, src: '.' };
      } else if (c === '^') {
        i++;
        node = { t: 'zero', src: '^' };
      } else if (c === '$') {
        i++;
        node = { t: 'end', src: '$' };
      } else {
        if ('*+?{'.includes(c) && quantifierAt(src, i)) throw new Unsupported('nothing to repeat');
        node = { t: 'chars', chars: [literal()], src: src.slice(start, i) };
      }
      const q = quantifier();
      alts[alts.length - 1].push(q ? { t: 'rep', node, ...q, src: src.slice(start, i) } : node);
    }
    return alts;
  };
  const top = alternation();
  if (i < src.length) throw new Unsupported('unbalanced )');
  return { t: 'alt', alts: top, capture: false, src };
}

function quantifierAt(src: string, i: number): boolean {
  return src[i] !== '{' || stickyAt(BRACES, src, i) !== null;
}

/** True when the tree holds a backreference (splitting it would renumber the groups it refers to). */
export function hasBackref(node: Node): boolean {
  if (node.t === 'chars') return node.backref === true;
  if (node.t === 'rep') return hasBackref(node.node);
  if (node.t === 'alt') return node.alts.some((a) => a.some(hasBackref));
  return false;
}

/** Fewest characters a node can match. */
export function minLength(node: Node): number {
  switch (node.t) {
    case 'chars': return node.backref ? 0 : 1;
    case 'zero':
    case 'end': return 0;
    case 'rep': return node.min * minLength(node.node);
    case 'alt': return Math.min(...node.alts.map((a) => a.reduce((n, x) => n + minLength(x), 0)));
  }
}
