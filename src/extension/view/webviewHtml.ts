import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The only folder a webview may load from. */
export function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media');
}

/** Scripts on, and nothing outside media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [mediaRoot(extensionUri)] };
}

export interface WebviewPage {
  title: string;
  lang: string;
  /** Paths under media/, loaded in order. */
  scripts: string[];
  styles: string[];
  bodyClass?: string;
}

/** Every webview loads the codicons, the shared card styles and renderer, then its own files. */
export const COMMON_STYLES = ['codicons/codicon.css', 'common/card.css'];
export const COMMON_SCRIPTS = ['common/render.js'];

/**
 * The page shell: a CSP allowing only this webview's media/ files, scripts only with a fresh nonce,
 * no inline style elements, no remote origin.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const nonce = randomBytes(16).toString('base64');
  const src = (path: string) => webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot(extensionUri), ...path.split('/'))).toString();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const styles = [...COMMON_STYLES, ...page.styles].map((s) => `<link rel="stylesheet" href="${src(s)}">`).join('\n');
  const scripts = [...COMMON_SCRIPTS, ...page.scripts].map((s) => `<script nonce="${nonce}" src="${src(s)}"></script>`).join('\n');
  const esc = (t: string) => t.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="${esc(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${styles}
<title>${esc(page.title)}</title>
</head>
<body class="${esc(page.bodyClass ?? '')}">
<main id="root" aria-live="polite"></main>
${scripts}
</body>
</html>`;
}
