// Starts the mock API in the browser (dev server and the e2e build only; never in production).
import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { scenarioFromSearch, setMockScenario } from './scenario';

export async function startMockApi(): Promise<void> {
  setMockScenario(scenarioFromSearch(window.location.search));
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
