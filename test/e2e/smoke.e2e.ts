// First journey: the built app shows the report and its events.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, openPage, screenshot } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('smoke', () => {
  it('opens the overview with the report title and period', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('I квартал 2026 года');
    expect(
      await page
        .getByText(/в I квартале 2026 года/)
        .first()
        .isVisible(),
    ).toBe(true);
    await screenshot(page, 'smoke-overview');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('lists the events on /events', async () => {
    const { page, problems, context } = await openPage(browser);
    // The table is virtualised (only rows in view are in the DOM), so search for the row.
    await page.goto(`${BASE_URL}/events?q=Твардовского`);
    await page.getByRole('heading', { name: 'Мероприятия', level: 2 }).waitFor();
    await page
      .getByRole('link', { name: /Твардовского/ })
      .first()
      .waitFor();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });
});
