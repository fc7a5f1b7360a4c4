// Debian Chromium for the e2e journeys and the benchmark: where it is, the flags it needs here, and a
// clear message (Russian and English) when it is not installed. No vitest imports: bench uses this too.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { missingPackage } from './debian-packages';

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
  if (!existsSync(CHROMIUM_PATH))
    throw missingPackage(
      `Chromium (${CHROMIUM_PATH})`,
      'chromium',
      { ru: 'в нём идут браузерные тесты (e2e)', en: 'the e2e tests run in it' },
      'CHROMIUM_PATH',
    );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
