#!/usr/bin/env node
// `npm test`: every check the project has, in order — lint, typecheck, unit/component tests,
// browser e2e (which builds the app) — then one closing line "N passed, N failed" summing all suites.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const OUT = 'test-results';
mkdirSync(OUT, { recursive: true });

const steps = [
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  {
    name: 'unit',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${OUT}/unit.json`],
    json: `${OUT}/unit.json`,
  },
  { name: 'e2e', cmd: ['node', 'test/run-e2e.mjs', '--json', `${OUT}/e2e.json`], json: `${OUT}/e2e.json` },
];

let passed = 0;
let failed = 0;
const summary = [];

for (const step of steps) {
  if (step.json && existsSync(step.json)) rmSync(step.json);
  console.log(`\n=== ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit' });
  const ok = result.status === 0;
  let detail;
  if (step.json && existsSync(step.json)) {
    const report = JSON.parse(readFileSync(step.json, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that crashed before running its tests must still count as a failure.
    if (!ok && report.numFailedTests === 0) failed += 1;
    detail = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
  } else {
    // Lint and typecheck are one check each.
    if (ok) passed += 1;
    else failed += 1;
    detail = ok ? 'ok' : 'FAILED';
  }
  summary.push(`${step.name.padEnd(10)} ${detail} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
