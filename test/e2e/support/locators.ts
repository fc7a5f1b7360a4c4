// Locators by role and accessible name for what several journeys look for, so the tests follow what a
// user (and a screen reader) perceives rather than CSS classes.
import type { Locator, Page } from 'playwright-core';

/** The explorer's events table (its caption names it). */
export function eventsTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Мероприятия отчёта/ });
}

/** The table's data rows (the header row has no cells; spacer rows are hidden from the accessibility tree). */
export function eventRows(page: Page): Locator {
  return eventsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

/** «Найдено: N из M», the explorer's live result count. */
export function resultCount(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Найдено:/ });
}

/** The notice listing URL parameters that were not applied. */
export function paramNotices(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'Часть параметров ссылки не распознана' });
}

/** The drawing of any chart card (every chart is a figure named by its title). */
export function chartDrawing(page: Page): Locator {
  return page.getByRole('figure').locator('svg');
}
