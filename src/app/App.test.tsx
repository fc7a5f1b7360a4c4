import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { resetMockScenario, setMockScenario } from '../mocks/scenario';
import { renderApp } from '../../test/support/render-app';
import report from '../../data/reports/2026-q1.json';

/** The first render loads the screen's code, slow on a loaded machine. */
const SLOW = { timeout: 5000 };

describe('app shell', () => {
  it('shows the report period in the header and the report title', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'I квартал 2026 года' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText(report.title)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Разделы' });
    expect(within(nav).getByRole('link', { name: 'Мероприятия' })).toBeInTheDocument();
  });

  it('shows a not-found page for unknown paths', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { name: 'Страница не найдена' }, SLOW)).toBeInTheDocument();
  });

  it('explains a failed report request and recovers on retry', async () => {
    setMockScenario({ failure: '500', target: 'report' });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: /^Не удалось загрузить отчёт за / }, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Сервер вернул ошибку 500.')).toBeInTheDocument();
    resetMockScenario(); // the server recovers
    await userEvent.click(screen.getByRole('button', { name: 'Повторить' }));
    expect(await screen.findByRole('heading', { name: 'Обзор квартала' }, SLOW)).toBeInTheDocument();
  });

  it('rejects schema-invalid data with a message naming the field', async () => {
    setMockScenario({ failure: 'invalid', target: 'report' });
    renderApp('/');
    expect(
      await screen.findByText(/Данные не прошли проверку: поле «events\.0\.number»/, {}, SLOW),
    ).toBeInTheDocument();
  });
});
