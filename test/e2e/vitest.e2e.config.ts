// Browser journeys: Vitest drives Debian Chromium through playwright-core against `vite preview`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser per file; two files at a time matches the 2-core machines.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
