import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { leaveOneOut, readPersonas } from '../../support/personaEval';

describe('rewrite/voice: persona identification (leave-one-out)', () => {
  it('finds the author of a held-back message by smallest voice distance ≥ 90 % of the time', () => {
    const personas = readPersonas(join(__dirname, '../../../../test/fixtures/personas'));
    const names = Object.keys(personas);
    assert.ok(names.length >= 4, 'at least 4 personas');
    for (const n of names) assert.ok(personas[n]!.length >= 6, `${n} has ≥ 6 samples`);
    const { accuracy, results } = leaveOneOut(personas);
    const wrong = results.filter((r) => r.guessed !== r.persona).map((r) => `${r.persona}#${r.index + 1}→${r.guessed}`);
    console.log(`      persona identification: ${(accuracy * 100).toFixed(1)} % of ${results.length} (${names.length} personas)${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`);
    assert.ok(accuracy >= 0.9, `accuracy ${accuracy}`);
  });
});
