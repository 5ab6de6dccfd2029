import type { PackError } from '../../engine/types';

/** `path:line:col  error  message  (rule id)` — one line per pack error, for stderr. */
export function formatPackErrors(errors: readonly PackError[]): string {
  return errors
    .map((e) => `${e.file}:${e.line}:${e.col}  ${e.severity}  ${e.message}${e.ruleId ? `  (${e.ruleId})` : ''}\n`)
    .join('');
}
