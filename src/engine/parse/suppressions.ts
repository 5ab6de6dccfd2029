import type { Span, Suppression } from '../types';
import { lineIndexAt, type Line } from './lines';

/** Directive names, EN and FR spellings (with and without the accent), to scope. */
const DIRECTIVES: Record<string, Suppression['scope']> = {
  'disable-next-line': 'next-line',
  'desactiver-ligne-suivante': 'next-line',
  'désactiver-ligne-suivante': 'next-line',
  'disable-line': 'line',
  'desactiver-ligne': 'line',
  'désactiver-ligne': 'line',
  disable: 'file',
  desactiver: 'file',
  désactiver: 'file',
};

const PREFIX = 'unscripted-';
const MAX_COMMENT = 2000;

/**
 * Reads `<!-- unscripted-disable-next-line rule-a rule-b -->` and its siblings from HTML comments.
 * Rule ids are separated by spaces or commas; none means all rules. Lines are 0-based document lines.
 */
export function parseSuppressions(text: string, comments: readonly Span[], lines: readonly Line[]): Suppression[] {
  const out: Suppression[] = [];
  for (const c of comments) {
    if (c.end - c.start > MAX_COMMENT) continue;
    const body = text.slice(c.start + 4, c.end - 3).trim();
    if (body.slice(0, PREFIX.length).toLowerCase() !== PREFIX) continue;
    const words = body.split(/[\s,]+/).filter((w) => w.length > 0);
    const directive = words[0].slice(PREFIX.length).toLowerCase().normalize('NFC');
    const scope = DIRECTIVES[directive];
    if (!scope) continue;
    const line = lineIndexAt(lines, c.start);
    const endLine = lineIndexAt(lines, c.end);
    const targetLine = scope === 'file' ? -1 : scope === 'line' ? line : Math.min(endLine + 1, lines.length - 1);
    out.push({ start: c.start, end: c.end, scope, ruleIds: words.slice(1), targetLine });
  }
  return out;
}
