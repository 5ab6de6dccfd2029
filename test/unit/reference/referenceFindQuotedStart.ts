/**
 * findQuotedStart as it was before the first/last-character precheck (main d1fb856), kept as the
 * specification the precheck is checked against.
 */
import { plainSpaces, SHORT_LINE, type LineView } from '../../../src/engine/parse/lineView';

const HAS_DIGIT = /\d/;
const EN_WROTE = /\bwrote ?:$/i;
const FR_WROTE = /\ba ?écrit ?:$/i;
const OUTLOOK_FROM = /^(?:from|de|von) ?: ?\S/i;
const OUTLOOK_FIELD = /^(?:sent|date|to|cc|bcc|subject|envoyé|envoye|à|a|objet|cci|reply-to|répondre à) ?:/i;
const FORWARD = /^(?:begin forwarded message|début du message réexpédié|debut du message reexpedie) ?:?$/i;

function clean(v: LineView | undefined): string {
  return v && !v.blank && v.text.length <= SHORT_LINE ? plainSpaces(v.text) : '';
}

/** "On … wrote:" / "Le … a écrit :" on one line, or wrapped onto the next one. */
function isReplyHeader(views: readonly LineView[], i: number): boolean {
  const t = clean(views[i]);
  if (!t) return false;
  const lead = /^(?:on|le) /i.test(t);
  const wrote = EN_WROTE.test(t) || FR_WROTE.test(t);
  if (wrote && ((lead && HAS_DIGIT.test(t)) || (t.includes('@') && t.includes('<')))) return true;
  if (!lead || !HAS_DIGIT.test(t) || /[.?!]$/.test(t)) return false;
  const next = clean(views[i + 1]);
  return next.length > 0 && t.length + next.length <= SHORT_LINE && (EN_WROTE.test(next) || FR_WROTE.test(next));
}

/** "-----Original Message-----", "________________", or a From:/Sent:/To: (De :/Envoyé :/À :) block. */
function isOutlookHeader(views: readonly LineView[], i: number): boolean {
  const t = clean(views[i]);
  if (!t) return false;
  if (/^_{8,}$/.test(t) || FORWARD.test(t)) return true;
  if (t.startsWith('--') && t.endsWith('--') && /message|original|origine|transf/i.test(t)) return true;
  if (!OUTLOOK_FROM.test(t)) return false;
  let fields = 0;
  for (let k = i + 1; k < views.length && k <= i + 6; k++) {
    const f = clean(views[k]);
    if (!f) break;
    if (OUTLOOK_FIELD.test(f)) fields++;
  }
  return fields >= 2;
}

/**
 * Index (into `views`) of the line where the quoted earlier message starts, searching [from, to):
 * a reply header, an Outlook header, or a run of `>` lines that lasts to the end. -1 when none.
 */
export function referenceFindQuotedStart(views: readonly LineView[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (views[i].blank || views[i].quote) continue;
    if (isReplyHeader(views, i) || isOutlookHeader(views, i)) return i;
  }
  let run = -1;
  for (let i = to - 1; i >= from; i--) {
    if (views[i].quote) run = i;
    else if (!views[i].blank) break;
  }
  return run;
}
