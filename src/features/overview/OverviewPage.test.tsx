// The overview against the real report through the mock API. Expected numbers are hand counts from
// the raw report (see src/domain/aggregations.test.ts for the row lists behind the full-report ones).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setMockScenario } from '../../mocks/scenario';
import { renderApp } from '../../../test/support/render-app';

/** Charts are a lazy chunk (recharts), the map another: give them time to load in jsdom. */
const LAZY = { timeout: 10_000 };

/** The value line of a KPI card, whitespace normalised (ru-RU groups digits with a no-break space). */
function kpiNow(label: string): string {
  const card = screen.getByRole('group', { name: label });
  return card.querySelector('.kpi__value')!.textContent!.replace(/\s+/g, ' ');
}

/** Waits for a KPI value: after a filter click the route loader runs before the screen updates. */
async function kpi(label: string, expected?: string): Promise<string> {
  await screen.findByRole('group', { name: label }, LAZY);
  if (expected !== undefined) await waitFor(() => expect(kpiNow(label)).toBe(expected), LAZY);
  return kpiNow(label);
}

async function cardText(label: string): Promise<string> {
  return (await screen.findByRole('group', { name: label }, LAZY)).textContent!.replace(/\s+/g, ' ');
}

const CHART_TITLES = [
  'Мероприятия по сферам сотрудничества',
  'Участники по сферам, человек',
  'Мероприятия по странам-партнёрам',
  'Карта стран-партнёров: число мероприятий',
  'Мероприятия по неделям квартала',
];

describe('overview KPI cards', () => {
  it('show the quarter at a glance', async () => {
    renderApp('/');
    expect(await kpi('Мероприятий', '34')).toBe('34');
    expect(await kpi('Стран-партнёров', '8')).toBe('8');
    expect(await cardText('Стран-партнёров')).toContain('Беларусь: 24 мероприятия');
    // 16 events state people (one of them «более 1200»), 13 state nothing, 5 count organisations.
    expect(await kpi('Участников, человек', 'не менее 6 778')).toBe('не менее 6 778');
    const participants = await cardText('Участников, человек');
    expect(participants).toContain('сумма по 16 мероприятиям с указанным числом');
    expect(participants).toContain('не указано в 13 мероприятиях');
    expect(participants).toContain('отдельно 34 организации (в 5 мероприятиях)');
    expect(await kpi('Дистанционных мероприятий', '9')).toBe('9');
    expect(await kpi('Встреч с иностранными делегациями', '3')).toBe('3');
    expect(await kpi('Пик активности', '9–15 февр.')).toBe('9–15 февр.');
    expect(await cardText('Пик активности')).toContain('8 мероприятий за неделю');
  });

  it('follow a country filter from the URL', async () => {
    renderApp('/?country=BY');
    // Belarus rows: 7–13, 15–26, 29–33 (24). Their other partners: China (12, 15), and Kazakhstan,
    // India, Kyrgyzstan, South Africa (15) → 6 countries with Belarus. Online among them: 17–21, 23, 24.
    // People: 9 (4) + 15 (≥1200) + 17 (120) + 18 (13) + 19 (32) + 20 (50) + 21 (102) + 22 (120)
    // + 23 (2) + 24 (2) + 25 (8) + 26 (50) = 1 703, a lower bound.
    expect(await kpi('Мероприятий', '24')).toBe('24');
    expect(await cardText('Мероприятий')).toContain('из 34 мероприятий в отчёте');
    expect(await kpi('Стран-партнёров', '6')).toBe('6');
    expect(await kpi('Дистанционных мероприятий', '7')).toBe('7');
    expect(await kpi('Участников, человек', 'не менее 1 703')).toBe('не менее 1 703');
    // The delegation note covers the whole quarter and says so.
    expect(await cardText('Встреч с иностранными делегациями')).toContain('фильтр не применяется');
    const chips = screen.getByRole('group', { name: 'Активные фильтры' });
    expect(within(chips).getByRole('button', { name: /^Убрать фильтр: .*Беларусь$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Показать эти мероприятия (24)' })).toHaveAttribute(
      'href',
      '/events?country=BY',
    );
    expect(screen.getByRole('link', { name: 'Справка по стране: Беларусь' })).toHaveAttribute('href', '/countries/BY');
  });
});

describe('overview charts', () => {
  it('render every chart with a title, a text alternative and downloads', async () => {
    renderApp('/');
    for (const title of CHART_TITLES) {
      const figure = await screen.findByRole('figure', { name: title }, LAZY);
      expect(within(figure).getByRole('button', { name: `Скачать график «${title}» в PNG` })).toBeInTheDocument();
      expect(within(figure).getByRole('button', { name: 'Таблица' })).toBeInTheDocument();
    }
    const sectors = screen.getByRole('figure', { name: 'Мероприятия по сферам сотрудничества' });
    expect(
      within(sectors).getByText(/Больше всего: «Сотрудничество в сфере экономического развития» — 6 мероприятий/),
    ).toBeInTheDocument();
    const timeline = screen.getByRole('figure', { name: 'Мероприятия по неделям квартала' });
    expect(within(timeline).getAllByText(/Пик — неделя 9–15 февр\.: 8 мероприятий/).length).toBeGreaterThan(0);
  });

  it('filter the whole overview from a sector in the table (keyboard alternative)', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const sectors = await screen.findByRole('figure', { name: 'Мероприятия по сферам сотрудничества' }, LAZY);
    await user.click(within(sectors).getByRole('button', { name: 'Таблица' }));
    const table = within(sectors).getByRole('table');
    // Rows 16–20 are culture and tourism.
    expect(within(table).getByRole('row', { name: /культуры и туризма 5/ })).toBeInTheDocument();
    const toggle = within(table).getByRole('button', { name: 'Сотрудничество в сфере культуры и туризма' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?sector=kultura-i-turizm');
    expect(await kpi('Мероприятий', '5')).toBe('5');
    expect(within(table).getByRole('button', { name: 'Сотрудничество в сфере культуры и туризма' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Removing the chip restores the full view.
    await user.click(screen.getByRole('button', { name: 'Убрать фильтр: Сотрудничество в сфере культуры и туризма' }));
    expect(window.location.search).toBe('');
    expect(await kpi('Мероприятий', '34')).toBe('34');
  });

  it('filter by clicking a country bar, and by Enter on it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const countries = await screen.findByRole('figure', { name: 'Мероприятия по странам-партнёрам' }, LAZY);
    const kazakhstan = await within(countries).findByRole('button', { name: 'Казахстан: 4 мероприятия' }, LAZY);
    await user.click(kazakhstan);
    expect(window.location.search).toBe('?country=KZ');
    // Kazakhstan rows: 4, 5, 15, 34.
    expect(await kpi('Мероприятий', '4')).toBe('4');
    // The country chart keeps showing every country (it ignores its own selection) and marks the choice.
    const belarus = within(countries).getByRole('button', { name: 'Беларусь: 24 мероприятия' });
    expect(belarus).toHaveAttribute('aria-pressed', 'false');
    belarus.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?country=KZ&country=BY');
    // Either country: 24 Belarus rows + 4, 5, 34 (row 15 has both) = 27.
    expect(await kpi('Мероприятий', '27')).toBe('27');
  });

  it('filter by a country on the map', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const map = await screen.findByRole('figure', { name: 'Карта стран-партнёров: число мероприятий' }, LAZY);
    await user.click(await within(map).findByRole('button', { name: 'Индия: 2 мероприятия' }, LAZY));
    expect(window.location.search).toBe('?country=IN');
    // India rows: 15 and 28.
    expect(await kpi('Мероприятий', '2')).toBe('2');
  });

  it('filter by the peak week on the timeline', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const timeline = await screen.findByRole('figure', { name: 'Мероприятия по неделям квартала' }, LAZY);
    await user.click(within(timeline).getByRole('button', { name: 'Неделя 9–15 февр.: 8 мероприятий (пик)' }));
    expect(window.location.search).toBe('?from=2026-02-09&to=2026-02-15');
    expect(await kpi('Мероприятий', '8')).toBe('8');
  });

  it('show an empty state in every chart when the filter matches nothing', async () => {
    renderApp('/?q=несуществующеесловоxyz');
    expect(await kpi('Мероприятий', '0')).toBe('0');
    expect(await kpi('Участников, человек', '—')).toBe('—');
    for (const title of CHART_TITLES) {
      const figure = await screen.findByRole('figure', { name: title }, LAZY);
      expect(
        within(figure).getByText('Нет мероприятий, подходящих под фильтр', { selector: '.state__title' }),
      ).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Сбросить фильтр' })).toBeInTheDocument();
  });

  it('show empty states for a report without events', async () => {
    setMockScenario({ failure: 'empty', target: 'report' });
    renderApp('/');
    expect(await kpi('Мероприятий', '0')).toBe('0');
    expect(await kpi('Пик активности', '—')).toBe('—');
    for (const title of CHART_TITLES) {
      const figure = await screen.findByRole('figure', { name: title }, LAZY);
      expect(within(figure).getByText('В отчёте нет мероприятий', { selector: '.state__title' })).toBeInTheDocument();
    }
  });
});
