/**
 * Sets or removes one top-level key (`lang`, `channel`) in a draft's front matter block.
 * Pure: works on the document text and offsets; the caller turns the result into a TextEdit.
 */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * The front matter block opening the draft that starts at `draftStart` (blank lines allowed before
 * it): the offsets of its two `---` fence lines; every line between them must look like `key: value`
 * (or an indented/continued value), so a `---` draft separator is not mistaken for one.
 */
export function findFrontMatter(text: string, draftStart: number): { open: number; close: number } | undefined {
  const head = /^(?:[ \t]*\r?\n)*---[ \t]*\r?\n/.exec(text.slice(draftStart));
  // A draft may also start just after its opening fence (the fence doubling as a draft separator).
  const before = /(?:^|\n)(---[ \t]*\r?\n)$/.exec(text.slice(Math.max(0, draftStart - 8), draftStart));
  if (!head && !before) return undefined;
  const open = head ? draftStart + head[0].lastIndexOf('---') : draftStart - before![1].length;
  let pos = head ? draftStart + head[0].length : draftStart;
  for (let n = 0; n < 40 && pos < text.length; n++) {
    const eol = text.indexOf('\n', pos);
    const line = text.slice(pos, eol < 0 ? text.length : eol).replace(/\r$/, '');
    if (/^---[ \t]*$/.test(line)) return n > 0 ? { open, close: pos } : undefined;
    if (!/^([\w-]+[ \t]*:|[ \t]+\S|[ \t]*$)/.test(line)) return undefined;
    if (eol < 0) break;
    pos = eol + 1;
  }
  return undefined;
}

/** Edit that sets `key: value` (or removes the key when value is undefined); undefined when nothing changes. */
export function setFrontMatterKey(
  text: string,
  block: { open: number; close: number },
  key: string,
  value: string | undefined,
): TextReplacement | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const firstLine = text.indexOf('\n', block.open) + 1;
  const inner = text.slice(firstLine, block.close);
  const keyLine = new RegExp(`^${key}[ \\t]*:.*(\\r?\\n|$)`, 'm').exec(inner);
  if (keyLine) {
    const start = firstLine + keyLine.index;
    const end = start + keyLine[0].length;
    if (value === undefined) return { start, end, text: '' };
    const next = `${key}: ${value}${keyLine[1] || ''}`;
    return next === keyLine[0] ? undefined : { start, end, text: next };
  }
  if (value === undefined) return undefined;
  return { start: block.close, end: block.close, text: `${key}: ${value}${eol}` };
}
