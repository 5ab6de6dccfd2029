/**
 * `.eml` files start with RFC 5322 headers (From:, To:, Date:…) that are not part of the message.
 * Blanks every header line except `Subject:` with spaces, keeping line breaks, so the text keeps
 * its length and every offset the engine returns still points into the real document.
 * Pure: no `vscode`.
 */
export function maskEmlHeaders(text: string): string {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m || !/^[A-Za-z][A-Za-z0-9-]*:/.test(text)) return text;
  const headerEnd = m.index;
  const headers = text.slice(0, headerEnd);
  // Continuation lines (starting with whitespace) belong to the previous header.
  let keep = false;
  const masked = headers
    .split(/(\r?\n)/)
    .map((part) => {
      if (part === '\n' || part === '\r\n') return part;
      if (!/^[ \t]/.test(part)) keep = /^subject\s*:/i.test(part);
      return keep ? part : ' '.repeat(part.length);
    })
    .join('');
  return masked + text.slice(headerEnd);
}
