import type { FrontMatter, Recipient } from '../types';
import { normalizeChannel, normalizeLang } from './aliases';
import { isJsSpace } from '../language/charClass';
import type { Line } from './lines';

/** A front-matter block: `---`, `key: value` lines (with an indented `to:` block), `---`. */
export interface FrontMatterBlock {
  frontMatter: FrontMatter;
  /** Line index of the opening and of the closing `---`. */
  firstLine: number;
  lastLine: number;
}

const MAX_LINES = 80;
const MAX_LINE_LENGTH = 2000;
const KEY_LINE = /^([A-Za-z_][\w.-]{0,40})[ \t]*:(?:[ \t]+(.*))?$/;
const RECIPIENT_KEYS = new Set(['name', 'company', 'role', 'notes']);

export function isDashLine(text: string, line: Line): boolean {
  const n = line.end - line.start;
  if (n < 3 || n >= 40) return false;
  // Trimmed, the line is "---": it starts with "-" or white space (no copy for the other lines).
  const c = text.charCodeAt(line.start);
  return (c === 45 || isJsSpace(c)) && text.slice(line.start, line.end).trim() === '---';
}

/** Parses a front-matter block opening at `lines[at]`; undefined when the lines there are not one. */
export function parseFrontMatter(text: string, lines: readonly Line[], at: number): FrontMatterBlock | undefined {
  if (!isDashLine(text, lines[at])) return undefined;
  const entries: { key: string; value: string; children: string[] }[] = [];
  const last = Math.min(lines.length, at + 1 + MAX_LINES);
  for (let i = at + 1; i < last; i++) {
    const line = lines[i];
    if (line.end - line.start > MAX_LINE_LENGTH) return undefined;
    const raw = text.slice(line.start, line.end);
    const trimmed = raw.trim();
    if (trimmed === '---' || trimmed === '...') {
      return entries.length > 0 ? { frontMatter: toFrontMatter(entries), firstLine: at, lastLine: i } : undefined;
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indented = raw.charCodeAt(0) === 32 || raw.charCodeAt(0) === 9;
    if (indented && entries.length > 0) {
      entries[entries.length - 1].children.push(trimmed);
      continue;
    }
    const m = KEY_LINE.exec(trimmed);
    if (!m) return undefined;
    entries.push({ key: m[1].toLowerCase(), value: unquote(m[2] ?? ''), children: [] });
  }
  return undefined;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
  return v;
}

function toFrontMatter(entries: { key: string; value: string; children: string[] }[]): FrontMatter {
  const fm: FrontMatter = { extra: {} };
  for (const { key, value, children } of entries) {
    const joined = blockScalar(value, children);
    switch (key) {
      case 'channel': {
        const channel = normalizeChannel(joined);
        if (channel) fm.channel = channel;
        else fm.extra[key] = joined;
        break;
      }
      case 'lang':
      case 'language':
      case 'langue': {
        const lang = normalizeLang(joined);
        if (lang) fm.lang = lang;
        else fm.extra[key] = joined;
        break;
      }
      case 'subject':
      case 'objet':
        fm.subject = joined;
        break;
      case 'premium':
        fm.premium = /^(true|yes|oui|1|on)$/i.test(joined);
        break;
      case 'to':
      case 'à':
        fm.to = recipient(value, children);
        break;
      default:
        fm.extra[key] = joined;
    }
  }
  return fm;
}

/** `key: |` / `key: >` followed by indented lines, or a plain value continued on indented lines. */
function blockScalar(value: string, children: string[]): string {
  if (children.length === 0) return value;
  if (/^[|>][+-]?$/.test(value)) return children.join(value[0] === '|' ? '\n' : ' ');
  return [value, ...children].filter((s) => s.length > 0).join(' ');
}

function recipient(value: string, children: string[]): Recipient {
  const to: Recipient = {};
  const flow = /^\{(.*)\}$/.exec(value);
  const pairs = flow ? flow[1].split(',') : children;
  if (!flow && value !== '') {
    to.name = value;
    return to;
  }
  let lastKey: keyof Recipient | undefined;
  for (const pair of pairs) {
    const m = KEY_LINE.exec(pair.trim());
    const key = m?.[1].toLowerCase();
    if (m && key && RECIPIENT_KEYS.has(key)) {
      lastKey = key as keyof Recipient;
      const v = unquote(m[2] ?? '');
      if (!/^[|>][+-]?$/.test(v)) to[lastKey] = v;
    } else if (m) {
      lastKey = undefined; // an unknown recipient key is ignored
    } else if (lastKey) {
      // Continuation of a multi-line value (block scalar under `notes: |`).
      const prev = to[lastKey];
      to[lastKey] = prev ? `${prev}\n${pair.trim()}` : pair.trim();
    }
  }
  return to;
}
