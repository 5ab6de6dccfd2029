import { CHANNELS, LANGS, type AnalyzeOptions, type Channel, type Lang } from '../../engine/types';
import type { CliCommand } from '../io';
import { loadCliRuleSet } from '../loadCliRuleSet';
import { parseCommandArgs, UsageError } from '../parseArgs';
import { readInputs } from '../readInputs';
import { readVoiceSamples } from '../readVoiceSamples';
import { formatRewriteReport } from '../format/rewriteReport';
import { findPreset, PROVIDER_PRESETS, resolveBaseURL } from '../../rewrite/providerPresets';
import { rewriteDraft } from '../../rewrite/rewriteDraft';
import { RewriteError } from '../../rewrite/rewriteError';
import { buildVoiceProfile } from '../../rewrite/voice/voiceProfile';

export const REWRITE_USAGE = `usage: unscripted rewrite FILE --base-url URL --model NAME [options]

Sends the draft (pseudonymised) to an OpenAI-compatible model and prints a rewrite that drops the
scripted parts, with a report (score, voice, facts). The file is never modified.
The API key comes from UNSCRIPTED_API_KEY, else OPENAI_API_KEY (any non-empty value for a local server).

  --base-url URL        e.g. http://127.0.0.1:11434/v1 (or use --preset)
  --preset ID           ${PROVIDER_PRESETS.map((p) => p.id).join(' | ')}
  --model NAME          model (or Azure deployment) name
  --voice DIR           the rep's past messages, to keep their voice
  --no-pseudonymize     send names, emails, phones and URLs as written
  --format text|json    json: { "rewrite", "sent", "report" } (default text)
  --lang en|fr, --channel email|linkedin-connection|linkedin-message|inmail
  --timeout MS          wait for the server's first answer (default 60000)
  --idle-timeout MS     longest silence inside the stream (default 30000)

exit code: 0 rewrite passed the checks (or only warnings), 1 a check failed, 2 error (nothing rewritten)`;

const spec = {
  'base-url': { type: 'string' },
  preset: { type: 'string', choices: PROVIDER_PRESETS.map((p) => p.id) },
  model: { type: 'string' },
  voice: { type: 'string' },
  'no-pseudonymize': { type: 'boolean' },
  format: { type: 'string', choices: ['text', 'json'] },
  lang: { type: 'string', choices: LANGS },
  channel: { type: 'string', choices: CHANNELS },
  timeout: { type: 'string' },
  'idle-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function millis(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive number of milliseconds`);
  return n;
}

/** `unscripted rewrite FILE` — same code path as the editor's rewrite command. */
export const rewrite: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, spec);
  if (values.help) {
    io.stdout(REWRITE_USAGE + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one FILE');
  const baseURL = resolveBaseURL(values['base-url'], values.preset);
  if (!baseURL) throw new UsageError('--base-url URL is required (or a --preset with a fixed URL)');
  if (!values.model) throw new UsageError('--model NAME is required');
  const apiKey = io.env['UNSCRIPTED_API_KEY'] || io.env['OPENAI_API_KEY'];
  if (!apiKey) {
    io.stderr('unscripted rewrite: no API key. Set UNSCRIPTED_API_KEY (or OPENAI_API_KEY); for a local server any non-empty value works, e.g. UNSCRIPTED_API_KEY=local.\n');
    return 2;
  }
  const { documents, failures } = await readInputs(positionals, io);
  if (failures.length) throw new UsageError(failures[0]!);
  const profile = values.voice ? buildVoiceProfile(readVoiceSamples(values.voice, io.cwd)) : undefined;
  const analyzeOptions: AnalyzeOptions = {};
  if (values.lang) analyzeOptions.lang = values.lang as Lang;
  if (values.channel) analyzeOptions.channel = values.channel as Channel;
  const headerTimeoutMs = millis(values.timeout, 'timeout');
  const idleTimeoutMs = millis(values['idle-timeout'], 'idle-timeout');
  const keyHeader = findPreset(values.preset)?.keyHeader;
  try {
    const result = await rewriteDraft({
      document: documents[0]!.text,
      ruleSet: loadCliRuleSet({ cwd: io.cwd }),
      analyzeOptions,
      endpoint: {
        baseURL, apiKey, model: values.model,
        ...(keyHeader ? { keyHeader } : {}),
        ...(headerTimeoutMs ? { headerTimeoutMs } : {}),
        ...(idleTimeoutMs ? { idleTimeoutMs } : {}),
      },
      ...(profile ? { profile } : {}),
      pseudonymize: !values['no-pseudonymize'],
    });
    const r = result.report;
    if (values.format === 'json') {
      const report = {
        scoreBefore: r.scoreBefore, scoreAfter: r.scoreAfter,
        voiceDistanceBefore: r.voiceDistanceBefore, voiceDistanceAfter: r.voiceDistanceAfter,
        missingFacts: r.missingFacts, newFacts: r.newFacts, warnings: r.warnings,
        verdict: r.verdict, voiceReference: r.voiceReference, scriptedRemaining: r.scriptedRemaining,
        mergeTagsIntroduced: r.mergeTagsIntroduced, addressBefore: r.addressBefore, addressAfter: r.addressAfter,
        ...(r.channelLimit ? { channelLimit: r.channelLimit } : {}),
      };
      io.stdout(JSON.stringify({ rewrite: result.rewrite, sent: result.sent, report }, null, 2) + '\n');
    } else {
      io.stdout(formatRewriteReport(result));
    }
    return r.verdict === 'fail' ? 1 : 0;
  } catch (err) {
    if (err instanceof RewriteError) {
      io.stderr(`unscripted rewrite: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
};
