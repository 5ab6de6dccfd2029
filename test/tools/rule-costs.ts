/**
 * What each built-in rule costs, alone: for every rule of one language, a RuleSet with only that
 * rule enabled (`overrides` disable all the others) runs the rule runners (phrase, pattern,
 * detector) over the parsed messages, and the CPU time per message is printed, top first, with the
 * match starts its index proposes. Messages: the bench's generated emails of that language, plus the
 * dev corpus (read at run time, $DEV_CORPUS or ../shared) and the holdout corpus when present.
 * Development tool, not shipped.
 *   npm run compile-tests && node out/test/tools/rule-costs.js [fr|en] [top=20] [rounds=5]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildRuleSet, type RuleOverride, type RuleSet } from '../../src/engine/ruleSet';
import { builtinSources } from '../../src/cli/loadCliRuleSet';
import { parsePack } from '../../src/engine/packs/parsePack';
import { parseDocument } from '../../src/engine/parse/parseDocument';
import { buildDraftView } from '../../src/engine/draftView';
import { runPhraseRules } from '../../src/engine/runners/runPhraseRules';
import { runPatternRules } from '../../src/engine/runners/runPatternRules';
import { runDetectorRules } from '../../src/engine/runners/runDetectorRules';
import type { RunContext } from '../../src/engine/runners/runContext';
import type { Lang } from '../../src/engine/types';
import { draftPlanFor } from '../../src/engine/runners/draftWalk';
import { stickyOf } from '../../src/engine/match/ruleBranches';
import { generateEmails } from '../bench/generateEmails';

const lang = (process.argv[2] ?? 'fr') as Lang;
const top = Number(process.argv[3] ?? 20);
const rounds = Number(process.argv[4] ?? 5);
const root = resolve(__dirname, '../../..');

const cpuUs = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

function corpusTexts(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { lang?: string; text: string })
    .filter((m) => m.lang === lang).map((m) => m.text);
}

const texts = [
  ...generateEmails(1000).filter((e) => e.lang === lang).map((e) => e.text),
  ...corpusTexts(process.env.DEV_CORPUS ?? join(root, '../../shared/corpus/dev/messages.jsonl')),
  ...corpusTexts(join(root, 'test/corpus/holdout/messages.jsonl')),
];
const sources = builtinSources();
const defs = sources.flatMap((s) => {
  const pack = parsePack(s.text, s.file).pack;
  return pack ? pack.rules.filter((r) => r.enabled !== false).map((r) => ({ def: r, packLang: pack.lang, file: s.file })) : [];
});
const allIds = defs.map((d) => d.def.id);
const mine = defs.filter((d) => (d.packLang === lang || d.packLang === 'any') && ['phrase', 'pattern', 'metric', 'channel', 'signal'].includes(d.def.kind));

const drafts = texts.flatMap((t) => parseDocument(t)).filter((d) => d.lang === lang);
const views = drafts.map(buildDraftView);

function only(id: string | undefined): RuleSet {
  const overrides: Record<string, RuleOverride> = {};
  for (const other of allIds) if (other !== id) overrides[other] = { enabled: false };
  return buildRuleSet(sources, { overrides });
}

/** CPU µs per message of the three runners with `ruleSet` (minimum over rounds: least disturbed). */
function cost(ruleSet: RuleSet): number {
  const ctxs: RunContext[] = drafts.map((draft, i) => ({ draft, view: views[i], ruleSet, lang, channel: draft.channel, premium: false, uiLang: lang, warnings: [] }));
  const pass = (): void => {
    for (const ctx of ctxs) {
      runPhraseRules(ctx);
      runPatternRules(ctx);
      runDetectorRules(ctx);
    }
  };
  pass();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const s = cpuUs();
    pass();
    best = Math.min(best, cpuUs() - s);
  }
  return best / ctxs.length;
}

/**
 * Inside the full rule set, the index walk is shared: what a phrase or pattern rule adds is its own
 * sticky branch RegExps run at each position the index proposes (and its global scan, for a rule
 * scanned whole). Those (slice, position) pairs are recorded per rule by wrapping the plans'
 * RegExps during one pass, then replayed rule by rule and timed (CPU, min over rounds).
 */
function inGroupCosts(full: RuleSet): Map<string, { tries: number; us: number }> {
  const tries = new Map<string, { re: RegExp[]; slices: string[]; at: number[] }>();
  const propose = (id: string, re: RegExp, slice: string, at: number): void => {
    let t = tries.get(id);
    if (!t) tries.set(id, (t = { re: [], slices: [], at: [] }));
    t.re.push(re);
    t.slices.push(slice);
    t.at.push(at);
  };
  /** A stand-in that records each run, then runs the real RegExp. */
  const recorder = (id: string, re: RegExp): RegExp => {
    const rec = {
      lastIndex: 0,
      run(s: string, how: 'test' | 'exec'): unknown {
        propose(id, re, s, rec.lastIndex);
        re.lastIndex = rec.lastIndex;
        const out = how === 'test' ? re.test(s) : re.exec(s);
        rec.lastIndex = re.lastIndex;
        return out;
      },
      test: (s: string) => rec.run(s, 'test'),
      exec: (s: string) => rec.run(s, 'exec'),
    };
    return rec as unknown as RegExp;
  };
  const { plan, phrase, pattern, phraseCount } = draftPlanFor(full, lang);
  const ids = [...phrase.rules, ...pattern.rules].map((r) => r.def.id);
  const real = plan.candBranch.map(stickyOf);
  real.forEach((re, k) => (plan.candSticky[k] = recorder(ids[plan.candRule[k]], re)));
  const scanned = pattern.rules.filter((_, r) => plan.scanned[phraseCount + r] !== 0);
  for (const r of scanned) {
    const re = r.pattern!;
    (re as { exec: RegExp['exec'] }).exec = function exec(this: RegExp, s: string) {
      if (this.lastIndex === 0) propose(r.def.id, re, s, -1); // one global scan of the chunk
      return RegExp.prototype.exec.call(this, s);
    };
  }
  for (const view of views) {
    const ctx: RunContext = { draft: view.draft, view, ruleSet: full, lang, channel: view.draft.channel, premium: false, uiLang: lang, warnings: [] };
    runPhraseRules(ctx);
    runPatternRules(ctx);
  }
  real.forEach((re, k) => (plan.candSticky[k] = re));
  for (const r of scanned) delete (r.pattern as { exec?: unknown }).exec;
  const out = new Map<string, { tries: number; us: number }>();
  for (const [id, t] of tries) {
    const replay = (): void => {
      for (let i = 0; i < t.slices.length; i++) {
        const re = t.re[i];
        if (t.at[i] < 0) {
          re.lastIndex = 0;
          while (re.exec(t.slices[i])) if (re.lastIndex === 0) break;
        } else {
          re.lastIndex = t.at[i];
          re.exec(t.slices[i]);
        }
      }
    };
    replay();
    let best = Infinity;
    for (let r = 0; r < rounds; r++) {
      const s = cpuUs();
      replay();
      best = Math.min(best, cpuUs() - s);
    }
    out.set(id, { tries: t.slices.filter((_, i) => t.at[i] >= 0).length / views.length, us: best / views.length });
  }
  return out;
}

const inGroup = inGroupCosts(buildRuleSet(sources));
const base = cost(only(undefined));
const rows = mine.map((d) => {
  const g = inGroup.get(d.def.id);
  const isDetector = d.def.kind !== 'phrase' && d.def.kind !== 'pattern';
  return { id: d.def.id, kind: d.def.kind, file: d.file, tries: g?.tries ?? 0, isDet: isDetector, us: isDetector ? cost(only(d.def.id)) - base : g?.us ?? 0 };
});
rows.sort((a, b) => b.us - a.us);
const total = rows.reduce((n, r) => n + r.us, 0);
console.log(`${lang.toUpperCase()}: ${rows.length} rules, ${drafts.length} messages, ${rounds} rounds (min). Phrase/pattern: own RegExp runs inside the full set` +
  ` (tries = positions the index proposes, per message); detectors: runner alone (no-rule baseline ${base.toFixed(1)} µs subtracted)`);
console.log(`sum over rules: ${total.toFixed(0)} µs/message (phrase ${sum('phrase')}, pattern ${sum('pattern')}, detectors ${sum('metric', 'channel', 'signal')})`);
for (const r of rows.slice(0, top)) console.log(`  ${r.us.toFixed(1).padStart(7)} µs  ${r.kind.padEnd(7)} ${r.id.padEnd(34)} ${r.isDet ? '' : `${r.tries.toFixed(1).padStart(6)} tries  `}${r.file}`);

function sum(...kinds: string[]): string {
  return rows.filter((r) => kinds.includes(r.kind)).reduce((n, r) => n + r.us, 0).toFixed(0);
}
