// Debian Chromium for the e2e journeys and the benchmark: where it is, the flags it needs here, and a
// clear message (Russian and English) when it is not installed. No vitest imports: bench uses this too.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless Debian Chromium in this sandbox (root, no GPU, closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Throws at once, naming the install command, when Chromium is missing (the tests never install it). */
export function requireChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    [
      `Chromium не найден: ${CHROMIUM_PATH}. Браузерные тесты (e2e) запускаются в Chromium из Debian.`,
      'Установите его: sudo apt-get update && sudo apt-get install -y chromium (или укажите путь в CHROMIUM_PATH).',
      `Chromium not found at ${CHROMIUM_PATH}. The e2e tests run in Debian's Chromium.`,
      'Install it: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
    ].join('\n'),
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
