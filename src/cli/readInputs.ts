import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIO } from './io';

export interface InputDocument {
  /** As given on the command line (`<stdin>` for `-`): never made absolute, so output stays portable. */
  label: string;
  text: string;
}

export interface ReadInputsResult {
  documents: InputDocument[];
  /** One readable message per file that could not be read. */
  failures: string[];
}

export const STDIN_LABEL = '<stdin>';

/** Reads each FILE (relative to io.cwd); `-` reads standard input once. Unreadable files are reported, not thrown. */
export async function readInputs(files: string[], io: CliIO): Promise<ReadInputsResult> {
  const documents: InputDocument[] = [];
  const failures: string[] = [];
  let stdin: string | undefined;
  for (const file of files) {
    if (file === '-') {
      stdin ??= await io.readStdin();
      documents.push({ label: STDIN_LABEL, text: stdin });
      continue;
    }
    try {
      documents.push({ label: file, text: readFileSync(resolve(io.cwd, file), 'utf8') });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? err);
      failures.push(`cannot read "${file}": ${why}`);
    }
  }
  return { documents, failures };
}
