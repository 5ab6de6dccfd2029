/**
 * Measures the parse and language steps on an annotated corpus (JSON Lines, the format of
 * ../shared/corpus/dev/messages.jsonl) and on generated 1 MB inputs. Reads the corpus at run time;
 * hard-case ids come from the README beside it.
 *   node out/test/tools/measure-parse.js [corpus.jsonl]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { detectLanguage } from '../../src/engine/language/detectLanguage';
import { parseDocument } from '../../src/engine/parse/parseDocument';
import type { Segment, SegmentKind } from '../../src/engine/types';

interface GoldSpan { start: number; end: number; category: string; quote: string }
interface Message { id: string; lang: string; text: string; spans: GoldSpan[] }

const DEFAULTS = ['../shared/corpus/dev/messages.jsonl', '../../shared/corpus/dev/messages.jsonl'];
const file = process.argv[2] ?? DEFAULTS.find((p) => existsSync(p)) ?? DEFAULTS[0];
const messages: Message[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Ids listed for a tag in the README's hard-case table (`| \`tag\` | … | n | ids |`). */
function tagged(tag: string): string[] {
  const readme = join(dirname(file), 'README.md');
  if (!existsSync(readme)) return [];
  const row = readFileSync(readme, 'utf8').split('\n').find((l) => l.startsWith(`| \`${tag}\``));
  return row ? (row.match(/\b(?:en|fr)-\d{3}\b/g) ?? []) : [];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const pct = (n: number, d: number): string => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '–'}%)`;
const verbose = process.env.VERBOSE === '1';

let langOk = 0;
let firstOk = 0;
let multiDraft = 0;
const wrongLang: string[] = [];
const wrongFirst: string[] = [];
let threeOk = 0;
const wrongThree: string[] = [];
const segs = new Map<string, Segment[]>();
for (const m of messages) {
  const drafts = parseDocument(m.text);
  if (drafts.length !== 1) multiDraft++;
  const d = drafts[0];
  segs.set(m.id, drafts.flatMap((x) => x.segments));
  if (d.lang === m.lang) langOk++;
  else wrongLang.push(`${m.id}(${d.langConfidence})`);
  const first = d.sentences.find((s) => d.segments[s.segment].kind !== 'greeting');
  const sentence = first ? m.text.slice(first.start, first.end) : '';
  if (detectLanguage(sentence).lang === m.lang) firstOk++;
  else wrongFirst.push(m.id + (verbose ? ` «${sentence}»` : ''));
  const words = sentence.split(/\s+/).slice(0, 3).join(' ');
  if (detectLanguage(words).lang === m.lang) threeOk++;
  else wrongThree.push(m.id + (verbose ? ` «${words}»` : ''));
}

function countIn(kinds: SegmentKind[]): { n: number; byCategory: Record<string, number>; where: string[] } {
  const byCategory: Record<string, number> = {};
  const where: string[] = [];
  let n = 0;
  for (const m of messages) {
    for (const span of m.spans) {
      const seg = segs.get(m.id)!.find((s) => kinds.includes(s.kind) && overlaps(s, span));
      if (!seg) continue;
      n++;
      byCategory[span.category] = (byCategory[span.category] ?? 0) + 1;
      where.push(`${m.id}:${seg.kind}:${span.category}` + (verbose ? ` «${span.quote}»` : ''));
    }
  }
  return { n, byCategory, where };
}

const has = (ids: string[], kind: SegmentKind): string[] => ids.filter((id) => segs.get(id)?.some((s) => s.kind === kind));
const quotedIds = tagged('quoted-reply');
const signatureIds = tagged('signature');
const signoffIds = tagged('stock-signoff');
const uncoached = countIn(['signature', 'quoted', 'subject', 'frontmatter']);
const politeness = countIn(['greeting', 'signoff']);
const totalSpans = messages.reduce((n, m) => n + m.spans.length, 0);

console.log(`corpus: ${file} — ${messages.length} messages, ${totalSpans} gold spans; messages parsed into ≠1 draft: ${multiDraft}`);
console.log(`language accuracy (whole text, no override): ${pct(langOk, messages.length)}  wrong: ${wrongLang.join(' ') || '–'}`);
console.log(`language accuracy (first sentence after greeting): ${pct(firstOk, messages.length)}  wrong: ${wrongFirst.join(' ') || '–'}`);
console.log(`language accuracy (first 3 words of that sentence): ${pct(threeOk, messages.length)}  wrong: ${wrongThree.join(' ') || '–'}`);
const quotedHit = has(quotedIds, 'quoted');
console.log(`quoted-reply messages with a quoted segment: ${pct(quotedHit.length, quotedIds.length)}  missing: ${quotedIds.filter((i) => !quotedHit.includes(i)).join(' ') || '–'}`);
const quotedElsewhere = [...segs].filter(([id, s]) => !quotedIds.includes(id) && s.some((x) => x.kind === 'quoted')).map(([id]) => id);
console.log(`other messages with a quoted segment (false alarms): ${quotedElsewhere.length} ${quotedElsewhere.join(' ')}`);
const sigHit = has(signatureIds, 'signature');
console.log(`signature messages with a signature segment: ${pct(sigHit.length, signatureIds.length)}  missing: ${signatureIds.filter((i) => !sigHit.includes(i)).join(' ') || '–'}`);
const signoffHit = has(signoffIds, 'signoff');
console.log(`stock-signoff messages with a signoff segment: ${pct(signoffHit.length, signoffIds.length)}  missing: ${signoffIds.filter((i) => !signoffHit.includes(i)).join(' ') || '–'}`);
console.log(`gold spans touching signature/quoted/subject/frontmatter: ${uncoached.n}  ${uncoached.where.join(' ')}`);
console.log(`gold spans touching greeting/signoff: ${politeness.n}  by category: ${JSON.stringify(politeness.byCategory)}`);
if (verbose) console.log(`  ${politeness.where.join('\n  ')}`);

// Speed: 1 MB inputs of different shapes.
const sample = messages.slice(0, 20).map((m) => m.text).join('\n\n');
const inputs: Record<string, string> = {
  '1 MB corpus text, many drafts (---)': repeat(sample + '\n---\n', 1 << 20),
  '1 MB single line of prose': repeat('We met at the fair. Your stand had 3.5 m² of e.g. sensors, right? ', 1 << 20),
  '1 MB single line, no punctuation': repeat('word ', 1 << 20),
  '1 MB of "<!--" and braces': repeat('<!-- {{x} [a] -- > <!- ', 1 << 20),
  '1 MB CRLF short lines': repeat('Best,\r\nSam\r\n> quote\r\n', 1 << 20),
};
for (const [name, text] of Object.entries(inputs)) {
  const t0 = process.hrtime.bigint();
  const drafts = parseDocument(text);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`speed: ${name}: ${ms.toFixed(0)} ms (${drafts.length} drafts)`);
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
