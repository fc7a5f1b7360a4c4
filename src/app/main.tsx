// The entry: only the stylesheet and this file load before the first paint. A prerendered page is
// complete HTML, so the browser paints it first and evaluates the app's code (React, the router, the
// query cache: several hundred ms of main thread) after that frame; otherwise the module graph would
// run before the first frame and hold the prerendered charts back until hydration.
import { PAGE_DATA_ID } from '../config/page-data-id';
import { yieldToBrowser } from '../lib/yield';
import './styles.css';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function main() {
  if (document.getElementById(PAGE_DATA_ID)) {
    await nextFrame();
    // React DOM alone is the largest module to run: a task of its own, then the app's modules.
    await import('react-dom/client');
    await yieldToBrowser();
  }
  const { startApp } = await import('./start');
  await startApp();
}

main().catch((error: unknown) => {
  // Nothing rendered (e.g. the mock API worker could not start): say so instead of a blank page.
  console.error(error);
  const root = document.getElementById('root');
  // A prerendered page stays readable as it is (links work as plain links).
  if (root && !document.getElementById(PAGE_DATA_ID))
    root.textContent =
      'Не удалось запустить дашборд. Обновите страницу; если ошибка повторится, сообщите администратору.';
});
