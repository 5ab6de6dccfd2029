/**
 * Sets or removes one top-level key (`lang`, `channel`) in a draft's front matter block.
 * Pure: works on the document text and offsets; the caller turns the result into a TextEdit.
 */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/** The front matter block of the draft starting at `draftStart`: the offsets of its `---` fence lines. */
export function findFrontMatter(text: string, draftStart: number, bodyStart: number): { open: number; close: number } | undefined {
  const block = text.slice(draftStart, bodyStart);
  const open = /^---[ \t]*\r?$/m.exec(block);
  if (!open) return undefined;
  const afterOpen = open.index + open[0].length + 1;
  const close = /^---[ \t]*\r?$/m.exec(block.slice(afterOpen));
  if (!close) return undefined;
  return { open: draftStart + open.index, close: draftStart + afterOpen + close.index };
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
