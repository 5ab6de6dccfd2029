import type { SegmentKind } from '../types';
import { paragraphs, type Block, type LineView } from './lineView';
import { isContactLine, isDepartmentLine, isPostScript, isSentFromLine, isSignatureLike, isTaglineAfterName, looksLikeName } from './signature';
import { isValediction } from './signoff';

/** A line range of the closing part of a draft, with its kind. */
export interface ClosingBlock extends Block {
  kind: Extract<SegmentKind, 'signoff' | 'signature' | 'ps'>;
}

export interface Closing {
  /** Lines [from, bodyEnd) are the body; the rest is sign-off, P.S. and signature. */
  bodyEnd: number;
  blocks: ClosingBlock[];
}

/** How far back from the end the sign-off is looked for (non-blank lines). */
const SIGNOFF_REACH = 25;
const MAX_CONTACT_BLOCK = 8;

/** A confidentiality footer under a signature. */
const DISCLAIMER = /\b(?:confidential|confidentiel(?:le)?|privileged|intended (?:solely |only )?for|destinataires?|disclaimer)\b/i;

/** A tail line may belong to a signature: signature-like, or a tagline/disclaimer once the signature has started. */
function isTailLine(text: string, inSignature: boolean): boolean {
  return isSignatureLike(text) || (inSignature && (isTaglineAfterName(text) || DISCLAIMER.test(text)));
}

/** Lines after the sign-off: P.S. paragraphs and signature-like lines only; undefined when anything else is there. */
function classifyTail(views: readonly LineView[], from: number, to: number): ClosingBlock[] | undefined {
  const out: ClosingBlock[] = [];
  let i = from;
  while (i < to) {
    const v = views[i];
    if (v.blank) {
      i++;
      continue;
    }
    let j = i;
    const prev = out[out.length - 1];
    const inSignature = prev !== undefined && prev.kind === 'signature';
    if (isPostScript(v.text)) {
      while (j + 1 < to && !views[j + 1].blank) j++;
      out.push({ kind: 'ps', first: i, last: j });
    } else if (isTailLine(v.text, inSignature)) {
      while (j + 1 < to && !views[j + 1].blank && !isPostScript(views[j + 1].text)) {
        if (!isTailLine(views[j + 1].text, true)) return undefined;
        j++;
      }
      if (inSignature) prev.last = j;
      else out.push({ kind: 'signature', first: i, last: j });
    } else {
      return undefined;
    }
    i = j + 1;
  }
  return out;
}

/** A signature without a sign-off: a name line followed by short lines, one of them contact details. */
function isContactBlock(views: readonly LineView[], p: Block): boolean {
  const n = p.last - p.first + 1;
  if (n < 2 || n > MAX_CONTACT_BLOCK || !looksLikeName(views[p.first].text)) return false;
  let contact = false;
  for (let i = p.first; i <= p.last; i++) {
    if (!isSignatureLike(views[i].text)) return false;
    if (isContactLine(views[i].text)) contact = true;
  }
  return contact;
}

/**
 * Finds the sign-off, the P.S. and the signature at the end of [from, to). Conservative: a
 * signature is only recognised after a stock sign-off, after a `-- ` line, or as a contact block
 * (name + contact details) that follows some body text.
 */
export function findClosing(views: readonly LineView[], from: number, to: number): Closing {
  const blocks: ClosingBlock[] = [];
  let end = to;
  let reach = 0;
  for (let i = to - 1; i >= from && reach < SIGNOFF_REACH; i--) {
    if (views[i].blank) continue;
    reach++;
    if (views[i].text === '--') {
      blocks.push({ kind: 'signature', first: i, last: lastNonBlank(views, i, to) });
      end = i;
      break;
    }
  }
  reach = 0;
  for (let s = end - 1; s >= from && reach < SIGNOFF_REACH; s--) {
    if (views[s].blank) continue;
    reach++;
    if (!isValediction(views[s].text)) continue;
    const tail = classifyTail(views, s + 1, end);
    if (!tail) break;
    let first = s;
    for (let k = 0, p = prevNonBlank(views, s, from); k < 2 && p >= 0 && isValediction(views[p].text); k++) {
      first = p;
      p = prevNonBlank(views, p, from);
    }
    return { bodyEnd: first, blocks: [{ kind: 'signoff', first, last: s }, ...tail, ...blocks] };
  }
  const paras = paragraphs(views, from, end);
  const last = paras[paras.length - 1];
  if (last && paras.length > 1 && isContactBlock(views, last)) {
    return { bodyEnd: last.first, blocks: [{ kind: 'signature', first: last.first, last: last.last }, ...blocks] };
  }
  if (last && paras.length > 1 && last.first === last.last && (isSentFromLine(views[last.first].text) || isDepartmentLine(views[last.first].text))) {
    return { bodyEnd: last.first, blocks: [{ kind: 'signature', first: last.first, last: last.last }, ...blocks] };
  }
  return { bodyEnd: end, blocks };
}

function prevNonBlank(views: readonly LineView[], i: number, from: number): number {
  for (let k = i - 1; k >= from; k--) if (!views[k].blank) return k;
  return -1;
}

function lastNonBlank(views: readonly LineView[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (!views[k].blank) return k;
  return from;
}
