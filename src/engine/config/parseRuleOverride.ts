import { isMap, isScalar, type LineCounter } from 'yaml';
import { CHANNELS, LANGS, SEVERITIES } from '../types';
import { nodePos, type YamlPos } from '../yamlPos';
import { RULE_OVERRIDE_KEYS, RULE_TWEAK_KEYS, type RuleOverride, type RuleTweak } from './configTypes';
import { isChannel, isLang, isSeverity } from './configValues';

type Report = (pos: YamlPos, message: string) => void;

/** `off`/`false` → disabled, `on`/`true` → enabled, `error`/`warning`/`info`/`hint` → that severity. */
function shorthand(value: unknown): (RuleTweak & Record<string, unknown>) | undefined {
  if (value === false || value === 'off') return { enabled: false };
  if (value === true || value === 'on') return { enabled: true };
  if (isSeverity(value)) return { severity: value };
  return undefined;
}

const SHORTHAND_HELP = `off, on, ${SEVERITIES.join(', ')} or a mapping`;

function parseTweak(node: unknown, lc: LineCounter, report: Report, keys: readonly string[]): (RuleOverride & Record<string, unknown>) | undefined {
  if (isScalar(node)) {
    const tweak: (RuleOverride & Record<string, unknown>) | undefined = shorthand(node.value);
    if (!tweak) report(nodePos(lc, node), `expected ${SHORTHAND_HELP}, got "${String(node.value)}"`);
    return tweak;
  }
  if (!isMap(node)) {
    report(nodePos(lc, node), `expected ${SHORTHAND_HELP}`);
    return undefined;
  }
  const out: RuleOverride & Record<string, unknown> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    const pos = nodePos(lc, pair.value ?? pair.key);
    if (!keys.includes(key)) report(nodePos(lc, pair.key), `unknown override field "${key}" (expected one of: ${keys.join(', ')})`);
    else if (key === 'enabled') {
      if (typeof value === 'boolean') out.enabled = value;
      else report(pos, '"enabled" must be true or false');
    } else if (key === 'severity') {
      if (isSeverity(value)) out.severity = value;
      else report(pos, `unknown severity "${String(value)}" (expected one of: ${SEVERITIES.join(', ')})`);
    } else if (key === 'weight') {
      if (typeof value === 'number' && value >= 0) out.weight = value;
      else report(pos, '"weight" must be a number ≥ 0');
    } else out[key] = pair.value;
  }
  return out;
}

function parseScoped<K extends string>(
  node: unknown, lc: LineCounter, report: Report, what: string, known: readonly K[], guard: (v: unknown) => v is K,
): Partial<Record<K, RuleTweak>> | undefined {
  if (!isMap(node)) {
    report(nodePos(lc, node), `"${what}" must be a mapping of ${what === 'channels' ? 'channel' : 'language'} → override`);
    return undefined;
  }
  const out: Partial<Record<K, RuleTweak>> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (!guard(key)) {
      report(nodePos(lc, pair.key), `unknown ${what === 'channels' ? 'channel' : 'language'} "${String(key)}" (expected one of: ${known.join(', ')})`);
      continue;
    }
    const tweak = parseTweak(pair.value, lc, report, RULE_TWEAK_KEYS);
    if (tweak) out[key] = tweak;
  }
  return out;
}

/** One `rules:` value: shorthand or `{ enabled, severity, weight, channels: {…}, langs: {…} }`. */
export function parseRuleOverride(node: unknown, lc: LineCounter, report: Report): RuleOverride | undefined {
  const raw = parseTweak(node, lc, report, RULE_OVERRIDE_KEYS);
  if (!raw) return undefined;
  const { channels, langs, ...tweak } = raw;
  const out: RuleOverride = tweak;
  if (channels !== undefined) {
    const c = parseScoped(channels, lc, report, 'channels', CHANNELS, isChannel);
    if (c) out.channels = c;
  }
  if (langs !== undefined) {
    const l = parseScoped(langs, lc, report, 'langs', LANGS, isLang);
    if (l) out.langs = l;
  }
  return out;
}
