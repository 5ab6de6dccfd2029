import type { CliCommand } from '../io';
import { parseCommandArgs, UsageError } from '../parseArgs';
import { readInputs } from '../readInputs';
import { readVoiceSamples } from '../readVoiceSamples';
import { buildVoiceProfile } from '../../rewrite/voice/voiceProfile';
import { voiceDistance } from '../../rewrite/voice/voiceDistance';
import { traitsOf, traitsOfText } from '../../rewrite/voice/voiceTraits';

export const VOICE_USAGE = `usage: unscripted voice --samples DIR [--format text|json] FILE…

  --samples DIR        the rep's past messages (.txt/.md/.eml/.outreach, recursively)
  --format text|json   json: an array of { "file", "distance", "traits" } (default text)

distance: 0 = the same voice as the samples; larger = further. Comparable across files for one sample set.`;

const spec = {
  samples: { type: 'string' },
  format: { type: 'string', choices: ['text', 'json'] },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `unscripted voice --samples DIR FILE…` — how far each file is from the rep's voice. */
export const voice: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, spec);
  if (values.help) {
    io.stdout(VOICE_USAGE + '\n');
    return 0;
  }
  if (!values.samples) throw new UsageError('--samples DIR is required');
  if (!positionals.length) throw new UsageError('no FILE given');
  const profile = buildVoiceProfile(readVoiceSamples(values.samples, io.cwd));
  const { documents, failures } = await readInputs(positionals, io);
  for (const f of failures) io.stderr(`unscripted voice: ${f}\n`);
  const rows = documents.map((d) => ({ file: d.label, distance: voiceDistance(profile, d.text), traits: traitsOfText(d.text) }));
  if (values.format === 'json') {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
  } else {
    const t = traitsOf(profile);
    io.stdout(`voice of ${profile.samples} samples: ${t.lang}, formality ${t.formality}, ${Math.round(t.sentenceLength.mean)} words/sentence, greeting "${t.greeting}", sign-off "${t.signoff}"\n`);
    for (const r of rows) io.stdout(`${r.file}  distance ${r.distance.toFixed(2)}  (formality ${r.traits.formality}, greeting "${r.traits.greeting}", sign-off "${r.traits.signoff}")\n`);
  }
  return failures.length ? 2 : 0;
};
