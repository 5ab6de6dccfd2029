import { isMap, type LineCounter, type Node as YamlNode, type YAMLMap } from 'yaml';

/** 1-based line and column in a YAML file. */
export interface YamlPos {
  line: number;
  col: number;
}

/** Where a YAML node starts (1:1 when it has no range). */
export function nodePos(lc: LineCounter, node: unknown): YamlPos {
  const range = (node as YamlNode | undefined)?.range;
  return range ? lc.linePos(range[0]) : { line: 1, col: 1 };
}

/** The pair for `key` in a mapping node, if any. */
export function findPair(map: unknown, key: string): { key: unknown; value: unknown } | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap).items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
}

/** Position of `key` in a mapping node (the key itself), else of the mapping. */
export function fieldPos(lc: LineCounter, map: unknown, key: string | undefined): YamlPos {
  const pair = key ? findPair(map, key) : undefined;
  return pair ? nodePos(lc, pair.key) : nodePos(lc, map);
}
