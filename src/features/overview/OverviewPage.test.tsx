// The overview against the real report through the mock API. Expected numbers come from the hand
// counts of the raw report (test/support/raw-report.ts HAND: the rows behind each figure), never from
// the code under test.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { setMockScenario } from '../../mocks/scenario';
import {
  GOLDEN_AGREEMENT_TOTAL,
  GOLDEN_AGREEMENTS,
  GOLDEN_ARRANGEMENTS,
  GOLDEN_FOREIGN_EVENTS,
  GOLDEN_FOREIGN_PARTICIPANTS,
  GOLDEN_NAMED_COUNTRIES,
} from '../../../test/support/golden-q1';
import { HAND, handSum, rawRows } from '../../../test/support/raw-report';
import { renderApp } from '../../../test/support/render-app';

/** The map is a lazy chunk: give it time to load in jsdom. */
const LAZY = { timeout: 10_000 };

/** The value line of a KPI card, whitespace normalised (ru-RU groups digits with a no-break space). */
function kpiNow(label: string): string {
  const card = screen.getByRole('group', { name: label });
  return card.querySelector('.kpi__value')!.textContent!.replace(/\s+/g, ' ');
}

/** Asserts a KPI value, waiting for it: after a filter click the screen updates a moment later. */
async function expectKpi(label: string, expected: string | number): Promise<void> {
  await screen.findByRole('group', { name: label }, LAZY);
  await waitFor(() => expect(kpiNow(label)).toBe(ru(expected)), LAZY);
}

/** A hand count as the card writes it (ru-RU groups digits; whitespace normalised like kpiNow). */
function ru(value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString('ru-RU').replace(/\s/g, ' ') : value;
}

const TOTAL = rawRows().size;
const BELARUS: readonly number[] = HAND.partners.BY;
/** Row 20 (a telebridge) is marked online in the data, so the online count includes it. */
const ONLINE: readonly number[] = [...HAND.online, ...HAND.onlineUncertain];

async function cardText(label: string): Promise<string> {
  return (await screen.findByRole('group', { name: label }, LAZY)).textContent!.replace(/\s+/g, ' ');
}

const CHART_TITLES = [
  'Мероприятия по направлениям сотрудничества',
  'Участия по направлениям, человек',
  'Мероприятия по странам-партнёрам',
  'Карта стран-партнёров: число мероприятий',
  'Мероприятия по неделям квартала',
];

describe('overview KPI cards', () => {
  it('show the quarter at a glance', async () => {
    renderApp('/');
    await expectKpi('Мероприятий', TOTAL);
    await expectKpi('Стран-партнёров', Object.keys(HAND.partners).length);
    expect(await cardText('Стран-партнёров')).toContain(`Беларусь: ${BELARUS.length} мероприятия`);
    // People are summed where stated (one «более 1200»), organisations apart, the rest are unstated: a sum
    // over events is a count of participations.
    await expectKpi('Участий в мероприятиях', `не менее ${ru(handSum(HAND.people))}`);
    const participants = await cardText('Участий в мероприятиях');
    expect(participants).toContain(`сумма по ${Object.keys(HAND.people).length} мероприятиям с указанным числом`);
    expect(participants).toContain(`не указано в ${TOTAL - HAND.withParticipantCount.length} мероприятиях`);
    const organisations = Object.keys(HAND.organisations).length;
    expect(participants).toContain(
      `отдельно ${handSum(HAND.organisations)} организации (в ${organisations} мероприятиях)`,
    );
    await expectKpi('Дистанционных мероприятий', ONLINE.length);
    await expectKpi('Встреч с иностранными делегациями', HAND.delegationMeetings);
    await expectKpi('Пик активности', HAND.peakWeek.label);
    expect(await cardText('Пик активности')).toContain(`${HAND.peakWeek.rows.length} мероприятий за неделю`);
  });

  it('issue 14: honest countries, foreign participants and agreements (golden facts)', async () => {
    renderApp('/');
    await expectKpi('Мероприятий', TOTAL);
    expect(await cardText('Мероприятий')).toContain(`с иностранным участием — ${GOLDEN_FOREIGN_EVENTS.length}`);
    const countries = await cardText('Стран-партнёров');
    expect(countries).toContain(
      `названо ${GOLDEN_NAMED_COUNTRIES} стран; в одном мероприятии — представители более 12 стран`,
    );
    const participants = await cardText('Участий в мероприятиях');
    const { stated, derived, total } = GOLDEN_FOREIGN_PARTICIPANTS;
    expect(participants).toContain(
      `из-за рубежа — ${total} в ${Object.keys({ ...stated, ...derived }).length} мероприятиях (указано в отчёте — ${handSum(stated)}, выведено из состава участников — ${handSum(derived)})`,
    );
    await expectKpi('Подписано соглашений', GOLDEN_AGREEMENT_TOTAL);
    const agreements = await cardText('Подписано соглашений');
    expect(agreements).toContain(`в ${Object.keys(GOLDEN_AGREEMENTS).length} мероприятиях`);
    expect(agreements).toContain(`достигнутые договорённости — ещё в ${GOLDEN_ARRANGEMENTS.length} мероприятиях`);
  });

  it('names no leader among tied countries (row 15: six countries, one event each)', async () => {
    renderApp('/?sector=tsifrovoe-razvitie');
    await expectKpi('Мероприятий', 1);
    await expectKpi(
      'Стран-партнёров',
      Object.values(HAND.partners).filter((rows) => (rows as readonly number[]).includes(15)).length,
    );
    expect(await cardText('Стран-партнёров')).not.toContain('чаще всего');
  });

  it('follow a country filter from the URL', async () => {
    renderApp('/?country=BY');
    const partnersWithBelarus = Object.values(HAND.partners).filter((rows) => rows.some((r) => BELARUS.includes(r)));
    await expectKpi('Мероприятий', BELARUS.length);
    expect(await cardText('Мероприятий')).toContain(`из ${TOTAL} мероприятий в отчёте`);
    // Belarus and the countries sharing a row with it (China, and Kazakhstan, India, Kyrgyzstan, South Africa in 15).
    await expectKpi('Стран-партнёров', partnersWithBelarus.length);
    await expectKpi('Дистанционных мероприятий', ONLINE.filter((r) => BELARUS.includes(r)).length);
    await expectKpi('Участий в мероприятиях', `не менее ${ru(handSum(HAND.people, BELARUS))}`);
    // The delegation note covers the whole quarter and says so.
    expect(await cardText('Встреч с иностранными делегациями')).toContain('фильтр не применяется');
    const chips = screen.getByRole('group', { name: 'Активные фильтры' });
    expect(within(chips).getByRole('button', { name: /^Убрать фильтр: .*Беларусь$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Показать эти мероприятия (${BELARUS.length})` })).toHaveAttribute(
      'href',
      '/events?country=BY',
    );
    expect(screen.getByRole('link', { name: 'Справка по стране: Беларусь' })).toHaveAttribute('href', '/countries/BY');
  });
});

// Whole-app journeys with several lazy charts: more than the default 15 s on a busy 2-core machine.
describe('overview charts', { timeout: 40_000 }, () => {
  it('render every chart with a title, a text alternative and downloads', async () => {
    renderApp('/');
    for (const title of CHART_TITLES) {
      const figure = await screen.findByRole('figure', { name: title }, LAZY);
      expect(within(figure).getByRole('button', { name: `Скачать график «${title}» в PNG` })).toBeInTheDocument();
      expect(within(figure).getByRole('button', { name: 'Таблица' })).toBeInTheDocument();
    }
    const sectors = screen.getByRole('figure', { name: 'Мероприятия по направлениям сотрудничества' });
    expect(
      within(sectors).getByText(/Больше всего: «Сотрудничество в сфере экономического развития» — 6 мероприятий/),
    ).toBeInTheDocument();
    const timeline = screen.getByRole('figure', { name: 'Мероприятия по неделям квартала' });
    expect(within(timeline).getAllByText(/Пик — неделя 9–15 февр\.: 8 мероприятий/).length).toBeGreaterThan(0);
  });

  it('filter the whole overview from a sector in the table (keyboard alternative)', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const sectors = await screen.findByRole('figure', { name: 'Мероприятия по направлениям сотрудничества' }, LAZY);
    await user.click(within(sectors).getByRole('button', { name: 'Таблица' }));
    const table = within(sectors).getByRole('table');
    // Rows 16–20 are culture and tourism.
    expect(within(table).getByRole('row', { name: /культуры и туризма 5/ })).toBeInTheDocument();
    const toggle = within(table).getByRole('button', { name: 'Сотрудничество в сфере культуры и туризма' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?sector=kultura-i-turizm');
    await expectKpi('Мероприятий', HAND.sectors['культуры и туризма'].length);
    expect(within(table).getByRole('button', { name: 'Сотрудничество в сфере культуры и туризма' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Removing the chip restores the full view.
    await user.click(screen.getByRole('button', { name: 'Убрать фильтр: Сотрудничество в сфере культуры и туризма' }));
    expect(window.location.search).toBe('');
    await expectKpi('Мероприятий', TOTAL);
  });

  it('filter by clicking a country bar, and by Enter on it', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const countries = await screen.findByRole('figure', { name: 'Мероприятия по странам-партнёрам' }, LAZY);
    const kazakhstan = await within(countries).findByRole(
      'button',
      { name: `Казахстан: ${HAND.kazakhstan.length} мероприятия` },
      LAZY,
    );
    await user.click(kazakhstan);
    expect(window.location.search).toBe('?country=KZ');
    await expectKpi('Мероприятий', HAND.kazakhstan.length);
    // The country chart keeps showing every country (it ignores its own selection) and marks the choice.
    const belarus = within(countries).getByRole('button', { name: `Беларусь: ${BELARUS.length} мероприятия` });
    expect(belarus).toHaveAttribute('aria-pressed', 'false');
    belarus.focus();
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?country=KZ&country=BY');
    // Either country: every Belarus row and every Kazakhstan row (row 15 has both).
    await expectKpi('Мероприятий', new Set([...BELARUS, ...HAND.kazakhstan]).size);
  });

  it('filter by a country on the map', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const map = await screen.findByRole('figure', { name: 'Карта стран-партнёров: число мероприятий' }, LAZY);
    await user.click(
      await within(map).findByRole('button', { name: `Индия: ${HAND.partners.IN.length} мероприятия` }, LAZY),
    );
    expect(window.location.search).toBe('?country=IN');
    await expectKpi('Мероприятий', HAND.partners.IN.length);
  });

  it('filter by the peak week on the timeline', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const timeline = await screen.findByRole('figure', { name: 'Мероприятия по неделям квартала' }, LAZY);
    await user.click(
      within(timeline).getByRole('button', {
        name: `Неделя ${HAND.peakWeek.label}: ${HAND.peakWeek.rows.length} мероприятий (пик)`,
      }),
    );
    expect(window.location.search).toBe('?from=2026-02-09&to=2026-02-15');
    await expectKpi('Мероприятий', HAND.peakWeek.rows.length);
  });

  it('show an empty state in every chart when the filter matches nothing', async () => {
    renderApp('/?q=несуществующеесловоxyz');
    await expectKpi('Мероприятий', 0);
    await expectKpi('Участий в мероприятиях', '—');
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
    await expectKpi('Мероприятий', 0);
    await expectKpi('Пик активности', '—');
    for (const title of CHART_TITLES) {
      const figure = await screen.findByRole('figure', { name: title }, LAZY);
      expect(within(figure).getByText('В отчёте нет мероприятий', { selector: '.state__title' })).toBeInTheDocument();
    }
  });
});
