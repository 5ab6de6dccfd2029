import * as vscode from 'vscode';

/** Rule documentation is a virtual Markdown document: `unscripted-rule:/<rule-id>.md`. */
export const RULE_DOCS_SCHEME = 'unscripted-rule';

export function ruleDocsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${ruleId}.md` });
}

export function ruleIdOfDocsUri(uri: vscode.Uri): string {
  return uri.path.replace(/^\//, '').replace(/\.md$/, '');
}
