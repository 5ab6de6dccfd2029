import { tokenize, type ViewSentence } from '../../../src/engine/draftView';

/** A body sentence of its own (offset 0) for detector helpers that read one ViewSentence. */
export function sentence(text: string): ViewSentence {
  return { start: 0, end: text.length, segment: 'body', text, tokens: tokenize(text) };
}
