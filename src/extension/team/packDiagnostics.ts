import * as vscode from 'vscode';
import type { ConfigReader } from '../../engine/config/configTypes';
import type { PackError } from '../../engine/types';
import { DIAGNOSTIC_SOURCE } from '../diagnosticsPublisher';

/** Problems in team configs and packs, shown on those files at their line (Problems panel + squiggles). */
export class PackDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('unscripted-packs');

  constructor(private readonly reader: ConfigReader) {}

  /** Replaces every pack/config diagnostic with these errors (only those that name a real file). */
  publish(errors: readonly PackError[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const seen = new Set<string>();
    for (const e of errors) {
      const key = `${e.file}:${e.line}:${e.col}:${e.message}`;
      if (seen.has(key) || !/^([a-zA-Z]:)?[\\/]/.test(e.file)) continue;
      seen.add(key);
      const list = byFile.get(e.file) ?? [];
      list.push(this.diagnostic(e));
      byFile.set(e.file, list);
    }
    this.collection.clear();
    for (const [file, list] of byFile) this.collection.set(vscode.Uri.file(file), list);
  }

  private diagnostic(e: PackError): vscode.Diagnostic {
    const line = Math.max(0, e.line - 1);
    const col = Math.max(0, e.col - 1);
    let end = col + 1;
    try {
      end = Math.max(end, this.reader.read(e.file).split(/\r?\n/)[line]?.length ?? end);
    } catch {
      // unreadable file: a one-character range still points at the place
    }
    const severity = e.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
    const d = new vscode.Diagnostic(new vscode.Range(line, col, line, end), e.message, severity);
    d.source = DIAGNOSTIC_SOURCE;
    if (e.ruleId) d.code = e.ruleId;
    return d;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
