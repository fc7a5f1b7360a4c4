// Accessibility in Chromium: axe (WCAG 2.0/2.1 A and AA) reports zero violations on every screen and
// on the error, empty and not-found states; a keyboard-only user can search, filter, open an event and
// return, always seeing where the focus is.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, MOCK_BASE_URL, openPage, screenshot } from './support/browser';
import report from '../../data/reports/2026-q1.json';
import { chartDrawing, eventsTable, paramNotices, resultCount } from './support/locators';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

const event = report.events.find((e) => e.countries.includes('BY') && e.participants.count !== null)!;

/** Each screen, and what shows it is fully rendered. */
const SCREENS: { name: string; url: string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: 'overview (scrolled, so the map and timeline below the fold are drawn too)',
    url: `${BASE_URL}/`,
    ready: async (p) => {
      await chartDrawing(p).first().waitFor();
      await p.keyboard.press('End');
      await p.locator('.country-map__svg').waitFor();
    },
  },
  {
    name: 'events',
    url: `${BASE_URL}/events`,
    ready: (p) => eventsTable(p).getByRole('link').first().waitFor(),
  },
  {
    name: 'events, filtered and searched (highlights, chips)',
    url: `${BASE_URL}/events?country=BY&q=${encodeURIComponent('выставка')}`,
    ready: (p) => eventsTable(p).locator('mark').first().waitFor(),
  },
  {
    name: 'event detail',
    url: `${BASE_URL}/events/${event.id}`,
    ready: (p) => p.getByRole('navigation', { name: 'Соседние мероприятия' }).waitFor(),
  },
  {
    name: 'country brief',
    url: `${BASE_URL}/countries/BY`,
    ready: (p) => chartDrawing(p).first().waitFor(),
  },
  {
    name: 'unknown country',
    url: `${BASE_URL}/countries/ZZ`,
    ready: (p) => p.getByRole('heading', { name: 'Справка по стране недоступна' }).waitFor(),
  },
  {
    name: 'data quality',
    url: `${BASE_URL}/quality`,
    ready: (p) => p.getByRole('heading', { name: 'Данные и качество', level: 2 }).waitFor(),
  },
  {
    name: 'reports (load a report, the list)',
    url: `${BASE_URL}/reports`,
    ready: (p) => p.getByRole('heading', { name: 'Все отчёты' }).waitFor(),
  },
  {
    name: 'year view',
    url: `${BASE_URL}/years/2026`,
    ready: (p) => p.getByRole('heading', { name: '2026 год по кварталам', level: 2 }).waitFor(),
  },
  {
    name: 'not found',
    url: `${BASE_URL}/no-such-page`,
    ready: (p) => p.getByRole('heading', { name: 'Страница не найдена' }).waitFor(),
  },
  {
    name: 'error screen (server error 500)',
    url: `${MOCK_BASE_URL}/?mock=500&mockTarget=report`,
    ready: (p) => p.getByRole('alert').getByRole('button', { name: 'Повторить' }).waitFor({ timeout: 15_000 }),
  },
  {
    name: 'empty report',
    url: `${MOCK_BASE_URL}/?mock=empty&mockTarget=report`,
    ready: (p) => p.getByRole('figure').getByText('В отчёте нет мероприятий').first().waitFor(),
  },
  {
    name: 'parameter notices',
    url: `${BASE_URL}/events?from=notadate&country=${encodeURIComponent('<script>')}`,
    ready: (p) => paramNotices(p).waitFor(),
  },
];

describe('axe: zero WCAG 2.1 A/AA violations', () => {
  // In the light scheme and in the dark one (the system's prefers-color-scheme).
  for (const scheme of ['light', 'dark'] as const)
    for (const screen of SCREENS) {
      it(`${screen.name}${scheme === 'dark' ? ', dark scheme' : ''}`, async () => {
        const { page, context } = await openPage(browser);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(screen.url);
        await screen.ready(page);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }

  it('a phone-width overview and explorer', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
    await page.goto(`${BASE_URL}/`);
    await chartDrawing(page).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${BASE_URL}/events`);
    await eventsTable(page).getByRole('link').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** What has the focus, and whether it is visibly marked. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `match` holds for the focused element; every stop must show its focus. */
async function tabTo(page: Page, match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    expect(f.visible, `focus is not visible on <${f.tag}> «${f.name.slice(0, 40)}»`).toBe(true);
    if (match(f)) return f;
  }
  throw new Error('the target was not reachable with Tab');
}

describe('keyboard only', () => {
  it('search, filter by country, open an event with Enter, and go back', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/events`);
    await eventsTable(page).getByRole('link').first().waitFor();
    const count = () => resultCount(page).textContent();
    const belarus = report.events.filter((e) => e.countries.includes('BY'));

    // A country filter: the Belarus checkbox, toggled with Space.
    await tabTo(page, (f) => f.tag === 'input' && /Беларусь/.test(f.name));
    await page.keyboard.press('Space');
    await expect.poll(count).toMatch(new RegExp(`Найдено:\\s${belarus.length}\\sиз\\s${report.events.length}`));
    // The URL follows the render (use-url-state), so it is polled, not read once.
    await expect.poll(() => new URL(page.url()).searchParams.getAll('country')).toEqual(['BY']);

    // The search box, then a query typed from the keyboard.
    await tabTo(page, (f) => f.id === 'events-search');
    await page.keyboard.type('выставк');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('выставк');
    const matching = await eventsTable(page).getByRole('link').count();
    expect(matching).toBeGreaterThan(0);

    // Open the first event with Enter.
    const link = await tabTo(page, (f) => f.tag === 'a' && (f.href ?? '').startsWith('/events/'));
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Соседние мероприятия' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(link.href!.split('?')[0]);
    await screenshot(page, 'a11y-keyboard-detail');

    // Back to the list, by keyboard: the filter and the query are still applied.
    await tabTo(page, (f) => f.tag === 'a' && /К списку/.test(f.name));
    await page.keyboard.press('Enter');
    await eventsTable(page).getByRole('link').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/events');
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['BY']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('выставк');
    expect(await page.getByRole('searchbox', { name: 'Поиск' }).inputValue()).toBe('выставк');
    // The focus moved into the page with the navigation, not lost on <body>.
    expect(await focused(page)).not.toBeNull();

    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('the skip link is the first stop and moves focus to the content', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${BASE_URL}/`);
    await chartDrawing(page).first().waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', name: 'Перейти к содержанию', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  it('the error screen: «Повторить» is reachable and works from the keyboard', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${MOCK_BASE_URL}/?mock=500&mockTarget=report&mockTimes=3`);
    await page.getByRole('alert').getByRole('button', { name: 'Повторить' }).waitFor({ timeout: 15_000 });
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Повторить');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Обзор квартала' }).waitFor();
    await context.close();
  });
});
