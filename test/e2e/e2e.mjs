#!/usr/bin/env node
// `npm run e2e`: what a rep sees. Installs the packaged .vsix into the harness VS Code
// (code-server --install-extension), opens the sample folder in headless chromium, clicks a
// draft in the Explorer and checks the squiggles, the score CodeLens, a coaching hover and the
// Problems panel; saves screenshots under test/e2e/artifacts/ (gitignored).
// Exit 0 when every check passed, 1 otherwise, 2 on a harness error. Last line: "N passed, N failed".
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerCli, launchChromium, startCodeServer, workbenchUrl } from '../integration/harness/codeServer.mjs';
import { ensureHarness, projectRoot } from '../integration/harness/ensureHarness.mjs';

const DRAFT = 'cold-email.email.md';
const outDir = join(projectRoot, 'test', 'e2e', 'artifacts');
const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const vsix = join(projectRoot, `${name}-${version}.vsix`);
const checks = [];
const check = (label, ok, detail) => {
  checks.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${label}${detail !== undefined ? ` -- ${detail}` : ''}`);
};

async function main() {
  if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run "npm run package" (npm run e2e does it)`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const harness = ensureHarness();
  const workspace = join(mkdtempSync(join(tmpdir(), 'unscripted-e2e-')), 'samples');
  cpSync(join(projectRoot, 'samples'), workspace, { recursive: true });
  const server = await startCodeServer({
    harness,
    workspace,
    logFile: join(outDir, 'code-server.log'),
    settings: { 'workbench.colorTheme': 'Default Light Modern' },
    prepare: async ({ extensionsDir }) => {
      const out = await codeServerCli(harness, extensionsDir, ['--install-extension', vsix]);
      check('the .vsix installs into VS Code', /successfully installed/i.test(out), out.trim().split('\n').pop());
    },
  });
  let context;
  try {
    context = await launchChromium(harness, server.runDir, { viewport: { width: 1400, height: 900 } });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(workbenchUrl(server.authority, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });

    // Open the draft the way a rep would: click it in the Explorer.
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: DRAFT });
    await item.waitFor({ timeout: 60000 });
    await item.click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines').waitFor({ timeout: 30000 });

    const squiggles = editor.locator('.squiggly-warning, .squiggly-error, .squiggly-info');
    await squiggles.first().waitFor({ state: 'attached', timeout: 30000 }).catch(() => {});
    const count = await squiggles.count();
    check('the draft shows squiggles under scripted phrases', count > 0, `${count} squiggles`);
    check('a leftover merge tag is an error squiggle', (await editor.locator('.squiggly-error').count()) > 0);
    const lens = editor.locator('.contentWidgets .codelens-decoration, .codelens-decoration');
    // The lens element can appear before its text: poll the text, not the element.
    const lensSays = /Score \d+ · .*personal signal.* · .*scripted phrase/;
    let lensText = '';
    for (const until = Date.now() + 15000; Date.now() < until && !lensSays.test(lensText); await page.waitForTimeout(200)) {
      lensText = (await lens.allInnerTexts().catch(() => [])).join(' ');
    }
    check('a CodeLens sums the draft up', lensSays.test(lensText), JSON.stringify(lensText));
    await page.screenshot({ path: join(outDir, 'squiggles.png') });

    // Hover the stock opener: the diagnostic plus the coaching.
    const opener = editor.locator('.view-line', { hasText: 'finds you well' }).first();
    const box = await opener.boundingBox();
    if (box) {
      await page.mouse.move(box.x + 60, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover:visible', { hasText: 'Why' });
      const shown = await hover.first().waitFor({ timeout: 15000 }).then(() => true, () => false);
      const text = shown ? (await hover.first().innerText()).replace(/\s+/g, ' ') : '';
      check('hovering the opener shows the coaching and the rule source', shown && /\.yaml:\d+/.test(text), text.slice(0, 160));
    } else {
      check('hovering the opener shows the coaching and the rule source', false, 'opener line not found');
    }
    await page.screenshot({ path: join(outDir, 'hover.png') });

    // Problems panel (Ctrl+Shift+M).
    await page.mouse.move(5, 5);
    await editor.click({ position: { x: 400, y: 20 } });
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'Unscripted' }).first().waitFor({ timeout: 30000 }).catch(() => {});
    const rowTexts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    const ours = rowTexts.filter((t) => t.includes('Unscripted'));
    check('the Problems panel lists the findings with source and rule id', ours.length > 0 && ours.every((t) => /\([\w-]+\)|[\w-]+-[\w-]+/.test(t)), `${ours.length} rows, e.g. ${JSON.stringify(ours[0] ?? '')}`);
    await page.screenshot({ path: join(outDir, 'problems.png') });
    console.log(`screenshots in ${outDir}`);
  } finally {
    await context?.close().catch(() => {});
    await server.stop();
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
}

let code = 0;
try {
  await main();
} catch (err) {
  console.error(`e2e error: ${err?.stack ?? err}`);
  code = 2;
}
const failed = checks.filter((ok) => !ok).length + (code === 2 ? 1 : 0);
console.log(`${checks.length - failed + (code === 2 ? 1 : 0)} passed, ${failed} failed`);
process.exit(code || (failed ? 1 : 0));
