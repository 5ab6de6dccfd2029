import type { Span } from '../types';

/** Field words that name a merge-tag slot (EN + FR), compared without accents. */
const FIELD_WORDS = [
  'first name', 'firstname', 'fname', 'last name', 'lastname', 'lname', 'full name', 'name', 'your name', 'my name', 'contact',
  'company', 'company name', 'organization', 'organisation', 'account', 'industry', 'sector', 'title', 'job title', 'role', 'position',
  'city', 'location', 'country', 'website', 'url', 'link', 'product', 'competitor', 'pain point', 'event', 'date', 'sender', 'recipient',
  'prenom', 'nom', 'entreprise', 'societe', 'nom de l entreprise', 'nom de la societe', 'secteur', 'poste', 'fonction', 'ville', 'titre',
  'produit', 'lien', 'evenement', 'concurrent', 'client', 'insert', 'inserer',
];
const FIELD_RE = new RegExp(`(?:^|\\s)(?:${FIELD_WORDS.map((w) => w.replace(/ /g, '\\s')).join('|')})(?=\\s|$)`);

function normalise(content: string): string {
  return content
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-.'’]+/g, ' ')
    .trim();
}

/** ALL-CAPS (≥ 2 letters), snake_case or camelCase: looks like a template variable. */
const TOKEN_LIKE = /^(?:[A-Z][A-Z0-9_]+|[a-z]+(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+|[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+)$/;

/** True when bracketed content looks like a merge-tag slot rather than an aside like [sic] or [1]. */
export function isPlaceholderContent(content: string): boolean {
  const c = content.trim();
  if (!c || c.length > 40 || /^[\d\s.,^*]+$/.test(c) || c.split(/\s+/).length > 5) return false;
  if (/[@/:]/.test(c)) return false; // e-mail address, URL
  if (TOKEN_LIKE.test(c)) return true;
  return FIELD_RE.test(' ' + normalise(c) + ' ');
}

/** Each built-in syntax with a literal every match contains (no literal in the text: the regex is not run). */
const ALWAYS: { re: RegExp; needs: string }[] = [
  { re: /\{\{\s*[^{}\n]{1,40}?\s*\}\}/gu, needs: '{{' }, // {{first_name}}
  { re: /\*\|[A-Z0-9_:]{1,30}\|\*/gu, needs: '*|' }, // *|FNAME|*
  { re: /\[\[\s*[^[\]\n]{1,40}?\s*\]\]/gu, needs: '[[' }, // [[name]]
  { re: /(?<![\p{L}\p{N}])X{3,}(?![\p{L}\p{N}])/gu, needs: 'XXX' }, // XXX
];
/** Delimited candidates checked with isPlaceholderContent. */
const CANDIDATES: { re: RegExp; needs: string; inner: (m: RegExpExecArray, text: string) => boolean }[] = [
  { re: /(?<![{$])\{([^{}\n]{1,40})\}(?!\})/gu, needs: '{', inner: (m) => isPlaceholderContent(m[1]) },
  { re: /(?<!\[)\[([^[\]\n]{1,40})\](?![\[(\]])/gu, needs: '[', inner: (m) => !m[1].startsWith('^') && isPlaceholderContent(m[1]) },
  { re: /<([^<>\n@]{1,40})>/gu, needs: '<', inner: (m) => !/^[!/?a-z][a-z0-9-]*(\s|$)/.test(m[1]) && isPlaceholderContent(m[1]) },
  { re: /%([\p{L}_][\p{L}\p{N}_]{1,30})%/gu, needs: '%', inner: (m) => isPlaceholderContent(m[1]) || /^[\p{Lu}_]+$/u.test(m[1]) },
];
/** A character every built-in syntax starts or contains: a text without any has no built-in placeholder. */
const ANY_DELIMITER = /[{*[X<%]/;

/** Leftover merge tags in `text` (offsets + `offset`), sorted, non-overlapping. */
export function findPlaceholders(text: string, offset: number, extra: RegExp[] = []): Span[] {
  const spans: Span[] = [];
  if (!ANY_DELIMITER.test(text)) {
    if (extra.length === 0) return spans;
    return nonOverlapping(scanAll(extra, text, offset, spans));
  }
  scanAll(ALWAYS.filter((a) => text.includes(a.needs)).map((a) => a.re), text, offset, spans);
  scanAll(extra, text, offset, spans);
  for (const { re, needs, inner } of CANDIDATES) {
    if (!text.includes(needs)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (inner(m, text)) spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return nonOverlapping(spans);
}

/** Every non-empty match of each global RegExp, in order of the list (then of the text). */
function scanAll(list: RegExp[], text: string, offset: number, spans: Span[]): Span[] {
  for (const re of list) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      spans.push({ start: offset + m.index, end: offset + m.index + m[0].length });
    }
  }
  return spans;
}

/** Sorted by start (longest first at a start), keeping the first of overlapping spans. */
export function nonOverlapping(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
