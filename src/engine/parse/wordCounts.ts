import { isJsSpace } from '../language/charClass';

/** `t.split(/\s+/).length` without the array: 1 + the number of runs of white space (\s) in `t`. */
export function splitCountOnSpaces(t: string): number {
  let n = 1;
  let inRun = false;
  for (let i = 0; i < t.length; i++) {
    const space = isJsSpace(t.charCodeAt(i));
    if (space && !inRun) n++;
    inRun = space;
  }
  return n;
}

/** `t.split(/ +/).length` without the array: 1 + the number of runs of U+0020 in `t`. */
export function splitCountOnBlanks(t: string): number {
  let n = 1;
  let inRun = false;
  for (let i = 0; i < t.length; i++) {
    const blank = t.charCodeAt(i) === 32;
    if (blank && !inRun) n++;
    inRun = blank;
  }
  return n;
}
