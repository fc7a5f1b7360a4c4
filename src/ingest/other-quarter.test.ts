// @vitest-environment node
// Nothing in the parser is specific to 2026-q1: a synthetic Q3 2025 report with other months, sectors,
// countries, cities and wordings must ingest as well.
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../domain/report-schema';
import { buildReport, parseDocument } from './parse';
import { readTextExport } from './read-text';
import { Q3_2025_TEXT } from '../../test/support/raw-report';

const Q3 = Q3_2025_TEXT;

describe('a report for another quarter', () => {
  const parsed = parseDocument(readTextExport(Q3));
  const report = buildReport(parsed, { file: 'q3.txt', sha256: '0'.repeat(64), parsedAt: '2025-10-01T00:00:00.000Z' });

  it('takes id, period and region from the title', () => {
    expect(report.id).toBe('2025-q3');
    expect(report.period).toEqual({ year: 2025, quarter: 3, start: '2025-07-01', end: '2025-09-30' });
    expect(report.region).toBe('Брянская область');
    expect(() => reportSchema.parse(report)).not.toThrow();
  });
  it('reads sectors and events', () => {
    expect(report.events.map((e) => [e.id, e.sector.id])).toEqual([
      ['2025-q3-1', 'energetika'],
      ['2025-q3-2', 'energetika'],
      ['2025-q3-3', 'fizicheskaya-kultura-i-sport'],
      ['2025-q3-4', 'fizicheskaya-kultura-i-sport'],
    ]);
  });
  it('dates: year from the period, ranges across months, numeric dates, month only', () => {
    expect(report.events.map((e) => [e.dates.start, e.dates.end])).toEqual([
      ['2025-07-01', '2025-07-03'],
      ['2025-09-30', '2025-10-02'],
      ['2025-08-12', '2025-08-12'],
      ['2025-08-01', '2025-08-31'],
    ]);
    expect(report.events[1]?.warnings).toEqual([]); // overlaps the quarter: no warning
    expect(report.events[3]?.warnings.map((w) => w.message).join()).toMatch(/только месяц/);
  });
  it('places and partner countries', () => {
    expect(report.events.map((e) => [e.place.city, e.place.countryCode, e.place.online])).toEqual([
      ['Ташкент', 'UZ', false],
      ['Ханой', 'VN', false],
      ['Брянск', 'RU', false],
      [null, null, true],
    ]);
    expect(report.events.map((e) => e.countries)).toEqual([['UZ'], ['CN', 'VN'], ['AM', 'RS'], ['MN']]);
  });
  it('participants', () => {
    expect(
      report.events.map((e) => [e.participants.count, e.participants.qualifier, e.participants.foreignCount]),
    ).toEqual([
      [300, 'atLeast', 25],
      [5, 'exact', null],
      [46, 'exact', null],
      [null, null, null],
    ]);
  });
  it('closing note', () =>
    expect(report.notes).toEqual(['За III квартал 2025 года проведено 2 приема иностранных делегаций']));
});
