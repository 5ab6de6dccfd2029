/**
 * Sample strings for every branch of a small RegExp (test helper): alternatives, `(?:…)` groups,
 * optional parts (`?`, `{0,n}`, `*`) taken and skipped, `+`/`{m,n}` at their minimum and maximum
 * (at most two), `\d` → 7, `\s` → space, `\p{L}` → e, `.` → x, a class → its first member;
 * lookarounds are dropped. Throws on anything else, so a RegExp it cannot read fails the test.
 */
type Piece = string[];

const CAP = 20000;

function cross(a: Piece, b: Piece): Piece {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  if (out.length > CAP) throw new Error('too many expansions');
  return out;
}

export function expandRegex(source: string): string[] {
  let i = 0;
  const atom = (): Piece => {
    const c = source[i];
    if (c === '(') {
      i++;
      let drop = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i))) {
        i += source[i + 1] === '<' ? 3 : 2;
        drop = true;
      }
      const inner = alternation();
      if (source[i] !== ')') throw new Error(`unclosed group at ${i}`);
      i++;
      return drop ? [''] : inner;
    }
    if (c === '[') {
      const close = source.indexOf(']', i + 1);
      const body = source.slice(i + 1, close);
      i = close + 1;
      if (body.startsWith('^')) throw new Error('negated class');
      if (body.startsWith('\\d')) return ['7'];
      if (body.startsWith('\\')) throw new Error(`class ${body}`);
      return [body[0]];
    }
    if (c === '\\') {
      const e = source[i + 1];
      i += 2;
      if (e === 'd') return ['7'];
      if (e === 's') return [' '];
      if (e === 'p' && source.startsWith('{L}', i)) {
        i += 3;
        return ['e'];
      }
      if (/[.*+?()[\]{}|\\/-]/.test(e)) return [e];
      throw new Error(`escape \\${e}`);
    }
    if (c === '.') {
      i++;
      return ['x'];
    }
    if ('|)*+?{'.includes(c)) throw new Error(`unexpected ${c} at ${i}`);
    i++;
    return [c];
  };
  const quantified = (p: Piece): Piece => {
    const c = source[i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, 1];
    else if (c === '+') [min, max] = [1, 2];
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d+))?\}/.exec(source.slice(i));
      if (!m) throw new Error('quantifier');
      i += m[0].length - 1;
      min = Number(m[1]);
      max = m[2] === undefined ? min : Math.min(Number(m[2]), min + 1);
    } else return p;
    i++;
    const counts = [...new Set([min, max])];
    const out: string[] = [];
    for (const n of counts) {
      let acc: Piece = [''];
      for (let k = 0; k < n; k++) acc = cross(acc, p);
      out.push(...acc);
    }
    return [...new Set(out)];
  };
  const sequence = (): Piece => {
    let acc: Piece = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') acc = cross(acc, quantified(atom()));
    return acc;
  };
  const alternation = (): Piece => {
    const out = sequence();
    while (source[i] === '|') {
      i++;
      out.push(...sequence());
    }
    return out;
  };
  const all = alternation();
  if (i !== source.length) throw new Error(`unbalanced at ${i}`);
  return all;
}
