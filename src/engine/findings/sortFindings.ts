import type { Finding } from '../types';

/**
 * Stable in-place sorts of a draft's findings in the two orders the pipeline uses. A draft holds a
 * few dozen findings, mostly in order already (each runner emits its own in text order): an
 * insertion sort with the comparison inlined costs a fraction of `Array.prototype.sort` and a
 * comparator closure. Both are stable, so the result is the same; long lists (n²) go to the built-in.
 */
const SHORT = 48;

export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Is `a` after `b` by compareFindings (start, end, rule id)? */
function after(a: Finding, b: Finding): boolean {
  return a.start !== b.start ? a.start > b.start : a.end !== b.end ? a.end > b.end : a.ruleId > b.ruleId;
}

const byStartLongestFirst = (a: Finding, b: Finding): number => a.start - b.start || b.end - a.end;

/** Sorts `list` by compareFindings (stable); returns it. */
export function sortFindings(list: Finding[]): Finding[] {
  const n = list.length;
  if (n > SHORT) return list.sort(compareFindings);
  for (let i = 1; i < n; i++) {
    const f = list[i];
    let j = i - 1;
    if (!after(list[j], f)) continue;
    do {
      list[j + 1] = list[j];
      j--;
    } while (j >= 0 && after(list[j], f));
    list[j + 1] = f;
  }
  return list;
}

/** Sorts `list` by start, the longest first at one start (stable); returns it. */
export function sortByStartLongestFirst(list: Finding[]): Finding[] {
  const n = list.length;
  if (n > SHORT) return list.sort(byStartLongestFirst);
  for (let i = 1; i < n; i++) {
    const f = list[i];
    let j = i - 1;
    let g = list[j];
    if (g.start < f.start || (g.start === f.start && g.end >= f.end)) continue;
    do {
      list[j + 1] = g;
      j--;
    } while (j >= 0 && ((g = list[j]).start > f.start || (g.start === f.start && g.end < f.end)));
    list[j + 1] = f;
  }
  return list;
}
