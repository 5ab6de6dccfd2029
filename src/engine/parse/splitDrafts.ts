import { isDashLine, parseFrontMatter, type FrontMatterBlock } from './frontMatter';
import { isSpaceOrBreak, type Line } from './lines';

/** The lines of one draft: [firstLine, endLine), with its front matter when it has one. */
export interface DraftRegion {
  firstLine: number;
  endLine: number;
  frontMatter?: FrontMatterBlock;
  /** First line after the front matter. */
  bodyLine: number;
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) if (!isSpaceOrBreak(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Splits a document (comments already masked) into draft regions. A front-matter block starts a
 * new draft (or opens the current one when nothing came before it); a lone `---` line separates
 * drafts. Regions without front matter and without text are dropped.
 */
export function splitDrafts(masked: string, lines: readonly Line[]): DraftRegion[] {
  const regions: DraftRegion[] = [];
  let current: DraftRegion = { firstLine: 0, endLine: 0, bodyLine: 0 };
  let hasText = false;
  const close = (endLine: number): void => {
    current.endLine = endLine;
    if (hasText || current.frontMatter) regions.push(current);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isDashLine(masked, line)) {
      if (!hasText && !isBlank(masked, line)) hasText = true;
      continue;
    }
    const block = parseFrontMatter(masked, lines, i);
    if (block) {
      if (hasText || current.frontMatter) {
        close(i);
        current = { firstLine: i, endLine: i, bodyLine: i };
        hasText = false;
      }
      current.frontMatter = block;
      current.bodyLine = block.lastLine + 1;
      i = block.lastLine;
      continue;
    }
    close(i);
    current = { firstLine: i + 1, endLine: i + 1, bodyLine: i + 1 };
    hasText = false;
  }
  close(lines.length);
  return regions;
}
