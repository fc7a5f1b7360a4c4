// Starts the mock API in the browser (dev server and the e2e build only; never in production).
import { setupWorker } from 'msw/browser';
import { setRequestTimeoutMs } from '../api/client';
import { registerUrlParams } from '../config/url-params';
import { handlers } from './handlers';
import { MOCK_URL_PARAMS, scenarioFromSearch, setMockScenario } from './scenario';

export async function startMockApi(): Promise<void> {
  // Links carrying these switches are not mistakes: screens that flag unknown parameters accept them.
  registerUrlParams(MOCK_URL_PARAMS);
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
