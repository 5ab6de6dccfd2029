import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/cli';
import type { CliIO } from '../../../src/cli/io';
import { findPackageRoot } from '../../../src/cli/nodePackReader';

/** The repository root: fixtures are given relative to it, as a user would from the project folder. */
export const ROOT = findPackageRoot(__dirname);
export const FIXTURES = 'test/fixtures/cli';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; `stdin` is the whole standard input. */
export async function run(argv: string[], options: { stdin?: string; cwd?: string; lines?: AsyncIterable<string> } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? '',
    ...(options.lines ? { readStdinLines: () => options.lines as AsyncIterable<string> } : {}),
    cwd: options.cwd ?? ROOT,
    env: {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Compares with test/fixtures/cli/golden/NAME; `UPDATE_GOLDEN=1` rewrites the file instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(ROOT, FIXTURES, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `missing golden ${name}: run UPDATE_GOLDEN=1 npm run test:unit`);
  assert.equal(actual, readFileSync(file, 'utf8'), `output differs from golden ${name} (UPDATE_GOLDEN=1 to accept)`);
}

/** Golden output must be portable: no absolute paths, no timings. */
export function assertPortable(output: string): void {
  assert.ok(!output.includes(ROOT), 'output contains the absolute project path');
  assert.doesNotMatch(output, /\b\d+(\.\d+)?\s?(ms|µs|s)\b/, 'output contains a timing');
}
