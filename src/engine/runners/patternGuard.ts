import type { Span } from '../types';

/**
 * Runs a regex over chunks of a text under a hard time budget. The engine cannot interrupt a single
 * `RegExp.exec` itself (a catastrophic pattern never returns), so hosts inject one that can — the Node
 * one runs the loop in a `vm` context with a timeout (src/node/vmPatternGuard.ts). It guards regexes from
 * packs that are not built-in: team and workspace packs.
 */
export interface PatternGuard {
  /** Every non-empty match of `re` (global) in each chunk, `index` into `text`; undefined when over `budgetMs`. */
  matchAll(re: RegExp, text: string, chunks: readonly Span[], budgetMs: number): RegExpExecArray[] | undefined;
}

/** The unguarded loop (built-in packs): checks the clock between chunks only. */
export function matchChunks(re: RegExp, text: string, chunks: readonly Span[], budgetMs: number): { matches: RegExpExecArray[]; timedOut: boolean } {
  const matches: RegExpExecArray[] = [];
  const started = Date.now();
  for (const chunk of chunks) {
    if (Date.now() - started > budgetMs) return { matches, timedOut: true };
    const slice = text.slice(chunk.start, chunk.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      m.index += chunk.start;
      matches.push(m);
    }
  }
  return { matches, timedOut: false };
}
