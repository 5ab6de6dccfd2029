// `npm test` after typecheck/build/compile: runs the unit suites, then the integration suites in
// the real VS Code, streams their output, and ends with the combined line "N passed, N failed".
// Each step's own last "N passed, N failed" line is read; a step that exits non-zero without
// reporting a failure counts as one failure (e.g. the harness could not start).
import { spawn } from 'node:child_process';

const steps = [
  { name: 'unit', args: ['test/run-unit.mjs'] },
  { name: 'integration', args: ['test/integration/run.mjs'] },
];

function runStep(step) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, step.args, { stdio: ['inherit', 'pipe', 'inherit'] });
    let last;
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const m = line.match(/(\d+) passed, (\d+) failed/);
        if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      }
    });
    child.on('exit', (code, signal) => {
      const m = pending.match(/(\d+) passed, (\d+) failed/);
      if (m) last = { passed: Number(m[1]), failed: Number(m[2]) };
      const counts = last ?? { passed: 0, failed: 0 };
      if ((code !== 0 || signal) && counts.failed === 0) counts.failed = 1;
      resolve({ ...step, code: code ?? 1, ...counts });
    });
  });
}

const results = [];
for (const step of steps) results.push(await runStep(step));
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${results.map((r) => `${r.name}: ${r.passed} passed, ${r.failed} failed`).join(' · ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0;
