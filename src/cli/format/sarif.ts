import type { Finding, Severity } from '../../engine/types';
import { LineIndex } from '../lineIndex';
import { shownFindings, type CheckedFile } from './checkedFile';

export interface SarifFormatOptions {
  signals: boolean;
  /** Tool version (package.json). */
  version: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF wants a relative URI reference: forward slashes, each segment percent-encoded. */
function artifactUri(label: string): string {
  if (label === '<stdin>') return 'stdin';
  return label.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
}

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  properties: { category: string; kind: string; pack: string };
}

function ruleOf(f: Finding): SarifRule {
  return {
    id: f.ruleId,
    shortDescription: { text: f.message },
    ...(f.docsUrl ? { helpUri: f.docsUrl } : {}),
    properties: { category: f.category, kind: f.kind, pack: f.packId },
  };
}

/**
 * SARIF 2.1.0, one run. `tool.driver.rules` lists the rules that reported something (sorted by id);
 * columns and char offsets are UTF-16 code units (`columnKind: utf16CodeUnits`); end columns exclusive.
 */
export function formatSarif(files: readonly CheckedFile[], options: SarifFormatOptions): string {
  const rules = new Map<string, SarifRule>();
  const found: { file: CheckedFile; lines: LineIndex; finding: Finding }[] = [];
  for (const file of files) {
    const lines = new LineIndex(file.text);
    for (const draft of file.analysis.drafts) {
      for (const finding of shownFindings(draft, options.signals)) {
        if (!rules.has(finding.ruleId)) rules.set(finding.ruleId, ruleOf(finding));
        found.push({ file, lines, finding });
      }
    }
  }
  const ids = [...rules.keys()].sort();
  const results = found.map(({ file, lines, finding: f }) => {
    const from = lines.position(f.start);
    const to = lines.position(f.end);
    return {
      ruleId: f.ruleId,
      ruleIndex: ids.indexOf(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(file.label), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: from.line,
              startColumn: from.col,
              endLine: to.line,
              endColumn: to.col,
              charOffset: f.start,
              charLength: f.end - f.start,
              snippet: { text: file.text.slice(f.start, f.end) },
            },
          },
        },
      ],
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Unscripted',
            version: options.version,
            rules: ids.map((id) => rules.get(id)),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
