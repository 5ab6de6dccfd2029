import * as assert from 'node:assert/strict';
import { checkExamples } from '../../../src/engine/packs/checkExamples';

const pack = (rules: string) => `id: ex-test\nlang: en\nrules:\n${rules}`;
const rule = (id: string, phrase: string, flagged: string, clean: string) => `  - id: ${id}
    kind: phrase
    category: filler
    severity: warning
    phrases: ["${phrase}"]
    message: "m"
    examples:
      flagged: ["${flagged}"]
      clean: ["${clean}"]
`;

describe('engine checkExamples', () => {
  it('passes rules whose examples behave, and names file, rule line and reason otherwise', () => {
    const text = pack(rule('ok-rule', 'circle back', 'Let me circle back.', 'I will call on Tuesday.') + rule('bad-rule', 'touch base', 'Let us sync up.', 'We should touch base soon.'));
    const report = checkExamples([{ file: 'team/ex.yaml', text }]);
    assert.equal(report.rules, 2);
    assert.equal(report.examples, 4);
    assert.deepEqual(
      report.failures.map((f) => [f.file, f.line, f.ruleId, f.expected, f.reason]),
      [
        ['team/ex.yaml', 13, 'bad-rule', 'flagged', 'expected a finding, got none'],
        ['team/ex.yaml', 13, 'bad-rule', 'clean', "unexpected finding at 10–20 'touch base'"],
      ],
    );
  });

  it('skips a pack the rule set refused (its error is reported by the rule set)', () => {
    const report = checkExamples([{ file: 'broken.yaml', text: 'id: [unclosed' }]);
    assert.deepEqual(report, { rules: 0, examples: 0, failures: [] });
  });
});
