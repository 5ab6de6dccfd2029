import { findPair } from '../yamlPos';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node as YamlNode, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Small, surgical edits of a team config for the editor's quick fixes: the new text is spliced into the
 * file at the right place, so comments, quoting and layout elsewhere stay exactly as the team wrote them.
 */

/** The first line of a config created by a quick fix. */
export const NEW_CONFIG_HEADER = '# Unscripted team config: see "Share a playbook with your team" in the README.\n';

interface Splice {
  at: number;
  end?: number;
  text: string;
}

function apply(text: string, s: Splice): string {
  const base = text === '' ? NEW_CONFIG_HEADER : text;
  const shift = base.length - text.length;
  return base.slice(0, s.at + shift) + s.text + base.slice((s.end ?? s.at) + shift);
}

function load(text: string): Document {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`cannot edit a config with YAML errors (${doc.errors[0].message.split('\n')[0]})`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new Error('the config is not a YAML mapping');
  return doc;
}

const range = (node: unknown): [number, number, number] => (node as YamlNode).range!;
const indentAt = (text: string, pos: number): string => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', pos - 1) + 1))![0];
const plain = (value: string): string => stringify(value).trimEnd();

/** A value for a top-level key written with none (`accept:`), right after its colon. */
function afterKey(doc: Document, key: string, value: string): Splice {
  const at = range(findPair(doc.contents, key)!.key)[1] + 1;
  return { at, text: ` ${value}` };
}

/** Appends `key: value` to the end of the file (a new top-level block). */
function appendTopLevel(text: string, block: string): Splice {
  return { at: text.length, text: (text === '' || text.endsWith('\n') ? '' : '\n') + block };
}

/** A new last entry of a collection: `- item` / `key: value` lines for a block one, `, item` before the bracket of a flow one. */
function appendEntry(text: string, node: YAMLSeq | YAMLMap, blockLine: string, flowItem: string): Splice {
  const [start, valueEnd, nodeEnd] = range(node);
  if (node.flow) {
    const close = text.lastIndexOf(isSeq(node) ? ']' : '}', valueEnd);
    const before = text.slice(start + 1, close).trimEnd();
    return { at: start + 1 + before.length, end: close, text: `${before.length ? ', ' : ''}${flowItem}${isSeq(node) ? '' : ' '}` };
  }
  const first = node.items[0] as { key?: unknown; range?: unknown };
  const indent = indentAt(text, range(isMap(node) ? first.key : first)[0]);
  return { at: nodeEnd, text: (text[nodeEnd - 1] === '\n' ? '' : '\n') + indent + blockLine + '\n' };
}

/**
 * A phrase as the team `accept` list should hold it: the text of a finding, with the characters the phrase
 * syntax reads as operators (`( ) [ ] | { }`, a lone `*`, a trailing `~`) turned into spaces.
 */
export function phraseForAccept(text: string): string {
  return text.replace(/[()[\]|{}]/g, ' ').replace(/(^|\s)\*(?=\s|$)/g, ' ').replace(/~(?=\s|$)/g, '').replace(/\s+/g, ' ').trim();
}

/** Adds a phrase to `accept` (kept once, case-insensitively). */
export function addAcceptedPhrase(text: string, phrase: string): string {
  const doc = load(text);
  const list = doc.get('accept', true);
  const same = (v: unknown) => typeof v === 'string' && v.trim().toLowerCase() === phrase.trim().toLowerCase();
  if (list === undefined) return apply(text, appendTopLevel(text, `accept:\n  - ${plain(phrase)}\n`));
  if (isScalar(list) && list.value === null) return apply(text, afterKey(doc, 'accept', `[${JSON.stringify(phrase)}]`));
  if (!isSeq(list)) throw new Error('"accept" is not a list');
  if (list.items.some((item) => isScalar(item) && same(item.value))) return text;
  if (list.items.length === 0 && !list.flow) throw new Error('"accept" is an empty block list');
  return apply(text, appendEntry(text, list, `- ${plain(phrase)}`, JSON.stringify(phrase)));
}

/** Turns a rule off for the team under `rules:` (`id: off`, or `enabled: false` in an existing override). */
export function disableRuleInConfig(text: string, ruleId: string): string {
  const doc = load(text);
  const rules = doc.get('rules', true);
  if (rules === undefined) return apply(text, appendTopLevel(text, `rules:\n  ${ruleId}: off\n`));
  if (isScalar(rules) && rules.value === null) return apply(text, afterKey(doc, 'rules', `{ ${ruleId}: off }`));
  if (!isMap(rules)) throw new Error('"rules" is not a mapping');
  const entry = rules.get(ruleId, true) as unknown;
  if (entry === undefined) return apply(text, appendEntry(text, rules, `${ruleId}: off`, `${ruleId}: off`));
  if (isScalar(entry)) return apply(text, { at: range(entry)[0], end: range(entry)[1], text: 'off' });
  if (!isMap(entry)) throw new Error(`"rules.${ruleId}" is not an override`);
  const enabled = entry.get('enabled', true);
  if (isScalar(enabled)) return apply(text, { at: range(enabled)[0], end: range(enabled)[1], text: 'false' });
  if (entry.items.length === 0) return apply(text, { at: range(entry)[0], end: range(entry)[1], text: 'off' });
  return apply(text, appendEntry(text, entry, 'enabled: false', 'enabled: false'));
}
