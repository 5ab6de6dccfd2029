#!/usr/bin/env node
// Builds messages.jsonl and README.md from messages.en.mjs / messages.fr.mjs, then runs check.mjs.
// Offsets are never written by hand: each quote is searched in the text (after the previous span's
// end), and the build fails if a quote is missing or text.slice(start, end) !== quote.
// Usage: node build.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import en from './messages.en.mjs';
import fr from './messages.fr.mjs';
import { check, SCRIPTED, AUTHENTIC, CHANNELS, BANDS } from './check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const NNBSP = '\u202F', NBSP = '\u00A0';

// French typography: narrow no-break space before ; ! ?, no-break space before : and inside « ».
const frTypo = (s) => s.replace(/ ([;!?])/g, `${NNBSP}$1`).replace(/ :/g, `${NBSP}:`)
  .replace(/« /g, `«${NBSP}`).replace(/ »/g, `${NBSP}»`);
const curly = (s) => s.replace(/'/g, '\u2019');

function build(src, lang) {
  const fix = (s) => { if (src.nbsp) s = frTypo(s); if (src.apos) s = curly(s); return s; };
  let text = src.text.normalize('NFC');
  const cut = src.ignore ? text.indexOf(src.ignore) : text.length;
  if (cut < 0) throw new Error(`${src.id}: ignore marker not found`);
  text = fix(text.slice(0, cut)) + text.slice(cut);
  let from = 0;
  const spans = src.spans.map(([category, q]) => {
    const quote = fix(q.normalize('NFC'));
    const start = text.indexOf(quote, from);
    if (start < 0) throw new Error(`${src.id}: quote not found after ${from}: ${JSON.stringify(quote)}`);
    const end = start + quote.length;
    if (text.slice(start, end) !== quote) throw new Error(`${src.id}: slice mismatch`);
    from = end;
    const kind = SCRIPTED.includes(category) ? 'scripted' : AUTHENTIC.includes(category) ? 'authentic' : null;
    if (!kind) throw new Error(`${src.id}: unknown category ${category}`);
    return { start, end, kind, category, quote };
  });
  const label = Object.keys(BANDS).find((l) => src.score >= BANDS[l][0] && src.score <= BANDS[l][1]);
  const msg = { id: src.id, lang, channel: src.channel };
  if (src.subject) msg.subject = src.subject;
  Object.assign(msg, { text, label, score: src.score, spans, notes: src.notes });
  return msg;
}

const msgs = [...en.map((m) => build(m, 'en')), ...fr.map((m) => build(m, 'fr'))];
const boundaries = Object.fromEntries([...en, ...fr].filter((m) => m.ignore).map((m) => [m.id, m.ignore]));
const errors = check(msgs, boundaries);
if (errors.length) { for (const e of errors) console.error('ERROR ' + e); process.exit(1); }
writeFileSync(join(here, 'messages.jsonl'), msgs.map((m) => JSON.stringify(m)).join('\n') + '\n');

// ---------------- README ----------------
const LANGS = ['en', 'fr'];
const LABELS = Object.keys(BANDS);
const count = (f) => msgs.filter(f).length;
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const nSpans = msgs.reduce((a, m) => a + m.spans.length, 0);
const srcById = Object.fromEntries([...en, ...fr].map((m) => [m.id, m]));
const isQuoted = (m) => /^(On .+ wrote:|Le .+ a écrit :|From: .+|De : .+)$/m.test(m.text);
const computed = {
  'quoted-reply': (m) => isQuoted(m),
  'non-bmp-emoji': (m) => /[\u{10000}-\u{10FFFF}]/u.test(m.text),
  'nbsp (U+00A0 / U+202F)': (m) => /[\u00A0\u202F]/.test(m.text),
  'typographic-apostrophe': (m) => m.text.includes('\u2019'),
  'no-spans': (m) => m.spans.length === 0,
  'no-subject email': (m) => m.channel === 'email' && !m.subject,
};
const tagIndex = {};
// Tags that duplicate a computed row are left out of the annotator table.
const COMPUTED_TAGS = new Set(['nbsp', 'typographic-apostrophe', 'quoted-reply', 'no-spans', 'merge-tag', 'guilt', 'gatekeeper', 'mass-blast']);
for (const m of msgs) for (const t of srcById[m.id].tags || []) if (!COMPUTED_TAGS.has(t)) (tagIndex[t] ||= []).push(m.id);
const bandsFine = [[0, 20, 'pure template'], [21, 40, 'template + thin veneer / generic'], [41, 60, 'mixed'], [61, 80, 'mostly personal, one scripted bit'], [81, 100, 'written for this one person']];

const readme = `# Held-out corpus (EN / FR): outreach authenticity

An independent **test** set for the Unscripted rules, in exactly the format of the development corpus
(\`/work/shared/corpus/dev/\`, see its README for the categories, guidelines, rubric and schema). Use it
to measure whether the rules generalise; do not tune rules on it.

## How it was written

- All ${msgs.length} messages were written from scratch for this set by one bilingual annotator, **without reading
  the rule packs (\`packs/\`) or the engine (\`src/\`)**, and without paraphrasing dev messages: the dev set was
  only used for its README (categories, guidelines, rubric, schema) and a handful of lines to see the format.
- Different industries, senders, structures and phrasing from the dev set: dental and veterinary software,
  roofing, freight audit, cold storage, school-bus routing, FinOps, lab LIMS, acoustic panels, farm solar,
  machine-shop toolholders, lead-pipe sensors, brewery canning; in French: expertise comptable, mutuelles,
  signalétique pour mairies, bennes, intérim BTP, cuves de vinification, fours de boulangerie, EHPAD,
  facture électronique, bornes de recharge (Belgique), CPE et audit transport (Québec), recrutement.
- Realistic sequence material: Lemlist/Apollo/Waalaxy-style steps, breakup and guilt follow-ups, recruiter
  InMails, « Je me permets », tutoiement growth-hacking, replies with quoted threads (Gmail EN/FR and
  Outlook EN/FR headers), signatures with taglines and department signatures, P.S. lines, emoji, typographic
  apostrophes, French no-break spaces (U+00A0 before « : » and inside « », U+202F before ; ! ?), Québec and
  Belgian French, merge tags in many syntaxes (\`*|FNAME|*\`, \`{{first_name}}\`, \`{Company}\`, \`{Industry}\`,
  \`%FIRSTNAME%\`, \`[First Name]\`, \`[Prénom]\`, \`[Entreprise]\`, \`{{firstName}}\`, \`%PRENOM%\`, \`<Entreprise>\`).
- Annotated with the dev guidelines: smallest phrase carrying the signal, no span in greetings, stock
  sign-offs, signatures or quoted earlier messages; scores assigned holistically with the dev rubric;
  \`label\` follows the score band. Notes (in the message's language) give the rationale and say what is ignored.
- Single annotator: treat ±10 points on scores and small boundary differences on spans as noise.

## Files

| file | what it is |
|---|---|
| \`messages.jsonl\` | ${msgs.length} annotated messages, same schema as the dev \`messages.jsonl\`; ids \`hen-001…hen-040\`, \`hfr-001…hfr-040\` |
| \`messages.en.mjs\`, \`messages.fr.mjs\` | source: text, score, notes, spans as \`[category, quote]\`, signature/quote boundary (\`ignore\`), hard-case tags |
| \`build.mjs\` | \`node build.mjs\`: computes UTF-16 offsets by searching each quote, applies French typography / curly apostrophes to body and quotes alike, runs the checker, writes \`messages.jsonl\` and this README |
| \`check.mjs\` | \`node check.mjs\`: slice === quote for every span, sorted/non-overlapping, no surrogate split, category/kind, label bands, connection notes ≤ 300, subject only on email, no span on a sign-off line, in a signature or in a quoted reply, notes mention ignored parts |

## Counts

**${msgs.length} messages** (${count((m) => m.lang === 'en')} EN, ${count((m) => m.lang === 'fr')} FR), **${nSpans} spans**.

### Label × language

${table(['label', 'en', 'fr', 'total'], [...LABELS.map((l) => [l, ...LANGS.map((g) => count((m) => m.label === l && m.lang === g)), count((m) => m.label === l)]),
  ['**total**', ...LANGS.map((g) => count((m) => m.lang === g)), msgs.length]])}

### Channel × language

${table(['channel', 'en', 'fr', 'total'], CHANNELS.map((c) => [c, ...LANGS.map((g) => count((m) => m.channel === c && m.lang === g)), count((m) => m.channel === c)]))}

Emails with a subject line: ${count((m) => m.subject)} of ${count((m) => m.channel === 'email')}.

### Channel × label

${table(['channel', ...LABELS], CHANNELS.map((c) => [c, ...LABELS.map((l) => count((m) => m.channel === c && m.label === l))]))}

### Score bands

${table(['band', 'meaning', 'en', 'fr', 'total'], bandsFine.map(([a, b, t]) => [`${a}–${b}`, t, ...LANGS.map((g) => count((m) => m.lang === g && m.score >= a && m.score <= b)), count((m) => m.score >= a && m.score <= b)]))}

### Span categories

\`spans\` = number of annotated spans; \`msgs\` = messages containing at least one.

${table(['kind', 'category', 'spans EN', 'spans FR', 'spans total', 'msgs'], [
  ...[...SCRIPTED.map((c) => ['scripted', c]), ...AUTHENTIC.map((c) => ['authentic', c])].map(([k, c]) => {
    const n = (g) => msgs.filter((m) => !g || m.lang === g).reduce((a, m) => a + m.spans.filter((s) => s.category === c).length, 0);
    return [k, `\`${c}\``, n('en'), n('fr'), n(), count((m) => m.spans.some((s) => s.category === c))];
  }),
  ...['scripted', 'authentic'].map((k) => {
    const n = (g) => msgs.filter((m) => !g || m.lang === g).reduce((a, m) => a + m.spans.filter((s) => s.kind === k).length, 0);
    return [`**${k}**`, '**all**', n('en'), n('fr'), n(), count((m) => m.spans.some((s) => s.kind === k))];
  })])}

## Hard-case index

Computed from the data:

${table(['tag', 'n', 'ids'], Object.entries({
  'quoted-reply': computed['quoted-reply'],
  'non-bmp-emoji': computed['non-bmp-emoji'],
  'nbsp (U+00A0 / U+202F)': computed['nbsp (U+00A0 / U+202F)'],
  'typographic-apostrophe': computed['typographic-apostrophe'],
  'no-spans': computed['no-spans'],
  'email without subject': computed['no-subject email'],
  'declared signature / quote boundary': (m) => !!srcById[m.id].ignore,
  'merge-tag span': (m) => m.spans.some((s) => s.category === 'merge-tag'),
  'gatekeeper-script span': (m) => m.spans.some((s) => s.category === 'gatekeeper-script'),
  'guilt-follow-up span': (m) => m.spans.some((s) => s.category === 'guilt-follow-up'),
  'pushy-cta with a calendar link': (m) => m.spans.some((s) => s.category === 'pushy-cta' && /(calendly|cal\.com|rdv\.|my calendar|mon agenda|ce lien)/i.test(s.quote)),
}).map(([t, f]) => { const ids = msgs.filter(f).map((m) => m.id); return [`\`${t}\``, ids.length, ids.join(', ')]; }))}

Annotator tags (from the \`tags\` field of the sources):

${table(['tag', 'n', 'ids'], Object.keys(tagIndex).sort().map((t) => [`\`${t}\``, tagIndex[t].length, tagIndex[t].join(', ')]))}

## Verification

\`\`\`
$ node build.mjs && node check.mjs
${msgs.length} messages, ${nSpans} spans checked (text.slice(start, end) === quote, UTF-16).
OK
\`\`\`
`;
writeFileSync(join(here, 'README.md'), readme);
console.log(`wrote ${msgs.length} messages, ${nSpans} spans; checks passed`);
