// Runs the compiled unit suites (out/test/unit/**/*.test.js) with mocha and ends with
// the plain summary line "N passed, N failed" (CI reads it).
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...collect(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

const grep = process.argv[2];
const mocha = new Mocha({ reporter: 'spec', timeout: 20000, ...(grep ? { grep } : {}) });
for (const f of collect('out/test/unit')) mocha.addFile(f);
let passed = 0;
let failed = 0;
const runner = mocha.run((failures) => {
  console.log(`unit: ${passed} passed, ${failed} failed`);
  process.exitCode = failures > 0 || passed === 0 ? 1 : 0;
});
runner.on('pass', () => passed++);
runner.on('fail', () => failed++);
