import type { Lang } from '../engine/types';

/** The directive the engine honours, in the draft's language (both spellings work). */
export function suppressionDirective(lang: Lang): string {
  return lang === 'fr' ? 'unscripted-desactiver-ligne-suivante' : 'unscripted-disable-next-line';
}

/**
 * The "ignore here" insertion: a comment line above the line holding `offset`, indented like it.
 * Returns the offset to insert at and the text. Pure: no `vscode`.
 */
export function suppressionInsertion(text: string, offset: number, ruleId: string, lang: Lang): { at: number; text: string } {
  const lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { at: lineStart, text: `${indent}<!-- ${suppressionDirective(lang)} ${ruleId} -->${eol}` };
}
