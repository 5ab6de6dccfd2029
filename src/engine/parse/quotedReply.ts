import { plainSpaces, SHORT_LINE, type LineView } from './lineView';

const HAS_DIGIT = /\d/;
const EN_WROTE = /\bwrote ?:$/i;
const FR_WROTE = /\ba ?écrit ?:$/i;
const OUTLOOK_FROM = /^(?:from|de|von) ?: ?\S/i;
const OUTLOOK_FIELD = /^(?:sent|date|to|cc|bcc|subject|envoyé|envoye|à|a|objet|cci|reply-to|répondre à) ?:/i;
const FORWARD = /^(?:begin forwarded message|début du message réexpédié|debut du message reexpedie) ?:?$/i;

/** "…wrote:" / "…a écrit :" both end with a colon: a free test before the regexes. */
function endsWithColon(t: string): boolean {
  return t.charCodeAt(t.length - 1) === 58;
}

function clean(v: LineView | undefined): string {
  return v && !v.blank && v.text.length <= SHORT_LINE ? plainSpaces(v.text) : '';
}

/** "On … wrote:" / "Le … a écrit :" on one line, or wrapped onto the next one. */
function isReplyHeader(views: readonly LineView[], i: number): boolean {
  const t = clean(views[i]);
  if (!t) return false;
  const lead = /^(?:on|le) /i.test(t);
  const wrote = endsWithColon(t) && (EN_WROTE.test(t) || FR_WROTE.test(t));
  if (wrote && ((lead && HAS_DIGIT.test(t)) || (t.includes('@') && t.includes('<')))) return true;
  if (!lead || !HAS_DIGIT.test(t) || /[.?!]$/.test(t)) return false;
  const next = clean(views[i + 1]);
  return next.length > 0 && t.length + next.length <= SHORT_LINE && endsWithColon(next) && (EN_WROTE.test(next) || FR_WROTE.test(next));
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

/** Tabs and no-break spaces, which `plainSpaces` turns into spaces. */
function isPlainSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Whether a header can start on this line, from its first and last characters only: every header
 * above either ends with ":" ("…wrote:", "…a écrit :") or starts with "on "/"le ", "_", "-",
 * "begin"/"début"/"debut" or "from"/"de"/"von" (a unit test checks it against isHeaderAt). Lines
 * that cannot skip the regexes.
 */
export function mayOpenHeader(t: string): boolean {
  if (endsWithColon(t)) return true;
  switch (t.charCodeAt(0)) {
    case 95: case 45: // _ -
    case 98: case 66: case 100: case 68: // b B d D
    case 102: case 70: case 118: case 86: // f F v V
      return true;
    case 111: case 79: // o O + n
      return (t.charCodeAt(1) | 0x20) === 110 && isPlainSpace(t.charCodeAt(2));
    case 108: case 76: // l L + e
      return (t.charCodeAt(1) | 0x20) === 101 && isPlainSpace(t.charCodeAt(2));
    default:
      return false;
  }
}

/** A reply header or an Outlook header starts at line `i`. */
export function isHeaderAt(views: readonly LineView[], i: number): boolean {
  return isReplyHeader(views, i) || isOutlookHeader(views, i);
}

/**
 * Index (into `views`) of the line where the quoted earlier message starts, searching [from, to):
 * a reply header, an Outlook header, or a run of `>` lines that lasts to the end. -1 when none.
 */
export function findQuotedStart(views: readonly LineView[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!views[i].blank && !views[i].quote && mayOpenHeader(views[i].text) && isHeaderAt(views, i)) return i;
  }
  let run = -1;
  for (let i = to - 1; i >= from; i--) {
    if (views[i].quote) run = i;
    else if (!views[i].blank) break;
  }
  return run;
}
