import * as assert from 'node:assert/strict';
import { versionMatches } from '../../../src/engine/config/versionMatches';
import { checkPins } from '../../../src/engine/config/checkPins';

describe('config: pinned pack versions', () => {
  it('matches exact, partial, caret, tilde and >= pins', () => {
    const cases: [string, string, boolean][] = [
      ['1.2.0', '1.2.0', true], ['1.2.1', '1.2.0', false], ['1.2.7', '1.2', true], ['1.3.0', '1.2', false],
      ['1.9.0', '1.x', true], ['2.0.0', '1.x', false], ['1.4.0', '^1.2.0', true], ['2.0.0', '^1.2.0', false],
      ['1.1.0', '^1.2.0', false], ['0.3.5', '^0.3.1', true], ['0.4.0', '^0.3.1', false], ['1.2.9', '~1.2.0', true],
      ['1.3.0', '~1.2.0', false], ['3.0.0', '>=2.1', true], ['2.0.9', '>=2.1', false], ['2024-q3', '2024-q3', true],
    ];
    for (const [declared, pin, want] of cases) assert.equal(versionMatches(declared, pin), want, `${declared} vs ${pin}`);
  });

  it('warns at the pinning entry when the declared version differs or is missing', () => {
    const from = { file: '/ws/.unscripted.yaml', line: 4, col: 5 };
    const errors = checkPins(
      [
        { file: '/ws/acme.yaml', builtin: false, pin: '1.2.0', from },
        { file: '/ws/beta.yaml', builtin: false, pin: '^2', from: { ...from, line: 5 } },
        { file: '/ws/ok.yaml', builtin: false, pin: '1.x', from: { ...from, line: 6 } },
        { file: '/ws/free.yaml', builtin: false },
      ],
      [
        { file: '/ws/acme.yaml', id: 'acme', version: '1.3.0' },
        { file: '/ws/beta.yaml', id: 'beta' },
        { file: '/ws/ok.yaml', id: 'ok', version: '1.0.4' },
        { file: '/ws/free.yaml', id: 'free', version: '9.9.9' },
      ],
    );
    assert.deepEqual(errors.map((e) => [e.line, e.col, e.severity]), [[4, 5, 'warning'], [5, 5, 'warning']]);
    assert.equal(errors[0].message, 'pack "acme" is version 1.3.0, but the config pins 1.2.0 (/ws/acme.yaml); update the pack or the pin');
    assert.match(errors[1].message, /pack "beta" is pinned to \^2 but declares no version/);
  });
});
