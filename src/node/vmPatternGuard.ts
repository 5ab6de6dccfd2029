import { createContext, Script } from 'node:vm';
import type { PatternGuard } from '../engine/runners/patternGuard';
import type { Span } from '../engine/types';

// The match loop runs inside a vm context so that its `timeout` can interrupt a regex that backtracks
// catastrophically: V8 terminates the running script, regex included, and we get an error instead of a hang.
const LOOP = new Script(`(() => {
  const out = [];
  for (const c of chunks) {
    const slice = text.slice(c.start, c.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      m.index += c.start;
      out.push(m);
    }
  }
  return out;
})()`);

const sandbox: { re?: RegExp; text?: string; chunks?: readonly Span[] } = {};
const context = createContext(sandbox);

/** PatternGuard for Node hosts (CLI, extension host). Costs ~0.2 ms per call, one call per rule per draft. */
export const vmPatternGuard: PatternGuard = {
  matchAll(re, text, chunks, budgetMs) {
    sandbox.re = re;
    sandbox.text = text;
    sandbox.chunks = chunks;
    try {
      const found = LOOP.runInContext(context, { timeout: Math.max(1, Math.round(budgetMs)) }) as RegExpExecArray[];
      // Arrays made in the vm context have its prototypes; hand back plain ones from this realm.
      return Array.from(found, (m) => Object.assign([...m], { index: m.index, input: text, groups: m.groups }) as RegExpExecArray);
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
      throw err;
    } finally {
      sandbox.re = sandbox.text = sandbox.chunks = undefined;
    }
  },
};
