import type { CliCommand } from '../io';
import { batch } from './batch';
import { check } from './check';
import { evalCommand } from './eval';
import { packs } from './packs';
import { report } from './report';
import { rewrite } from './rewrite';
import { voice } from './voice';

/** One entry per subcommand; each lives in its own file in this folder. */
export const commands: Record<string, { summary: string; run: CliCommand }> = {
  check: { summary: 'check drafts: findings, score (text, json or sarif)', run: check },
  batch: { summary: 'JSON Lines in, one analysis line out per input (pipelines)', run: batch },
  eval: { summary: 'measure the engine on an annotated corpus (JSONL)', run: evalCommand },
  report: { summary: 'report FILE --html OUT [--compare FILE2]: self-contained HTML report', run: report },
  packs: { summary: 'packs test [DIR…] | packs new NAME: test or scaffold rule packs', run: packs },
  rewrite: { summary: 'rewrite a draft with an OpenAI-compatible model, keeping voice and facts', run: rewrite },
  voice: { summary: 'voice distance of files to the rep\'s past messages', run: voice },
};
