import type { CliCommand } from '../io';
import { evalCommand } from './eval';

/** One entry per subcommand; each lives in its own file in this folder. */
export const commands: Record<string, { summary: string; run: CliCommand }> = {
  eval: { summary: 'measure the engine on an annotated corpus (JSONL)', run: evalCommand },
};
