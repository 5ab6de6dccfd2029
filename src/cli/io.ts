/** What a CLI command may touch. The real one wraps process/fs; tests pass a fake to capture output. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whole standard input (for `-` and `batch`). */
  readStdin(): Promise<string>;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A subcommand: returns the process exit code. */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;
