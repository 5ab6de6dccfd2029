import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { PackError } from '../types';
import { fieldPos, findPair, nodePos, type YamlPos } from '../yamlPos';
import { CONFIG_KEYS, REJECT_KEYS, type PackEntry, type RejectEntry, type TeamConfig } from './configTypes';
import { parseRuleOverride } from './parseRuleOverride';
import { isCategory, isSeverity } from './configValues';

/** `ref@1.2.0` → { ref, pin }. `npm:@scope/name` keeps its scope `@`; the suffix must look like a version. */
export function splitPin(entry: string): { ref: string; pin?: string } {
  const at = entry.lastIndexOf('@');
  if (at <= 0 || entry[at - 1] === ':' || entry[at - 1] === '/') return { ref: entry };
  const pin = entry.slice(at + 1);
  if (!/^(\^|~|>=|=)?(\d+|x|\*)(\.(\d+|x|\*)){0,2}(-[0-9A-Za-z.-]+)?$/.test(pin)) return { ref: entry };
  return { ref: entry.slice(0, at), pin };
}

/**
 * Parses one `.unscripted.yaml`. Problems are reported with file, line and column; what can be read is kept
 * (a bad `rules` entry does not lose the `packs` list). An empty file is a valid, empty config.
 */
export function parseConfig(text: string, file: string): { config?: TeamConfig; errors: PackError[] } {
  const lc = new LineCounter();
  const errors: PackError[] = [];
  const report = (pos: YamlPos, message: string, severity: 'error' | 'warning' = 'error'): void => {
    errors.push({ file, line: pos.line, col: pos.col, message, severity });
  };
  const at = (node: unknown) => ({ file, ...nodePos(lc, node) });
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors) report(lc.linePos(e.pos[0]), `YAML: ${e.message.split('\n')[0]}`);
    return { errors };
  }
  const config: TeamConfig = { file, extends: [], rules: {}, accept: [], reject: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config, errors };
  if (!isMap(root)) {
    report(nodePos(lc, root), 'a config must be a YAML mapping (packs, extends, rules, accept, reject)');
    return { errors };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      report(nodePos(lc, pair.key), `unknown config field "${key}" (expected one of: ${CONFIG_KEYS.join(', ')})`);
    }
  }

  const strings = (key: string, allowOne: boolean): { value: string; node: unknown }[] | undefined => {
    const node = findPair(root, key)?.value;
    if (node === undefined) return undefined;
    if (allowOne && isScalar(node) && typeof node.value === 'string') return [{ value: node.value, node }];
    if (!isSeq(node)) {
      report(fieldPos(lc, root, key), `"${key}" must be a list${allowOne ? ' or a string' : ''}`);
      return [];
    }
    const out: { value: string; node: unknown }[] = [];
    for (const item of node.items) {
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) out.push({ value: item.value, node: item });
      else if (key !== 'reject' || !isMap(item)) report(nodePos(lc, item), `each "${key}" entry must be a non-empty string`);
    }
    return out;
  };
  const entries = (key: 'extends' | 'packs'): PackEntry[] | undefined =>
    strings(key, true)?.map(({ value, node }) => ({ ...splitPin(value.trim()), pos: at(node) }));

  const rootNode = findPair(root, 'root')?.value;
  if (rootNode !== undefined) {
    if (isScalar(rootNode) && typeof rootNode.value === 'boolean') config.root = rootNode.value;
    else report(fieldPos(lc, root, 'root'), '"root" must be true or false');
  }
  config.extends = entries('extends') ?? [];
  const packs = entries('packs');
  if (packs) config.packs = packs;
  config.accept = (strings('accept', false) ?? []).map(({ value, node }) => ({ phrase: value, pos: at(node) }));

  const rejectNode = findPair(root, 'reject')?.value;
  config.reject = (strings('reject', false) ?? []).map(({ value, node }) => ({ phrase: value, pos: at(node) }));
  if (isSeq(rejectNode)) {
    for (const item of rejectNode.items) {
      if (!isMap(item)) continue;
      const entry = parseRejectMap(item.toJSON() as Record<string, unknown>, (key, message) => report(fieldPos(lc, item, key), message));
      if (entry) config.reject.push({ ...entry, pos: at(item) });
    }
  }

  const rulesNode = findPair(root, 'rules')?.value;
  if (rulesNode !== undefined) {
    if (!isMap(rulesNode)) report(fieldPos(lc, root, 'rules'), '"rules" must be a mapping of rule id → override');
    else {
      for (const pair of rulesNode.items) {
        const id = isScalar(pair.key) ? String(pair.key.value) : '';
        const override = parseRuleOverride(pair.value, lc, (pos, message) => report(pos, `rules.${id}: ${message}`));
        if (override) config.rules[id] = { ...override, pos: at(pair.key) };
      }
    }
  }
  return { config, errors };
}

function parseRejectMap(raw: Record<string, unknown>, report: (key: string | undefined, message: string) => void): RejectEntry | undefined {
  let ok = true;
  for (const key of Object.keys(raw)) {
    if (!(REJECT_KEYS as readonly string[]).includes(key)) {
      report(key, `unknown reject field "${key}" (expected one of: ${REJECT_KEYS.join(', ')})`);
      ok = false;
    }
  }
  const { phrase, message, category, severity } = raw;
  if (typeof phrase !== 'string' || !phrase.trim()) return void report(undefined, 'a reject entry needs "phrase"');
  const fail = (key: string, text: string): void => {
    report(key, text);
    ok = false;
  };
  if (message !== undefined && typeof message !== 'string') fail('message', '"message" must be a string');
  if (category !== undefined && !isCategory(category)) fail('category', `unknown category "${String(category)}"`);
  if (severity !== undefined && !isSeverity(severity)) fail('severity', `unknown severity "${String(severity)}"`);
  if (!ok) return undefined;
  return {
    phrase,
    ...(typeof message === 'string' ? { message } : {}),
    ...(isCategory(category) ? { category } : {}),
    ...(isSeverity(severity) ? { severity } : {}),
  };
}
