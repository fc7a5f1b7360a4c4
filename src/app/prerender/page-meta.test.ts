// What a pasted link shows (title, period, headline figure), against the source report: 34 events in
// the first quarter of 2026, 23 of them with Belarus (golden facts: row 13 only names it), event № 7
// the working visit to Brest.
import { describe, expect, it } from 'vitest';
import report from '../../../data/reports/2026-q1.json';
import { GOLDEN_COUNTRY_EVENTS } from '../../../test/support/golden-q1';
import { preparedReport } from '../../api/prepared-report';
import { reportSchema } from '../../domain/report-schema';
import { pageMeta, SITE_NAME } from './page-meta';

const model = preparedReport(reportSchema.parse(report));

describe('pageMeta', () => {
  it('the overview: the quarter in the title, the headline figure in the description', () => {
    const meta = pageMeta('/', model);
    expect(meta.title).toBe(`Обзор: I квартал 2026 года — ${SITE_NAME}`);
    expect(meta.description).toMatch(/^В I квартале 2026 года .* проведено 34 международных мероприятия\.$/);
  });

  it('the explorer, the quality page and a country brief say what they are', () => {
    expect(pageMeta('/events', model).description).toMatch(/^34 мероприятия за 1 января 2026 г\. – 31 марта 2026 г\./);
    expect(pageMeta('/quality', model).description).toContain(report.source.sha256);
    const brief = pageMeta('/countries/BY', model);
    expect(brief.title).toBe(`Справка: Беларусь — I квартал 2026 года — ${SITE_NAME}`);
    expect(GOLDEN_COUNTRY_EVENTS.BY).toHaveLength(23);
    expect(brief.description).toMatch(/23 международных мероприятия/);
  });

  it('an event: its number and title, then dates and place', () => {
    const meta = pageMeta('/events/2026-q1-7', model);
    expect(meta.title).toBe(
      `№ 7. Рабочий визит делегации Смоленской области в г. Брест (Республика Беларусь) — ${SITE_NAME}`,
    );
    expect(meta.description.length).toBeLessThanOrEqual(300);
    expect(meta.description).toMatch(/^\S.* · /);
  });

  it('the not-found page says so', () => {
    expect(pageMeta('/404', model, true).title).toBe(`Страница не найдена — ${SITE_NAME}`);
  });
});
