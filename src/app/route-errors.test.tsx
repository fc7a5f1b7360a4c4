// A screen whose code fails to load, or that crashes outside any section boundary, gets an error screen
// inside the page chrome: the header and navigation keep working.
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/support/render-app';

// Whole-app renders with lazy screens: allow for a loaded machine (the default is 1 s).
configure({ asyncUtilTimeout: 5_000 });

// The events screen's chunk "fails to download" (what a browser reports after a redeploy).
vi.mock('../features/events/EventsPage', () => ({
  get EventsPage(): never {
    throw new TypeError('Failed to fetch dynamically imported module: /assets/EventsPage-abc123.js');
  },
}));
// The quality screen crashes while rendering.
vi.mock('../features/quality/QualityPage', () => ({
  QualityPage: () => {
    throw new Error('undefined is not a function');
  },
}));

function expectLoggedErrors() {
  vi.mocked(console.error).mockImplementation(() => {});
  return vi.spyOn(console, 'warn').mockImplementation(() => {});
}

describe('route-level failures', () => {
  it('explains a screen whose code could not be loaded, keeping the navigation', async () => {
    const warn = expectLoggedErrors();
    renderApp('/events');
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(within(alert).getByRole('heading', { name: 'Не удалось загрузить раздел' })).toBeVisible();
    expect(within(alert).getByText(/Обновите страницу/)).toBeVisible();
    expect(within(alert).getByRole('button', { name: 'Повторить' })).toBeVisible();
    expect(warn).toHaveBeenCalled();
    // The chrome survived: navigating to the overview works.
    const nav = screen.getByRole('navigation', { name: 'Разделы' });
    await userEvent.click(within(nav).getByRole('link', { name: 'Обзор' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'I квартал 2026 года' }, { timeout: 5_000 }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), { timeout: 5_000 });
  });

  it('contains a screen that crashes while rendering, and recovers on navigation', async () => {
    expectLoggedErrors();
    renderApp('/quality');
    const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
    expect(within(alert).getByRole('heading', { name: 'Не удалось показать страницу' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Разделы' });
    expect(within(nav).getByRole('link', { name: 'Обзор' })).toBeVisible();
    await userEvent.click(within(nav).getByRole('link', { name: 'Обзор' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'I квартал 2026 года' }, { timeout: 5_000 }),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument(), { timeout: 5_000 });
  });
});
