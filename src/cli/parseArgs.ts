import { parseArgs } from 'node:util';

/** A bad command line: the dispatcher prints the message and exits with code 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** Allowed values for a string option. */
  choices?: readonly string[];
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['multiple'] extends true
    ? string[]
    : string;

export interface ParsedArgs<T extends Record<string, OptionSpec>> {
  values: { [K in keyof T]?: ValueOf<T[K]> };
  positionals: string[];
}

/**
 * Parses a subcommand's argv with node:util's parseArgs (strict: unknown options are errors;
 * `-` is a positional) and checks `choices`. Throws UsageError with a readable message.
 */
export function parseCommandArgs<T extends Record<string, OptionSpec>>(argv: string[], spec: T): ParsedArgs<T> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const [name, s] of Object.entries(spec)) {
    options[name] = { type: s.type, ...(s.multiple ? { multiple: true } : {}), ...(s.short ? { short: s.short } : {}) };
  }
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message.split('. To specify')[0] : String(err);
    throw new UsageError(message);
  }
  for (const [name, s] of Object.entries(spec)) {
    const v = parsed.values[name];
    if (!s.choices || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) {
      if (!s.choices.includes(String(one))) {
        throw new UsageError(`--${name} must be one of ${s.choices.join(', ')} (got "${String(one)}")`);
      }
    }
  }
  return { values: { ...parsed.values } as ParsedArgs<T>['values'], positionals: parsed.positionals };
}
