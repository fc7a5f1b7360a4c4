// Unit/component test setup: MSW serves the real data/reports files; unexpected console.error and
// unhandled requests fail the test, so silent React warnings and stray fetches cannot pass unnoticed.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../../src/mocks/node';
import { resetMockScenario } from '../../src/mocks/scenario';

// findBy* waits up to 5 s, not 1 s: the report JSON is parsed and validated per test, which takes
// longer on a busy 2-core machine; a missing element still fails.
configure({ asyncUtilTimeout: 5_000 });

let consoleErrors: unknown[][] = [];

beforeAll(() => {
  server.listen({
    onUnhandledRequest(request) {
      throw new Error(`Unhandled ${request.method} ${request.url}`);
    },
  });
});

beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockScenario();
  const errors = consoleErrors;
  consoleErrors = [];
  if (errors.length > 0) {
    throw new Error(`Unexpected console.error:\n${errors.map((a) => a.map(String).join(' ')).join('\n')}`);
  }
});

afterAll(() => server.close());
