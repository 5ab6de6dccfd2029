import type { RuleDef } from '../types';
import { KNOWN, RULE_FIELDS } from './knownValues';
import { dangerousRegexReason } from './regexSafety';
import { validateDetectorParams } from '../detectors/validateDetectorParams';

/** One problem in a rule; `field` lets the caller point at the field's line. */
export interface RuleIssue {
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

const isStr = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkLocalized(rule: Record<string, unknown>, field: string, issues: RuleIssue[], required: boolean): void {
  const v = rule[field];
  if (v === undefined) {
    if (required) issues.push({ field, message: `missing required field "${field}"`, severity: 'error' });
    return;
  }
  if (typeof v === 'string') return;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const keys = Object.keys(v);
    const bad = keys.filter((k) => k !== 'en' && k !== 'fr');
    if (bad.length) issues.push({ field, message: `"${field}" has unknown language key(s) ${bad.join(', ')} (use en, fr)`, severity: 'error' });
    else if (keys.length === 0 || !keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'string')) {
      issues.push({ field, message: `"${field}" must be a string or { en: "…", fr: "…" }`, severity: 'error' });
    }
    return;
  }
  issues.push({ field, message: `"${field}" must be a string or { en: "…", fr: "…" }`, severity: 'error' });
}

function checkEnum(rule: Record<string, unknown>, field: 'kind' | 'category' | 'severity', issues: RuleIssue[]): void {
  const v = rule[field];
  if (v === undefined) issues.push({ field, message: `missing required field "${field}"`, severity: 'error' });
  else if (typeof v !== 'string' || !KNOWN[field].includes(v)) {
    issues.push({ field, message: `unknown ${field} "${String(v)}" (expected one of: ${KNOWN[field].join(', ')})`, severity: 'error' });
  }
}

function checkList(rule: Record<string, unknown>, field: 'segments' | 'channels', known: readonly string[], issues: RuleIssue[]): void {
  const v = rule[field];
  if (v === undefined) return;
  if (!isStrList(v)) return void issues.push({ field, message: `"${field}" must be a list of strings`, severity: 'error' });
  const bad = v.filter((x) => !known.includes(x));
  const what = field === 'segments' ? 'segment' : 'channel';
  if (bad.length) issues.push({ field, message: `unknown ${what} ${bad.map((b) => `"${b}"`).join(', ')} (expected one of: ${known.join(', ')})`, severity: 'error' });
}

function checkPattern(rule: Record<string, unknown>, issues: RuleIssue[]): void {
  if (!isStr(rule.pattern)) return void issues.push({ field: 'pattern', message: 'pattern rule needs a non-empty "pattern"', severity: 'error' });
  const flags = rule.flags ?? 'iu';
  if (typeof flags !== 'string' || !/^[imsuv]*$/.test(flags)) {
    return void issues.push({ field: 'flags', message: `invalid flags "${String(flags)}" (allowed: i m s u v)`, severity: 'error' });
  }
  try {
    new RegExp(rule.pattern, flags);
  } catch (err) {
    return void issues.push({ field: 'pattern', message: `invalid regex: ${(err as Error).message}`, severity: 'error' });
  }
  const danger = dangerousRegexReason(rule.pattern);
  if (danger) issues.push({ field: 'pattern', message: `dangerous regex (catastrophic backtracking risk): ${danger}`, severity: 'error' });
}

function checkKindFields(rule: Record<string, unknown>, issues: RuleIssue[]): void {
  switch (rule.kind) {
    case 'phrase':
      if (!isStrList(rule.phrases) || rule.phrases.length === 0 || !rule.phrases.every(isStr)) {
        issues.push({ field: 'phrases', message: 'phrase rule needs "phrases": a non-empty list of non-empty strings', severity: 'error' });
      }
      break;
    case 'pattern':
      checkPattern(rule, issues);
      break;
    case 'metric':
    case 'channel':
    case 'signal': {
      if (!isStr(rule.detector)) {
        issues.push({ field: 'detector', message: `${rule.kind} rule needs "detector" (see src/engine/detectors/README.md)`, severity: 'error' });
        break;
      }
      const problem = validateDetectorParams(rule.detector, rule.params);
      if (problem) issues.push({ field: problem.field, message: problem.message, severity: 'error' });
      break;
    }
    case 'placeholder': {
      const extra = (rule.params as Record<string, unknown> | undefined)?.extra;
      if (extra !== undefined && !isStrList(extra)) issues.push({ field: 'params', message: 'placeholder "params.extra" must be a list of regex strings', severity: 'error' });
      for (const src of isStrList(extra) ? extra : []) {
        try {
          new RegExp(src, 'iu');
        } catch (err) {
          issues.push({ field: 'params', message: `invalid regex in params.extra: ${(err as Error).message}`, severity: 'error' });
          continue;
        }
        const danger = dangerousRegexReason(src);
        if (danger) issues.push({ field: 'params', message: `dangerous regex in params.extra: ${danger}`, severity: 'error' });
      }
      break;
    }
  }
}

/** Validates one rule object from a pack. Any `error` issue means the rule is skipped. */
export function validateRule(raw: unknown): { rule?: RuleDef; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { issues: [{ message: 'a rule must be a mapping of fields', severity: 'error' }] };
  }
  const rule = raw as Record<string, unknown>;
  for (const key of Object.keys(rule)) {
    if (!RULE_FIELDS.includes(key)) issues.push({ field: key, message: `unknown rule field "${key}"`, severity: 'error' });
  }
  if (!isStr(rule.id)) issues.push({ field: 'id', message: 'missing required field "id"', severity: 'error' });
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) issues.push({ field: 'id', message: `rule id "${rule.id}" should be kebab-case`, severity: 'warning' });
  checkEnum(rule, 'kind', issues);
  checkEnum(rule, 'category', issues);
  checkEnum(rule, 'severity', issues);
  checkLocalized(rule, 'message', issues, true);
  for (const f of ['why', 'buyerHears', 'instead']) checkLocalized(rule, f, issues, false);
  checkList(rule, 'segments', KNOWN.segment, issues);
  checkList(rule, 'channels', KNOWN.channel, issues);
  if (rule.weight !== undefined && (typeof rule.weight !== 'number' || !(rule.weight >= 0))) {
    issues.push({ field: 'weight', message: '"weight" must be a number ≥ 0', severity: 'error' });
  }
  if (rule.suggestions !== undefined && !isStrList(rule.suggestions)) issues.push({ field: 'suggestions', message: '"suggestions" must be a list of strings', severity: 'error' });
  if (rule.enabled !== undefined && typeof rule.enabled !== 'boolean') issues.push({ field: 'enabled', message: '"enabled" must be true or false', severity: 'error' });
  if (rule.params !== undefined && (typeof rule.params !== 'object' || rule.params === null || Array.isArray(rule.params))) {
    issues.push({ field: 'params', message: '"params" must be a mapping', severity: 'error' });
  }
  const ex = rule.examples as Record<string, unknown> | undefined;
  if (ex !== undefined) {
    const ok = typeof ex === 'object' && ex !== null && !Array.isArray(ex) &&
      Object.keys(ex).every((k) => (k === 'flagged' || k === 'clean') && isStrList(ex[k]));
    if (!ok) issues.push({ field: 'examples', message: '"examples" must be { flagged: [strings], clean: [strings] }', severity: 'error' });
  }
  if (KNOWN.kind.includes(String(rule.kind))) checkKindFields(rule, issues);
  if (issues.some((i) => i.severity === 'error')) return { issues };
  const def = { ...rule } as unknown as RuleDef;
  if (def.examples) def.examples = { flagged: def.examples.flagged ?? [], clean: def.examples.clean ?? [] };
  return { rule: def, issues };
}
