// One chart that fails to draw does not take down the overview: its card says so, keeps its title and
// table, and every other chart and figure on the page still renders.
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/support/render-app';

// Whole-app renders with lazy screens: allow for a loaded machine (the default is 1 s).
configure({ asyncUtilTimeout: 5_000 });

vi.mock('../features/overview/components/CountryMap', () => ({
  default: () => {
    throw new Error('d3-geo: invalid projection');
  },
}));

describe('a broken chart', () => {
  it('is replaced by a message inside its own card; the rest of the overview works', async () => {
    vi.mocked(console.error).mockImplementation(() => {}); // React reports the caught error
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Обзор квартала' }, { timeout: 5_000 })).toBeVisible();
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(alert).toHaveTextContent('Не удалось показать: график «Карта стран-партнёров: число мероприятий»');
    expect(warn).toHaveBeenCalledWith(
      'Ошибка в блоке «график «Карта стран-партнёров: число мероприятий»»',
      expect.any(Error),
      expect.any(String),
    );
    // The failing card keeps its title and its table of numbers.
    const card = alert.closest('figure');
    expect(card).not.toBeNull();
    expect(within(card!).getByRole('heading', { name: 'Карта стран-партнёров: число мероприятий' })).toBeVisible();
    await userEvent.click(within(card!).getByRole('button', { name: 'Таблица' }));
    expect(within(card!).getByRole('table')).toBeVisible();
    // Every other chart is intact, and only one block failed.
    for (const title of [
      'Мероприятия по направлениям сотрудничества',
      'Мероприятия по странам-партнёрам',
      'Участия по направлениям, человек',
      'Мероприятия по неделям квартала',
    ])
      expect(await screen.findByRole('heading', { name: title })).toBeVisible();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
