// A table that fails to render does not take down the explorer: search, facets, exports and the
// press figures keep working around a message in the table's place.
import { configure, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/support/render-app';

configure({ asyncUtilTimeout: 5_000 });

vi.mock('./components/EventsTable', () => ({
  EventsTable: () => {
    throw new Error('virtualiser: measure failed');
  },
}));

describe('a broken events table', () => {
  it('shows a message in its place; the rest of the explorer stays usable', async () => {
    vi.mocked(console.error).mockImplementation(() => {}); // React reports the caught error
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderApp('/events?country=KZ');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Не удалось показать: таблица мероприятий');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('searchbox')).toBeVisible();
    expect(screen.getByRole('group', { name: 'Скачать таблицу мероприятий' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Цифры для прессы' })).toBeVisible();
    expect(screen.getByText(/Найдено: 4 из 34/)).toBeVisible();
  });
});
