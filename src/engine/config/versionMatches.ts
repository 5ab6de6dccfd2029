/** `1.2.3-beta` → [1, 2, 3] (pre-release tags are ignored for ranges). */
function parts(version: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Does a pack's declared `version` satisfy a pin? Pins: exact `1.2.0` (or `=1.2.0`), partial `1.2` / `1.x`
 * (any 1.2.* / 1.*), caret `^1.2.0` (same major; same minor for 0.x), tilde `~1.2.0` (same minor), `>=1.2.0`.
 */
export function versionMatches(declared: string, pin: string): boolean {
  const have = parts(declared);
  if (pin === '*' || pin === 'x') return true;
  const op = /^(\^|~|>=|=)?(.*)$/.exec(pin.trim())!;
  const raw = op[2];
  if (!have) return declared.trim() === raw;
  const fixed = raw.split('.').filter((s) => s !== 'x' && s !== '*');
  const want = parts(fixed.join('.') || '0');
  if (!want) return false;
  switch (op[1]) {
    case '>=':
      return compare(have, want) >= 0;
    case '^':
      return compare(have, want) >= 0 && have[0] === want[0] && (want[0] !== 0 || have[1] === want[1]);
    case '~':
      return compare(have, want) >= 0 && have[0] === want[0] && have[1] === want[1];
    default: {
      if (!op[1] && raw === declared.trim()) return true;
      const exactParts = fixed.length;
      for (let i = 0; i < exactParts; i++) if (have[i] !== want[i]) return false;
      return true;
    }
  }
}
