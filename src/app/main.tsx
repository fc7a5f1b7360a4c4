import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { awaitPreloadedData } from './preloaded-data';
import { createQueryClient } from './query-client';
import './styles.css';

async function start() {
  // The mock API runs in dev and in the e2e build only; the dynamic import keeps msw out of production.
  if (import.meta.env.DEV || import.meta.env.VITE_MOCK_API === 'true') {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root not found');
  const queryClient = createQueryClient();
  await awaitPreloadedData(queryClient);
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  // Nothing rendered (e.g. the mock API worker could not start): say so instead of a blank page.
  console.error(error);
  const root = document.getElementById('root');
  if (root)
    root.textContent =
      'Не удалось запустить дашборд. Обновите страницу; если ошибка повторится, сообщите администратору.';
});
