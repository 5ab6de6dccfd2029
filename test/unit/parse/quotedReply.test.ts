import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../src/engine/parse/parseDocument';
import { segmentText } from './segmentsOf';

const reply = 'Hi Jane,\n\nShort answer: yes, the pilot can start in May.\n\nBest,\nOmar\n\n';

function quoted(text: string): string | undefined {
  return segmentText(parseDocument(text)[0], 'quoted');
}

describe('parse: quoted replies', () => {
  const headers: [string, string][] = [
    ['Gmail EN', 'On Mon, Jan 5, 2026 at 9:12 AM Jane Doe <jane@example.com> wrote:'],
    ['Gmail EN wrapped', 'On Tue, Feb 10, 2026 at 4:05 PM Jane Doe <\njane@example.com> wrote:'],
    ['Gmail FR', 'Le lun. 5 janv. 2026 à 09:12, Jean Dupuis <jean@exemple.fr> a écrit :'],
    ['Gmail fr-CA', 'Le mar. 3 févr. 2026 à 11 h 40, Luc Gagnon <luc@exemple.ca> a écrit\u00a0:'],
    ['Apple Mail', 'On 5 Jan 2026, at 09:12, Jane Doe <jane@example.com> wrote:'],
    ['Outlook separator', '-----Original Message-----\nFrom: Jane Doe'],
    ['Outlook EN block', 'From: Jane Doe <jane@example.com>\nSent: Monday, January 5, 2026 9:12 AM\nTo: Omar Said\nSubject: Pilot'],
    ['Outlook FR block', 'De : Jean Dupuis <jean@exemple.fr>\nEnvoyé : lundi 5 janvier 2026 09:12\nÀ : Omar Said\nObjet : Pilote'],
    ['underscores', '________________________________\nFrom: Jane Doe'],
  ];
  for (const [name, header] of headers) {
    it(`cuts the quoted part at a ${name} header, to the end of the draft`, () => {
      const text = `${reply}${header}\n\nI hope this email finds you well! Can we start in May?\n\nJane`;
      assert.equal(quoted(text), text.slice(text.indexOf(header)));
      const d = parseDocument(text)[0];
      assert.equal(d.segments[d.segments.length - 1].end, d.end);
      assert.ok(d.sentences.every((s) => s.end <= text.indexOf(header)));
    });
  }

  it('treats trailing ">" lines as quoted and a mid-body ">" block as quoted without hiding what follows', () => {
    const trailing = `${reply}> Can we start in May?\n> Jane`;
    assert.equal(quoted(trailing), '> Can we start in May?\n> Jane');
    const inline = 'Hi Jane,\n\n> Can we start in May?\n\nYes, May works.\n\nOmar';
    const d = parseDocument(inline)[0];
    assert.deepEqual(d.segments.map((s) => [s.kind, inline.slice(s.start, s.end)]).slice(1, 3), [
      ['quoted', '> Can we start in May?'], ['opener', 'Yes, May works.'],
    ]);
  });

  it('does not mistake body sentences for headers', () => {
    for (const body of ['On your integration question: we read the units directly.', 'Le 5 mars, nous avons livré 40 palettes.', 'From: the desk of our CEO, a quick thought.']) {
      assert.equal(quoted(`Hi Jane,\n\n${body}\n\nThanks,\nOmar`), undefined, body);
    }
  });
});
