#!/usr/bin/env node
// Screenshots of the score view, the comparison and a demo step (normal and presentation mode),
// in a light and a dark theme, from the real VS Code of the test harness driven by headless
// Chromium. Pictures go to test/e2e/artifacts/ (gitignored).
// usage: node test/e2e/view.mjs   (after npm run build && npm run compile-tests; npm run e2e:view does both)
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, remoteUri, startCodeServer, workbenchUrl } from '../integration/harness/codeServer.mjs';
import { ensureHarness, projectRoot } from '../integration/harness/ensureHarness.mjs';

const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' };
const only = process.argv[2];
const artifacts = join(projectRoot, 'test', 'e2e', 'artifacts');
const scenes = join(projectRoot, 'out', 'test', 'e2e', 'viewScenes.js');

const BEFORE = `Subject: Quick question

Hi {{first_name}},

I hope this email finds you well. My name is Dan and I'm reaching out from Routewise, the leading AI-powered logistics platform that helps companies like yours streamline operations and drive growth.

Do you have 15 minutes this week for a quick call?

Best,
Dan
`;
const AFTER = `Subject: Night-shift picking at Tilbury

Hi Priya,

Your interview in Freight Weekly mentioned that night-shift picking at the Tilbury site slowed after you added 40 SKUs in March.

We built route plans for two cold-storage warehouses with the same problem; one cut walking distance per order by about a fifth.

How are you planning the night routes today?

If it's useful, I can send the one-page summary. No need to reply otherwise.

Best,
Dan
`;

async function shoot(harness, theme) {
  const workspace = mkdtempSync(join(tmpdir(), 'unscripted-e2e-ws-'));
  const signals = join(workspace, '.signals');
  mkdirSync(signals);
  writeFileSync(join(workspace, 'before.email.md'), BEFORE);
  writeFileSync(join(workspace, 'after.email.md'), AFTER);
  const server = await startCodeServer({
    harness, workspace, logFile: join(artifacts, `code-server-${theme}.log`),
    settings: { 'workbench.colorTheme': THEMES[theme], 'window.commandCenter': false, 'workbench.layoutControl.enabled': false },
    env: { UNSCRIPTED_E2E_SIGNALS: signals },
  });
  const context = await launchChromium(harness, server.runDir, { viewport: { width: 1400, height: 900 } });
  const shots = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleLog = join(artifacts, `browser-console-${theme}.log`);
    writeFileSync(consoleLog, '');
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`); });
    page.on('response', (r) => { if (r.status() >= 400) appendFileSync(consoleLog, `[http ${r.status()}] ${r.url()}\n`); });
    page.on('requestfailed', (r) => appendFileSync(consoleLog, `[failed] ${r.url()} ${r.failure()?.errorText}\n`));
    page.on('pageerror', (e) => appendFileSync(consoleLog, `[pageerror] ${e.message}\n`));
    let resolveDone;
    const done = new Promise((r) => { resolveDone = r; });
    const pending = [];
    await page.exposeFunction('codeAutomationLog', (_level, args) => {
      const text = (Array.isArray(args) ? args : [args]).join(' ');
      const m = text.match(/^\[scene\] (\S+)/);
      if (!m) return;
      pending.push((async () => {
        const file = join(artifacts, `view-${m[1]}-${theme}.png`);
        await new Promise((r) => setTimeout(r, 2500));
        await page.screenshot({ path: file });
        for (const f of page.frames()) {
          const root = await f.evaluate(() => { const r = document.getElementById('root'); return r ? `root children=${r.childElementCount} text=${r.textContent.slice(0, 80)}` : null; }).catch((e) => `eval failed ${e.message.slice(0, 80)}`);
          if (root) appendFileSync(consoleLog, `[frame ${m[1]}] ${f.url().slice(0, 120)} ${root}\n`);
        }
        shots.push(file);
        console.log(`[e2e] ${file}`);
        writeFileSync(join(signals, `${m[1]}.done`), '');
      })());
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveDone(code));
    await page.goto(workbenchUrl(server.authority, workspace, [
      ['extensionDevelopmentPath', remoteUri(server.authority, projectRoot)],
      ['extensionTestsPath', remoteUri(server.authority, scenes)],
    ]));
    const code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), 180000))]);
    await Promise.all(pending);
    if (code !== 0) {
      await page.screenshot({ path: join(artifacts, `view-failure-${theme}.png`) }).catch(() => {});
      throw new Error(`scenes ended with ${code}`);
    }
  } finally {
    await context.close().catch(() => {});
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  }
  return shots;
}

mkdirSync(artifacts, { recursive: true });
const harness = ensureHarness();
let count = 0;
for (const theme of Object.keys(THEMES).filter((t) => !only || t === only)) count += (await shoot(harness, theme)).length;
console.log(`[e2e] ${count} screenshots in ${artifacts}`);
if (count !== (only ? 4 : 8)) process.exitCode = 1;
