// Nothing from the data or the URL is ever interpreted as HTML. Every free-text field of the report
// (and of the index) gets HTML/script payloads appended; each screen must show them as literal text
// and contain no element they would have created.
import { configure, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Report, ReportIndex } from '../domain/report-schema';
import { reportIndexSchema, reportSchema } from '../domain/report-schema';
import { server } from '../mocks/node';
import { renderApp } from '../../test/support/render-app';
import realReport from '../../data/reports/2026-q1.json';
import realIndex from '../../data/reports/index.json';

// Whole-app renders with lazy screens: allow for a loaded machine (the default is 1 s).
configure({ asyncUtilTimeout: 5_000 });

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  "'><iframe src=javascript:window.__xss=1>",
  '{{constructor.constructor("window.__xss=1")()}}',
];

/** Fields whose format the schema fixes (ids, ISO dates, country codes, hashes, enums): not free text. */
const FIXED =
  /^((reports\.\d+\.)?(id|period\..*)|source\.sha256|source\.parsedAt|(events\.\d+\.)?warnings\.\d+\.field|events\.\d+\.(dates\.(start|end)|place\.countryCode|countries\.\d+|participants\.(qualifier|unit)|countryRoles\.\d+\.(code|role|evidence\.\d+\.field)|countriesStated\.(qualifier|evidence\.field)|foreignParticipants\.(basis|evidence\.\d+\.field)|outcomes\.\d+\.(kind|evidence\.field)))$/;

let counter = 0;
/** Appends a payload to every free-text string, keeping the original so search and charts still work. */
function poison<T>(value: T, path = ''): T {
  if (typeof value === 'string') {
    if (FIXED.test(path)) return value;
    return `${value} ${PAYLOADS[counter++ % PAYLOADS.length]}` as T;
  }
  if (Array.isArray(value)) return value.map((v, i) => poison(v, path ? `${path}.${i}` : String(i))) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, path ? `${path}.${k}` : k)])) as T;
  return value;
}

const report: Report = reportSchema.parse(poison(structuredClone(realReport)));
const index: ReportIndex = reportIndexSchema.parse(poison(structuredClone(realIndex)));
const event = report.events.find((e) => e.countries.includes('BY')) ?? report.events[0]!;

function servePoisoned() {
  server.use(
    http.get('*/api/reports/index.json', () => HttpResponse.json(index)),
    http.get(`*/api/reports/${report.id}.json`, () => HttpResponse.json(report)),
  );
}

/** No element a payload would create, no event-handler attribute, no script ran. */
function expectNoInjection(container: HTMLElement) {
  expect(container.querySelectorAll('script, iframe, object, embed, img[src="x"]')).toHaveLength(0);
  expect(container.querySelectorAll('svg[onload], [onerror], [onload], [onclick]')).toHaveLength(0);
  for (const el of container.querySelectorAll('[href], [src]')) {
    expect(el.getAttribute('href') ?? el.getAttribute('src')).not.toMatch(/^\s*javascript:/i);
  }
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
}

/** The payloads appear as text (at least once each) rather than disappearing or being parsed. */
function expectLiteral(container: HTMLElement) {
  const text = container.textContent ?? '';
  expect(text).toContain('<img src=x onerror="window.__xss=1">');
  expect(text).toContain('<script>window.__xss=1</script>');
}

describe('HTML and script in the data are shown as text', () => {
  it('sanity: every free-text field got a payload, the fixed ones did not', () => {
    expect(event.title).toMatch(/ (<img|<script|"><svg|'><iframe|\{\{)/);
    expect(event.sector.name).toMatch(/ (<img|<script|"><svg|'><iframe|\{\{)/);
    expect(event.place.raw).toMatch(/ (<img|<script|"><svg|'><iframe|\{\{)/);
    expect(event.id).toMatch(/ (<img|<script|"><svg|'><iframe|\{\{)/);
    expect(report.title).toMatch(/ (<img|<script|"><svg|'><iframe|\{\{)/);
    expect(event.countries).toEqual(realReport.events.find((e) => e.id === event.id.split(' ')[0])?.countries);
  });

  it('overview /', async () => {
    servePoisoned();
    const { container } = renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Обзор квартала' }, { timeout: 5_000 })).toBeVisible();
    expect(screen.getByText(report.title)).toBeVisible();
    expectLiteral(container);
    expectNoInjection(container);
  });

  it('events list /events, with a search that highlights inside the payloads', async () => {
    servePoisoned();
    const { container } = renderApp(`/events?q=${encodeURIComponent('onerror')}`);
    expect(await screen.findByRole('heading', { name: 'Мероприятия', level: 2 }, { timeout: 5_000 })).toBeVisible();
    expect(await screen.findAllByText('onerror', { selector: 'mark' }, { timeout: 5_000 })).not.toHaveLength(0);
    expectNoInjection(container);
  });

  it('event detail /events/:id (the id itself carries a payload)', async () => {
    servePoisoned();
    const { container } = renderApp(`/events/${encodeURIComponent(event.id)}`);
    expect(await screen.findByRole('heading', { name: event.title }, { timeout: 5_000 })).toBeVisible();
    expect(screen.getAllByText(event.description, { exact: false }).length).toBeGreaterThan(0);
    expectLiteral(container);
    expectNoInjection(container);
  });

  it('country brief /countries/BY', async () => {
    servePoisoned();
    const { container } = renderApp('/countries/BY');
    const main = await screen.findByRole('main');
    await within(main).findAllByText(/Беларус/, {}, { timeout: 5_000 });
    expectLiteral(container);
    expectNoInjection(container);
  });

  it('data quality /quality', async () => {
    servePoisoned();
    const { container } = renderApp('/quality');
    expect(
      await screen.findByRole('heading', { name: 'Данные и качество', level: 2 }, { timeout: 5_000 }),
    ).toBeVisible();
    expectLiteral(container);
    expectNoInjection(container);
  });
});

describe('HTML and script in the URL are shown as text', () => {
  it('filter parameters and the report parameter', async () => {
    const { container } = renderApp(
      `/events?${new URLSearchParams({
        country: PAYLOADS[0]!,
        sector: PAYLOADS[1]!,
        q: PAYLOADS[2]!,
        from: PAYLOADS[3]!,
        report: PAYLOADS[1]!,
      })}`,
    );
    expect(await screen.findByRole('heading', { name: 'Мероприятия', level: 2 }, { timeout: 5_000 })).toBeVisible();
    expect(await screen.findByText('Часть параметров ссылки не распознана и не применена:')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Поиск' })).toHaveValue(PAYLOADS[2]);
    expect(container.textContent).toContain('<img src=x onerror="window.__xss=1">');
    expect(container.textContent).toContain('Отчёт «<script>window.__xss=1</script>» не найден в списке');
    expectNoInjection(container);
  });

  it('a country code in the path', async () => {
    const { container } = renderApp(`/countries/${encodeURIComponent(PAYLOADS[0]!)}`);
    expect(
      await screen.findByRole('heading', { name: 'Справка по стране недоступна' }, { timeout: 5_000 }),
    ).toBeVisible();
    expect(container.textContent).toContain(PAYLOADS[0]);
    expectNoInjection(container);
  });
});
