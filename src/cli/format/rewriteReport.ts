import type { RewriteResult } from '../../rewrite/rewriteDraft';

const VERDICT = { pass: 'PASS', warn: 'CHECK', fail: 'FAIL' } as const;

/** Human output of `unscripted rewrite`: the rewrite, then the acceptance report. */
export function formatRewriteReport(result: RewriteResult): string {
  const r = result.report;
  const lines = [
    result.rewrite,
    '',
    `--- report: ${VERDICT[r.verdict]}`,
    `score            ${r.scoreBefore} → ${r.scoreAfter}`,
    `scripted phrases ${r.scriptedBefore} → ${r.scriptedRemaining.length}`,
    `voice distance   ${r.voiceDistanceBefore} → ${r.voiceDistanceAfter} (against ${r.voiceReference === 'profile' ? 'your voice samples' : 'the draft'})`,
    `facts            ${r.missingFacts.length ? `missing: ${r.missingFacts.join(', ')}` : 'all kept'}${r.newFacts.length ? `; new: ${r.newFacts.join(', ')}` : ''}`,
  ];
  if (r.channelLimit) lines.push(`length           ${r.channelLimit.before} → ${r.channelLimit.after} ${r.channelLimit.unit} (max ${r.channelLimit.max})`);
  if (r.addressBefore !== 'none') lines.push(`address          ${r.addressBefore} → ${r.addressAfter}`);
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  const people = result.pseudonyms.length;
  lines.push(`sent to ${result.sent.url} (model ${result.sent.model}); ${people ? `${people} name/email/phone/URL replaced by placeholders` : 'nothing pseudonymised'}`);
  return lines.join('\n') + '\n';
}
