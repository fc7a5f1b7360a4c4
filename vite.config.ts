/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// REPORTS_DIR lets the benchmark publish synthetic reports instead of data/reports (bench/run.mjs).
const REPORTS_DIR = resolve(import.meta.dirname, process.env.REPORTS_DIR ?? 'data/reports');

/**
 * Publishes data/reports/*.json as static files at /api/reports/ in the build, so production answers
 * the same API contract that MSW serves in dev and tests.
 */
function publishReports(): Plugin {
  return {
    name: 'publish-reports',
    apply: 'build',
    generateBundle() {
      for (const name of readdirSync(REPORTS_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort()) {
        this.emitFile({
          type: 'asset',
          fileName: `api/reports/${name}`,
          source: readFileSync(join(REPORTS_DIR, name)),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), publishReports()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup/vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
