import { startApp } from './start';
import './styles.css';

startApp().catch((error: unknown) => {
  // Nothing rendered (e.g. the mock API worker could not start): say so instead of a blank page.
  console.error(error);
  const root = document.getElementById('root');
  if (root)
    root.textContent =
      'Не удалось запустить дашборд. Обновите страницу; если ошибка повторится, сообщите администратору.';
});
