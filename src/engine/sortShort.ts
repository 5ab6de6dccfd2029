/**
 * Stable in-place sort of `list` by `compare`; returns it. The engine sorts many short lists per
 * draft (segments, hits, score weights): `Array.prototype.sort` allocates a work copy on every call,
 * an insertion sort allocates nothing. Both are stable, so with a consistent comparator the order is
 * the same; long lists (n²) go to the built-in.
 */
const SHORT = 32;

export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > SHORT) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const x = list[i];
    let j = i - 1;
    if (!(compare(list[j], x) > 0)) continue;
    do {
      list[j + 1] = list[j];
      j--;
    } while (j >= 0 && compare(list[j], x) > 0);
    list[j + 1] = x;
  }
  return list;
}

/** Sorts finite numbers in place, largest first (as `sort((a, b) => b - a)`); returns them. */
export function sortDescending(list: number[]): number[] {
  const n = list.length;
  if (n > SHORT) return list.sort((a, b) => b - a);
  for (let i = 1; i < n; i++) {
    const x = list[i];
    let j = i - 1;
    if (!(list[j] < x)) continue;
    do {
      list[j + 1] = list[j];
      j--;
    } while (j >= 0 && list[j] < x);
    list[j + 1] = x;
  }
  return list;
}
