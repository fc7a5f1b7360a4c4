import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportIndexSchema, reportSchema, type Report } from '../src/domain/report-schema';
import { createRng, reportSummary, russianDateRange, synthesizeReport } from './synthetic';

// The template is the newest real report, exactly as the benchmark uses it.
const index = reportIndexSchema.parse(JSON.parse(readFileSync('data/reports/index.json', 'utf8')));
const newestId = [...index.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0]!.id;
const template = reportSchema.parse(JSON.parse(readFileSync(`data/reports/${newestId}.json`, 'utf8')));

function share<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return new Map([...counts].map(([k, n]) => [k, n / items.length]));
}

describe('synthesizeReport', () => {
  const small = synthesizeReport(template, { id: '2091-q2', eventCount: 1000, seed: 7 });

  it('produces a schema-valid report with the requested number of uniquely numbered events', () => {
    expect(() => reportSchema.parse(small)).not.toThrow();
    expect(small.events).toHaveLength(1000);
    expect(new Set(small.events.map((e) => e.id)).size).toBe(1000);
    expect(small.events[999]).toMatchObject({ id: '2091-q2-1000', number: 1000 });
    expect(small.period).toEqual({ year: 2091, quarter: 2, start: '2091-04-01', end: '2091-06-30' });
  });

  it('is deterministic by seed', () => {
    const again = synthesizeReport(template, { id: '2091-q2', eventCount: 1000, seed: 7 });
    const other = synthesizeReport(template, { id: '2091-q2', eventCount: 1000, seed: 8 });
    expect(again).toEqual(small);
    expect(other.events.map((e) => e.title)).not.toEqual(small.events.map((e) => e.title));
  });

  it('only uses sectors, countries, places and participant texts of the real report', () => {
    const sectors = new Set(template.events.map((e) => e.sector.id));
    const countries = new Set(template.events.flatMap((e) => e.countries));
    const places = new Set(template.events.map((e) => e.place.raw));
    const participants = new Set(template.events.map((e) => e.participants.raw));
    for (const event of small.events) {
      expect(sectors).toContain(event.sector.id);
      for (const c of event.countries) expect(countries).toContain(c);
      expect(places).toContain(event.place.raw);
      expect(participants).toContain(event.participants.raw);
    }
  });

  it('follows the real distributions of sectors, countries and the online share at 10 000 events', () => {
    const big = synthesizeReport(template, { id: '2092-q1', eventCount: 10_000, seed: 42 });
    // Binomial sampling error at n = 10 000 is below 0.5 percentage points; allow 2.5.
    const tolerance = 0.025;
    const expectedSectors = share(template.events, (e) => e.sector.id);
    const actualSectors = share(big.events, (e) => e.sector.id);
    for (const [sector, p] of expectedSectors)
      expect(Math.abs((actualSectors.get(sector) ?? 0) - p)).toBeLessThan(tolerance);

    const online = (r: Report) => r.events.filter((e) => e.place.online).length / r.events.length;
    expect(Math.abs(online(big) - online(template))).toBeLessThan(tolerance);

    const withCountry = (r: Report, code: string) =>
      r.events.filter((e) => e.countries.includes(code)).length / r.events.length;
    for (const code of new Set(template.events.flatMap((e) => e.countries)))
      expect(Math.abs(withCountry(big, code) - withCountry(template, code))).toBeLessThan(tolerance);

    const counted = (r: Report) => r.events.filter((e) => e.participants.count !== null).length / r.events.length;
    expect(Math.abs(counted(big) - counted(template))).toBeLessThan(tolerance);
  });

  it('keeps each event in the same month of its quarter as the real events', () => {
    const big = synthesizeReport(template, { id: '2093-q1', eventCount: 10_000, seed: 3 });
    const monthOfQuarter = (iso: string | null, r: Report) =>
      iso === null ? 'undated' : String(Number(iso.slice(5, 7)) - (r.period.quarter - 1) * 3);
    const expected = share(template.events, (e) => monthOfQuarter(e.dates.start, template));
    const actual = share(big.events, (e) => monthOfQuarter(e.dates.start, big));
    for (const [month, p] of expected) expect(Math.abs((actual.get(month) ?? 0) - p)).toBeLessThan(0.025);
    for (const event of big.events) {
      if (event.dates.start === null) continue;
      expect(event.dates.start >= big.period.start && event.dates.start <= big.period.end).toBe(true);
      expect(event.dates.end === null || event.dates.end >= event.dates.start).toBe(true);
    }
  });

  it('summarises a report for the index', () => {
    expect(reportIndexSchema.parse({ reports: [reportSummary(small)] }).reports[0]).toMatchObject({
      id: '2091-q2',
      eventCount: 1000,
    });
  });

  it('rejects ids that are not YYYY-qN and an empty template', () => {
    expect(() => synthesizeReport(template, { id: 'bench', eventCount: 1, seed: 1 })).toThrow(/ГГГГ-qN/);
    expect(() => synthesizeReport({ ...template, events: [] }, { id: '2091-q1', eventCount: 1, seed: 1 })).toThrow(
      /нет мероприятий/,
    );
  });
});

describe('russianDateRange', () => {
  it('words single days, ranges within a month and across months as the reports do', () => {
    expect(russianDateRange('2091-03-09', '2091-03-09')).toBe('9 марта 2091 года');
    expect(russianDateRange('2091-03-09', '2091-03-11')).toBe('9-11 марта 2091 года');
    expect(russianDateRange('2091-03-30', '2091-04-02')).toBe('30 марта - 2 апреля 2091 года');
    expect(russianDateRange('2091-12-30', '2092-01-02')).toBe('30 декабря 2091 года - 2 января 2092 года');
  });
});

describe('createRng', () => {
  it('gives the same floats in [0, 1) for the same seed', () => {
    const a = createRng(1);
    const b = createRng(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
