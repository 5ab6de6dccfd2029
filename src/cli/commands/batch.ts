import { analyzeDocument } from '../../engine/analyze';
import type { RuleSet } from '../../engine/ruleSet';
import { CHANNELS, LANGS, type AnalyzeOptions, type Channel, type Lang } from '../../engine/types';
import { formatPackErrors } from '../format/packErrors';
import { stdinLines, type CliCommand } from '../io';
import { loadCliRuleSet } from '../loadCliRuleSet';
import { parseCommandArgs } from '../parseArgs';

export const BATCH_USAGE = `usage: unscripted batch [options] < in.jsonl > out.jsonl

Reads one JSON object per line: {"id", "text", "subject"?, "channel"?, "lang"?}
Writes one line per input, same order:
  {"id", "lang", "channel", "score", "findings": [{"start", "end", "kind", "category", "ruleId", "severity", "message"}]}
score is the integer 0–100; offsets are UTF-16 code units into "text", end exclusive; findings
are all of them (scripted and authentic). A bad line gives {"id", "error"} and the run goes on;
empty lines are skipped. Each text is one draft: if it splits into several (front matter or
"---" separators), lang/channel/score are the first draft's and findings are all drafts'.

  --ui-lang en|fr    language of the messages (default: each draft's)
  --premium          LinkedIn Premium limits
  --pack FILE|DIR    extra pack(s), repeatable
  --no-builtin       do not load the built-in packs`;

const spec = {
  'ui-lang': { type: 'string', choices: LANGS },
  premium: { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  'no-builtin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type BatchOutput = { id: unknown; error: string } | Record<string, unknown>;

function optionalChoice<T extends string>(value: unknown, name: string, choices: readonly T[]): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new Error(`"${name}" must be one of ${choices.join(', ')} (got ${JSON.stringify(value)})`);
  }
  return value as T;
}

/** The analysis of one input line, or an `{id, error}` object. Never throws. */
export function batchLine(line: string, ruleSet: RuleSet, base: AnalyzeOptions): BatchOutput {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (err) {
    return { id: null, error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, error: 'expected a JSON object' };
  }
  const obj = input as Record<string, unknown>;
  const id = obj.id ?? null;
  try {
    if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
    if (obj.subject !== undefined && obj.subject !== null && typeof obj.subject !== 'string') {
      throw new Error('"subject" must be a string');
    }
    const options: AnalyzeOptions = {
      ...base,
      channel: optionalChoice<Channel>(obj.channel, 'channel', CHANNELS),
      lang: optionalChoice<Lang>(obj.lang, 'lang', LANGS),
      ...(typeof obj.subject === 'string' ? { subject: obj.subject } : {}),
    };
    const { drafts } = analyzeDocument(obj.text, ruleSet, options);
    const first = drafts[0];
    return {
      id,
      lang: first?.draft.lang ?? options.lang ?? null,
      channel: first?.draft.channel ?? options.channel ?? 'email',
      score: first ? Math.round(first.score.value) : null,
      findings: drafts.flatMap((d) =>
        d.findings.map((f) => ({
          start: f.start,
          end: f.end,
          kind: f.kind,
          category: f.category,
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
        })),
      ),
    };
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}

/** `unscripted batch` — JSON Lines in, one JSON line out per non-empty input line, streamed. */
export const batch: CliCommand = async (argv, io) => {
  const { values } = parseCommandArgs(argv, spec);
  if (values.help) {
    io.stdout(BATCH_USAGE + '\n');
    return 0;
  }
  const ruleSet = loadCliRuleSet({ packs: values.pack, builtin: !values['no-builtin'], cwd: io.cwd });
  io.stderr(formatPackErrors(ruleSet.errors));
  const base: AnalyzeOptions = { uiLang: values['ui-lang'] as Lang | undefined, premium: values.premium };
  for await (const raw of stdinLines(io)) {
    const line = raw.trim();
    if (line === '') continue;
    io.stdout(JSON.stringify(batchLine(line, ruleSet, base)) + '\n');
    if (io.stdoutDrained) await io.stdoutDrained();
  }
  return 0;
};
