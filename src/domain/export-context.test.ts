import { describe, expect, it } from 'vitest';
import { loadPrepared } from '../../test/support/raw-report';
import { describeFilters, EMPTY_FILTERS, filterNameParts } from './filters';
import { exportContext, exportFileName } from './export-context';

const model = loadPrepared();
const report = model.report;

describe('export file names', () => {
  it('carry the report and the filter', () => {
    expect(exportFileName(report, { ...EMPTY_FILTERS, countries: ['BY'] }, 'csv')).toBe(
      'smolensk-2026-q1-events-BY.csv',
    );
    expect(exportFileName(report, EMPTY_FILTERS, 'xlsx')).toBe('smolensk-2026-q1-events-all.xlsx');
    expect(
      exportFileName(report, { ...EMPTY_FILTERS, months: ['2026-02'], format: 'online', hasParticipants: true }, 'csv'),
    ).toBe('smolensk-2026-q1-events-2026-02-online-with-count.csv');
  });

  it('never carry user text, and stay short', () => {
    const name = exportFileName(report, { ...EMPTY_FILTERS, q: '../../etc/passwd "Минск"' }, 'csv');
    expect(name).toBe('smolensk-2026-q1-events-search.csv');
    const many = exportFileName(
      report,
      { ...EMPTY_FILTERS, sectors: Array.from({ length: 12 }, (_, i) => `sector-number-${i}`) },
      'csv',
    );
    expect(many.length).toBeLessThan(140);
    expect(many).toMatch(/^[A-Za-z0-9_.-]+$/);
  });
});

describe('export context', () => {
  it('describes the filter in words', () => {
    const sector = report.events[0]!.sector;
    expect(
      describeFilters({ ...EMPTY_FILTERS, countries: ['BY', 'KZ'], sectors: [sector.id], q: 'форум' }, model),
    ).toEqual(['Страны: Беларусь, Казахстан', `Направление: ${sector.name}`, 'Поиск: «форум»']);
    expect(describeFilters(EMPTY_FILTERS, model)).toEqual([]);
  });

  it('lists report, period, filter, rows and data date', () => {
    const context = new Map(exportContext(model, EMPTY_FILTERS, 7));
    expect(context.get('Отчёт')).toBe(report.title);
    expect(context.get('Фильтр')).toMatch(/без фильтров/);
    expect(context.get('Строк')).toBe('7');
    expect(context.get('Файл отчёта обработан')).toMatch(/2026/);
  });
});

describe('filterNameParts', () => {
  it('is empty without a filter', () => {
    expect(filterNameParts(EMPTY_FILTERS)).toEqual([]);
  });
  it('names every active filter', () => {
    expect(
      filterNameParts({
        ...EMPTY_FILTERS,
        countries: ['BY', 'KZ'],
        sectors: ['sport'],
        months: ['2026-02'],
        format: 'online',
        hasParticipants: false,
        from: '2026-02-01',
        to: null,
        q: 'выставка',
      }),
    ).toEqual(['BY', 'KZ', 'sport', '2026-02', 'online', 'no-count', '2026-02-01_', 'search']);
  });
});
