import type { Node } from './regexAst';

/**
 * A leading `(?<!X)` of one character class X, checked in JavaScript instead of inside the branch's
 * RegExp: the walker tests the character before a position once, by table, and the RegExp that
 * runs is smaller (Unicode property classes make large, slow RegExp code). Exact: X is tested
 * with the rule's own flags on the same character the lookbehind reads (the code point before the
 * position with `u`, the code unit without), and nothing before the start of the string passes.
 */
export class CharBefore {
  private readonly re: RegExp;
  private readonly unicode: boolean;
  /** Per BMP code unit: 0 not known yet, 1 in X, 2 not. */
  private readonly known = new Uint8Array(0x10000);

  constructor(classSource: string, flags: string) {
    this.re = new RegExp(`^${classSource}$`, flags.replace(/[gmsy]/g, ''));
    this.unicode = /[uv]/.test(flags);
  }

  /** True when the character that ends right before `i` in `text` is in X (the lookbehind fails there). */
  blocks(text: string, i: number): boolean {
    if (i === 0) return false;
    const c = text.charCodeAt(i - 1);
    if (this.unicode && c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) return this.re.test(text.slice(i - 2, i));
    }
    let k = this.known[c];
    if (k === 0) this.known[c] = k = this.re.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  }
}

const made = new Map<string, CharBefore>();

/** The source of X when `node` is `(?<!X)` with X one character class or character, else undefined. */
export function negativeClassLookbehind(node: Node): string | undefined {
  if (node.t !== 'zero' || !node.look?.behind || !node.look.negative) return undefined;
  const [alt, ...more] = node.look.alts;
  if (more.length || alt.length !== 1 || alt[0].t !== 'chars' || alt[0].backref) return undefined;
  return alt[0].src;
}

/** One shared checker per class and flags. */
export function charBefore(classSource: string, flags: string): CharBefore {
  const key = `${flags}/${classSource}`;
  let found = made.get(key);
  if (!found) made.set(key, (found = new CharBefore(classSource, flags)));
  return found;
}
