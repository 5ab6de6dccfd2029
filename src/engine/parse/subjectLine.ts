import { plainSpaces, SHORT_LINE } from './lineView';

const SUBJECT = /^(?:subject|objet|sujet) ?: ?(\S.*)$/i;

/** The subject in a "Subject: …" / "Objet : …" / "Sujet : …" line, with its offset in the line; undefined otherwise. */
export function matchSubjectLine(line: string): { text: string; offset: number } | undefined {
  if (line.length > SHORT_LINE) return undefined;
  const m = SUBJECT.exec(plainSpaces(line));
  if (!m) return undefined;
  const value = m[1].trimEnd();
  return { text: line.substr(m[0].length - m[1].length, value.length), offset: m[0].length - m[1].length };
}
