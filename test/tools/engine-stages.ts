/**
 * Where the engine's time goes, stage by stage, on the bench's 1,000 generated emails. Each stage
 * is re-run alone over all emails (inputs from one full pass) and timed in CPU time of this
 * process, so a loaded machine skews it less. Development tool, not shipped.
 *   npm run compile-tests && node out/test/tools/engine-stages.js [rounds]
 */
import { buildRuleSet } from '../../src/engine/ruleSet';
import { builtinSources } from '../../src/cli/loadCliRuleSet';
import { parseDocument } from '../../src/engine/parse/parseDocument';
import { buildDraftView } from '../../src/engine/draftView';
import { runPhraseRules } from '../../src/engine/runners/runPhraseRules';
import { runPatternRules } from '../../src/engine/runners/runPatternRules';
import { runPlaceholderRules } from '../../src/engine/runners/runPlaceholderRules';
import { DETECTORS } from '../../src/engine/detectors';
import { inSegments, ruleApplies, type RunContext } from '../../src/engine/runners/runContext';
import { applySuppressions } from '../../src/engine/findings/applySuppressions';
import { dedupePerRule, dropAccepted } from '../../src/engine/findings/finalizeFindings';
import { mergeFindings } from '../../src/engine/findings/mergeFindings';
import { computeScore } from '../../src/engine/score/computeScore';
import { computeMetrics } from '../../src/engine/metrics/computeMetrics';
import { makeFinding } from '../../src/engine/findings/makeFinding';
import { analyzeDocument } from '../../src/engine/analyze';
import type { Finding } from '../../src/engine/types';
import { generateEmails } from '../bench/generateEmails';

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const rounds = Number(process.argv[2] ?? 3);
const t0 = cpuMs();
const ruleSet = buildRuleSet(builtinSources());
const buildMs = cpuMs() - t0;
const emails = generateEmails(1000);
const texts = emails.map((e) => e.text);
const drafts = texts.map((t) => parseDocument(t)[0]);
const views = drafts.map(buildDraftView);
const ctxs: RunContext[] = drafts.map((draft, i) => ({ draft, view: views[i], ruleSet, lang: draft.lang, channel: draft.channel, premium: false, uiLang: draft.lang, warnings: [] }));
const detectorRules = ruleSet.rules.filter((r) => r.def.kind === 'metric' || r.def.kind === 'channel' || r.def.kind === 'signal');
const raw: Finding[][] = ctxs.map((ctx) => [...runPhraseRules(ctx), ...runPatternRules(ctx), ...runPlaceholderRules(ctx)]);
const deduped = raw.map((f, i) => dedupePerRule(applySuppressions(drafts[i], dropAccepted(f, drafts[i].text, drafts[i].start, drafts[i].end, ruleSet.accept))));
const merged = deduped.map((f, i) => mergeFindings(drafts[i].text, f));

/** Runs detector `name` (all when undefined) on a fresh copy of the view, so no per-draft memo is reused from an earlier pass. */
function runDetector(name: string | undefined, ctx: RunContext): void {
  const view = { ...ctx.view };
  for (const rule of detectorRules) {
    if ((name !== undefined && rule.def.detector !== name) || !ruleApplies(rule, ctx)) continue;
    const detector = DETECTORS[rule.def.detector!]!;
    const hits = detector.run({ view, lang: ctx.lang, channel: ctx.channel, premium: false, segments: rule.def.segments }, { ...detector.defaults, ...(rule.def.params ?? {}) });
    for (const hit of hits) if (ctx.draft.subject?.start === hit.start || inSegments(view, hit.start, rule.def.segments)) makeFinding(rule, hit, ctx.draft, ctx.uiLang);
  }
}

const stages: [string, (i: number) => unknown][] = [
  ['analyzeDocument (all)', (i) => analyzeDocument(texts[i], ruleSet)],
  ['parseDocument', (i) => parseDocument(texts[i])],
  ['buildDraftView', (i) => buildDraftView(drafts[i])],
  // Phrase and pattern rules share one walk per draft (draftWalk): timed alone, each stage pays for the whole walk.
  ['phrase + pattern rules (one walk)', (i) => [runPhraseRules(ctxs[i]), runPatternRules(ctxs[i])]],
  ['phrase rules (whole walk)', (i) => runPhraseRules(ctxs[i])],
  ['pattern rules (whole walk)', (i) => runPatternRules(ctxs[i])],
  ['placeholder rules', (i) => runPlaceholderRules(ctxs[i])],
  ['detectors (all)', (i) => runDetector(undefined, ctxs[i])],
  ...[...new Set(detectorRules.map((r) => r.def.detector!))].map((name): [string, (i: number) => unknown] => [`detector ${name}`, (i) => runDetector(name, ctxs[i])]),
  ['finalize', (i) => dedupePerRule(applySuppressions(drafts[i], dropAccepted(raw[i], drafts[i].text, drafts[i].start, drafts[i].end, ruleSet.accept)))],
  ['mergeFindings', (i) => mergeFindings(drafts[i].text, deduped[i])],
  ['computeScore', (i) => computeScore(merged[i])],
  ['computeMetrics', (i) => computeMetrics(views[i], drafts[i].channel, false)],
];
const rows: [string, number][] = [];
for (const [name, fn] of stages) {
  for (let i = 0; i < texts.length; i++) fn(i); // warm-up
  const s = cpuMs();
  for (let r = 0; r < rounds; r++) for (let i = 0; i < texts.length; i++) fn(i);
  rows.push([name, ((cpuMs() - s) / rounds / texts.length) * 1000]);
}
const parts = rows.slice(1).filter(([k]) => k !== 'detectors (all)' && !k.endsWith('(whole walk)')).reduce((n, [, v]) => n + v, 0);
console.log(`CPU µs per message (mean over ${rounds} × ${texts.length}); stages sum to ${parts.toFixed(0)} µs`);
for (const [k, v] of [rows[0], ...rows.slice(1).sort((a, b) => b[1] - a[1])]) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
console.log(`buildRuleSet (cold): ${buildMs.toFixed(0)} ms CPU`);
