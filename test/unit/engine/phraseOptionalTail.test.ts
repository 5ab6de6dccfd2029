import * as assert from 'node:assert/strict';
import { compilePhraseGroup } from '../../../src/engine/match/compilePhrases';

const quotes = (phrase: string, text: string): string[] =>
  compilePhraseGroup([{ phrases: [phrase] }], ['en']).match(text, 0).map((s) => text.slice(s.start, s.end));

describe('engine/phrase optional groups', () => {
  it('lets an optional group at the end of a phrase carry its leading space', () => {
    assert.deepEqual(quotes('I am not sure (if|whether)?', 'Honestly, I am not sure.'), ['I am not sure']);
    assert.deepEqual(quotes('I am not sure (if|whether)?', 'I am not sure if it fits.'), ['I am not sure if']);
  });
  it('does the same before a closing group or punctuation', () => {
    assert.deepEqual(quotes('((hope|wish) (so)?), right', 'I hope, right?'), ['hope, right']);
  });
  it('leaves a group ending in a space alone when another group follows', () => {
    assert.deepEqual(quotes('this (back )?(up|down)', 'bump this up, move this back down'), ['this up', 'this back down']);
  });
  it('keeps a suffix group glued to its word', () => {
    assert.deepEqual(quotes('partner(s)? here', 'partners here and partner here'), ['partners here', 'partner here']);
  });
});
