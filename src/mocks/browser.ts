// Starts the mock API in the browser (dev server and the e2e build only; never in production).
import { setupWorker } from 'msw/browser';
import { setRequestTimeoutMs } from '../api/client';
import { handlers } from './handlers';
import { scenarioFromSearch, setMockScenario } from './scenario';

export async function startMockApi(): Promise<void> {
  const scenario = scenarioFromSearch(window.location.search);
  setMockScenario(scenario);
  if (scenario.timeoutMs !== null) setRequestTimeoutMs(scenario.timeoutMs);
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
