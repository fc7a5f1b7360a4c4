#!/usr/bin/env node
// `npm run bench`: the benchmark is TypeScript (typechecked with the app); tsx runs it without a build.
// Usage: npm run bench [-- --quick] [-- --skip lighthouse,scale]
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/main.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
