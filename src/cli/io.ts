/** What a CLI command may touch. The real one wraps process/fs; tests pass a fake to capture output. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whole standard input (for `-` and `batch`). */
  readStdin(): Promise<string>;
  /**
   * Standard input line by line, without the line ends, read incrementally (bounded memory for
   * `batch`). Optional: when absent, `stdinLines` splits `readStdin()`.
   */
  readStdinLines?(): AsyncIterable<string>;
  /** Resolves once stdout has drained its buffer (back-pressure for long `batch` runs). Optional. */
  stdoutDrained?(): Promise<void>;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A subcommand: returns the process exit code. */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

/** Standard input as lines: streamed when the IO can, else split from the whole input. */
export async function* stdinLines(io: CliIO): AsyncIterable<string> {
  if (io.readStdinLines) {
    yield* io.readStdinLines();
    return;
  }
  const text = await io.readStdin();
  for (const line of text.split(/\r?\n/)) yield line;
}
