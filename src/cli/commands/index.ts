import type { CliCommand } from '../io';

/** One entry per subcommand; each lives in its own file in this folder. */
export const commands: Record<string, { summary: string; run: CliCommand }> = {};
