#!/usr/bin/env node
// Builds the app twice (production, and with the mock API for failure injection), serves both with
// `vite preview`, and runs the browser journeys in Debian Chromium.
// Usage: node test/run-e2e.mjs [--skip-build] [--json <file>] [test files or name filters…]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const jsonIndex = args.indexOf('--json');
const jsonFile = jsonIndex >= 0 ? args[jsonIndex + 1] : null;
const skipBuild = args.includes('--skip-build');
const filters = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, cmdArgs, env = {}) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package…`);
    if (run('apt-get', ['update', '-qq']) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium']) === 0) return;
  }
  console.error(
    `Chromium is required for the browser tests. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium`,
  );
  process.exit(1);
}

function waitForServer(url, timeoutMs = 30_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      fetch(url)
        .then((r) => (r.ok ? resolve() : retry()))
        .catch(retry);
    };
    const retry = () =>
      Date.now() - started > timeoutMs ? reject(new Error(`${url} did not start`)) : setTimeout(attempt, 250);
    attempt();
  });
}

function preview(outDir, port) {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  return child;
}

async function main() {
  ensureChromium();
  if (!skipBuild) {
    if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);
    if (run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', 'dist-mock'], { VITE_MOCK_API: 'true' }) !== 0)
      process.exit(1);
  }
  const servers = [preview('dist', 4173), preview('dist-mock', 4174)];
  const stop = () =>
    servers.forEach((s) => {
      try {
        process.kill(-s.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    });
  process.on('exit', stop);
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await Promise.all([waitForServer('http://127.0.0.1:4173/'), waitForServer('http://127.0.0.1:4174/')]);
  } catch (error) {
    console.error(String(error));
    process.exit(1);
  }
  const vitestArgs = ['vitest', 'run', '--config', 'test/e2e/vitest.e2e.config.ts'];
  vitestArgs.push(...filters);
  if (jsonFile) vitestArgs.push('--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`);
  const status = run('npx', vitestArgs, {
    CHROMIUM_PATH: CHROMIUM,
    E2E_BASE_URL: 'http://127.0.0.1:4173',
    E2E_MOCK_BASE_URL: 'http://127.0.0.1:4174',
  });
  stop();
  process.exit(status);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
