#!/usr/bin/env node
// Short checker for the held-out corpus. Usage: node check.mjs [messages.jsonl]
// Exit code 0 = pass. Also exported as check(messages, boundaries) for build.mjs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const SCRIPTED = ['cliche-opener', 'fake-personalization', 'gatekeeper-script', 'filler', 'jargon-buzzword', 'hype',
  'pushy-cta', 'false-urgency', 'self-centered', 'generic-value-prop', 'merge-tag', 'mass-blast', 'guilt-follow-up'];
export const AUTHENTIC = ['specific-reference', 'concrete-detail', 'honest-reason', 'genuine-question', 'low-pressure-ask', 'own-voice'];
export const CHANNELS = ['email', 'linkedin-connection', 'linkedin-message', 'inmail'];
export const BANDS = { scripted: [0, 40], mixed: [41, 60], authentic: [61, 100] };
const KEYS = ['id', 'lang', 'channel', 'subject', 'text', 'label', 'score', 'spans', 'notes'];
const QUOTE_HEADERS = [/^On .+ wrote:$/m, /^Le .+ a écrit :$/m, /^From: .+\nSent: /m, /^De : .+\nEnvoyé : /m];
// A line that is only a valediction: no span may touch it.
const SIGNOFF = /^(Best|Best regards|Kind regards|Regards|Warm regards|Cheers|Thanks|Thank you|Cordialement|Bien cordialement|Bien à vous|Belle journée|Bonne journée|À très vite|À bientôt|À tantôt|Au plaisir|Merci et bonne journée|Excellente journée à vous|Dans l'attente de votre retour)(,|[ \u00a0\u202f]?!)?$/gm;

export function check(msgs, boundaries = {}) {
  const errors = [];
  const err = (id, m) => errors.push(`${id}: ${m}`);
  const ids = new Set();
  for (const m of msgs) {
    const id = m.id;
    if (ids.has(id)) err(id, 'duplicate id'); ids.add(id);
    for (const k of Object.keys(m)) if (!KEYS.includes(k)) err(id, `unexpected key ${k}`);
    if (!/^h(en|fr)-\d{3}$/.test(id) || id.slice(1, 3) !== m.lang) err(id, 'bad id or lang');
    if (!CHANNELS.includes(m.channel)) err(id, `bad channel ${m.channel}`);
    if ('subject' in m && (m.channel !== 'email' || !m.subject)) err(id, 'subject only on email');
    const t = m.text;
    if (t !== t.normalize('NFC') || t !== t.trim() || /[\r\u200b-\u200d\ufeff]/.test(t)) err(id, 'text not NFC/trimmed/clean');
    if (m.channel === 'linkedin-connection' && t.length > 300) err(id, `connection note ${t.length} > 300`);
    const band = BANDS[m.label];
    if (!band || !Number.isInteger(m.score) || m.score < band[0] || m.score > band[1]) err(id, `score ${m.score} / label ${m.label}`);
    if (typeof m.notes !== 'string' || m.notes.length < 30) err(id, 'notes too short');
    // Region that must stay unannotated: quoted reply (detected) and signature (declared).
    let limit = t.length, quoted = false;
    for (const re of QUOTE_HEADERS) { const x = re.exec(t); if (x && x.index < limit) { limit = x.index; quoted = true; } }
    if (quoted && !/ignor/i.test(m.notes)) err(id, 'quoted reply not mentioned as ignored in notes');
    if (boundaries[id]) {
      const k = t.indexOf(boundaries[id]);
      if (k < 0) err(id, 'declared boundary not in text'); else limit = Math.min(limit, k);
      if (!/ignor/i.test(m.notes)) err(id, 'signature/quote not mentioned as ignored in notes');
    }
    const signoffs = [...t.matchAll(SIGNOFF)].map((x) => [x.index, x.index + x[0].length]);
    let prev = -1;
    for (const s of m.spans) {
      const where = `${id} ${JSON.stringify(s.quote)}`;
      if (Object.keys(s).join() !== 'start,end,kind,category,quote') err(where, 'span keys');
      if (t.slice(s.start, s.end) !== s.quote) err(where, `slice mismatch: ${JSON.stringify(t.slice(s.start, s.end))}`);
      if (!s.quote || s.quote !== s.quote.trim()) err(where, 'empty or untrimmed quote');
      const kind = SCRIPTED.includes(s.category) ? 'scripted' : AUTHENTIC.includes(s.category) ? 'authentic' : null;
      if (!kind || kind !== s.kind) err(where, `category/kind ${s.category}/${s.kind}`);
      if (s.start < prev) err(where, 'overlap or unsorted');
      prev = s.end;
      if (s.end > limit) err(where, 'inside signature or quoted reply');
      const lo = t.charCodeAt(s.start), hi = t.charCodeAt(s.end - 1);
      if ((lo >= 0xdc00 && lo <= 0xdfff) || (hi >= 0xd800 && hi <= 0xdbff)) err(where, 'splits a surrogate pair');
      for (const [a, b] of signoffs) if (s.start < b && a < s.end) err(where, 'touches a sign-off line');
    }
  }
  return errors;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const file = process.argv[2] || join(here, 'messages.jsonl');
  const msgs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const boundaries = {};
  for (const f of ['messages.en.mjs', 'messages.fr.mjs']) {
    for (const m of (await import(join(here, f))).default) if (m.ignore) boundaries[m.id] = m.ignore;
  }
  const errors = check(msgs, boundaries);
  const n = msgs.reduce((a, m) => a + m.spans.length, 0);
  console.log(`${msgs.length} messages, ${n} spans checked (text.slice(start, end) === quote, UTF-16).`);
  for (const e of errors) console.error('ERROR ' + e);
  console.log(errors.length ? `FAIL: ${errors.length} error(s)` : 'OK');
  process.exit(errors.length ? 1 : 0);
}
