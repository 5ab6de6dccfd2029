import type { DraftAnalysis, Finding, PackError } from '../../engine/types';
import { LineIndex } from '../lineIndex';
import type { CheckedFile } from './checkedFile';

function findingJson(f: Finding, text: string, lines: LineIndex) {
  const from = lines.position(f.start);
  const to = lines.position(f.end);
  return {
    ruleId: f.ruleId,
    packId: f.packId,
    kind: f.kind,
    category: f.category,
    severity: f.severity,
    message: f.message,
    start: f.start,
    end: f.end,
    line: from.line,
    col: from.col,
    endLine: to.line,
    endCol: to.col,
    text: text.slice(f.start, f.end),
    segment: f.segment,
    ...(f.why ? { why: f.why } : {}),
    ...(f.instead ? { instead: f.instead } : {}),
    suggestions: f.suggestions.map((s) => ({ label: s.label, replacement: s.replacement, start: s.start, end: s.end })),
    ...(f.source ? { source: { file: f.source.file, line: f.source.line } } : {}),
  };
}

function draftJson(draft: DraftAnalysis, file: CheckedFile, lines: LineIndex) {
  const d = draft.draft;
  return {
    index: d.index,
    start: d.start,
    end: d.end,
    lang: d.lang,
    langSource: d.langSource,
    channel: d.channel,
    channelSource: d.channelSource,
    ...(d.subject ? { subject: d.subject.text } : {}),
    score: { value: draft.score.value, items: draft.score.items },
    metrics: draft.metrics,
    findings: draft.findings.map((f) => findingJson(f, file.text, lines)),
  };
}

/**
 * `--format json`: every finding (scripted and authentic), with 1-based line/col (UTF-16 columns)
 * beside the UTF-16 offsets. Pack errors are listed once.
 */
export function formatJson(files: readonly CheckedFile[], packErrors: readonly PackError[]): string {
  const report = {
    files: files.map((file) => {
      const lines = new LineIndex(file.text);
      return { file: file.label, drafts: file.analysis.drafts.map((d) => draftJson(d, file, lines)) };
    }),
    packErrors,
  };
  return JSON.stringify(report, null, 2) + '\n';
}
