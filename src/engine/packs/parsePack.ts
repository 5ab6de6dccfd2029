import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { PackDef, PackError, RuleDef } from '../types';
import { PACK_FIELDS, PACK_LANGS } from './knownValues';
import { validateRule } from './validateRule';

export interface ParsedPack {
  pack?: PackDef;
  errors: PackError[];
  /** 1-based line of each loaded rule in the file. */
  ruleLines: Record<string, number>;
}

type Pos = { line: number; col: number };

function nodePos(lc: LineCounter, node: unknown): Pos {
  const range = (node as YamlNode | undefined)?.range;
  return range ? lc.linePos(range[0]) : { line: 1, col: 1 };
}

/** Position of `key` in a mapping node (the key itself), else of the mapping. */
function fieldPos(lc: LineCounter, map: unknown, key: string | undefined): Pos {
  if (key && isMap(map)) {
    const pair = (map as YAMLMap).items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    if (pair) return nodePos(lc, pair.key);
  }
  return nodePos(lc, map);
}

/** Parses and validates one pack file (see TEAM.md "Pack format" and FORMAT.md). */
function parsePackUncached(yamlText: string, file: string): ParsedPack {
  const lc = new LineCounter();
  const errors: PackError[] = [];
  const ruleLines: Record<string, number> = {};
  const err = (pos: Pos, message: string, ruleId?: string, severity: 'error' | 'warning' = 'error'): void => {
    errors.push({ file, line: pos.line, col: pos.col, ...(ruleId ? { ruleId } : {}), message, severity });
  };
  const doc = parseDocument(yamlText, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    for (const e of doc.errors) err(e.linePos ? e.linePos[0] : lc.linePos(e.pos[0]), `YAML: ${e.message.split('\n')[0]}`);
    return { errors, ruleLines };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    err(nodePos(lc, root), 'a pack must be a YAML mapping with id, lang and rules');
    return { errors, ruleLines };
  }
  const data = doc.toJS() as Record<string, unknown>;
  for (const key of Object.keys(data)) if (!PACK_FIELDS.includes(key)) err(fieldPos(lc, root, key), `unknown pack field "${key}"`);
  if (typeof data.id !== 'string' || !data.id.trim()) err(fieldPos(lc, root, 'id'), 'missing required pack field "id"');
  let lang = data.lang;
  if (lang === undefined) {
    err(fieldPos(lc, root, undefined), 'missing pack field "lang" (en | fr | any); using "any"', undefined, 'warning');
    lang = 'any';
  } else if (typeof lang !== 'string' || !PACK_LANGS.includes(lang)) {
    err(fieldPos(lc, root, 'lang'), `unknown lang "${String(lang)}" (expected en, fr or any)`);
  }
  const rulesNode = root.get('rules', true);
  if (!isSeq(rulesNode)) err(fieldPos(lc, root, 'rules'), '"rules" must be a list of rules');
  if (errors.some((e) => e.severity === 'error')) return { errors, ruleLines };

  const rules: RuleDef[] = [];
  const rawRules = data.rules as unknown[];
  const items = isSeq(rulesNode) ? rulesNode.items : [];
  rawRules.forEach((raw, i) => {
    const node = items[i];
    const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
    const { rule, issues } = validateRule(raw);
    for (const issue of issues) err(fieldPos(lc, node, issue.field), issue.message, id, issue.severity);
    if (!rule) return;
    if (ruleLines[rule.id] !== undefined) {
      err(fieldPos(lc, node, 'id'), `duplicate rule id "${rule.id}" (first defined on line ${ruleLines[rule.id]})`, rule.id);
      return;
    }
    ruleLines[rule.id] = nodePos(lc, node).line;
    rules.push(rule);
  });
  const pack: PackDef = {
    id: String(data.id),
    lang: lang as PackDef['lang'],
    rules,
    ...(data.version !== undefined ? { version: String(data.version) } : {}),
    ...(typeof data.name === 'string' ? { name: data.name } : {}),
    ...(typeof data.description === 'string' ? { description: data.description } : {}),
  };
  return { pack, errors, ruleLines };
}

/** Recent results by file and text: rule sets are rebuilt on every team-pack edit, and built-in packs do not change. */
const parsed = new Map<string, ParsedPack>();
const PARSED_MAX = 256;

/**
 * Parses and validates one pack file (memoised on file name and text; callers must not mutate the result).
 * Bad YAML or a broken pack header → no pack; a broken rule → that rule is skipped.
 */
export function parsePack(yamlText: string, file: string): ParsedPack {
  const key = `${file}\0${yamlText}`;
  let result = parsed.get(key);
  if (!result) {
    result = parsePackUncached(yamlText, file);
    if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
    parsed.set(key, result);
  }
  return result;
}
