import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { eventsView, loadPrepared } from '../../test/support/raw-report';
import { countryNames } from './countries';
import { eventRolesText } from './involvement';
import { eventsByCountry } from './aggregations';
import { buildCsv, EXPORT_COLUMNS, neutralizeFormula } from './csv-export';
import { filterView } from './filter-engine';
import { EMPTY_FILTERS } from './filters';
import type { ReportEvent } from './report-schema';

const model = loadPrepared();
const report = model.report;
const kazakhstan = filterView(model, { ...EMPTY_FILTERS, countries: ['KZ'] });

/** The oracle: what each exported row must say, written out from the event fields. */
function expectedRow(e: ReportEvent): string[] {
  const p = e.participants;
  return [
    String(e.number),
    e.sector.name,
    e.title,
    e.place.raw,
    e.place.city ?? '',
    e.place.countryCode ? countryNames(e.place.countryCode).short : '',
    e.place.online ? 'да' : 'нет',
    e.dates.start ?? '',
    e.dates.end ?? '',
    e.dates.raw,
    e.countries.map((c) => countryNames(c).short).join(', '),
    // The counting roles of each country (checked against hand facts below).
    eventRolesText(e),
    p.count === null ? '' : String(p.count),
    p.qualifier === null ? '' : p.qualifier === 'atLeast' ? 'не менее' : 'точно',
    p.unit === null ? '' : p.unit === 'people' ? 'человек' : 'организаций',
    e.foreignParticipants === null ? '' : String(e.foreignParticipants.count),
    e.foreignParticipants === null
      ? ''
      : e.foreignParticipants.basis === 'stated'
        ? 'указано в отчёте'
        : 'выведено из состава участников',
    agreementsOf(e),
    p.raw,
    e.description,
  ].map((cell) => neutralizeFormula(cell.replace(/\r\n?/g, '\n')));
}

/** Agreements signed in the event, when the text gives their number (rows 7 and 8 of Q1). */
function agreementsOf(e: ReportEvent): string {
  const a = e.outcomes.filter((o) => o.kind === 'agreement');
  return a.length === 0 || a.some((o) => o.count === null) ? '' : String(a.reduce((n, o) => n + o.count!, 0));
}

function parse(csv: string, delimiter: string): string[][] {
  const result = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

function injected(title: string): ReportEvent {
  const base = report.events[0]!;
  return { ...base, title, description: '@SUM(A1:A9)', participants: { ...base.participants, raw: '-1+1' } };
}

describe('CSV export', () => {
  it('the Kazakhstan view round-trips through papaparse (Excel dialect)', () => {
    expect(kazakhstan.size).toBe(eventsByCountry(model.all).find((c) => c.code === 'KZ')!.count);
    const rows = parse(buildCsv(kazakhstan, 'excel'), ';');
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header));
    expect(rows.slice(1)).toEqual(kazakhstan.events().map(expectedRow));
  });

  it('the whole report round-trips in the standard dialect', () => {
    const rows = parse(buildCsv(model.all, 'standard'), ',');
    expect(rows.slice(1)).toEqual(report.events.map(expectedRow));
  });

  it('Excel dialect: UTF-8 BOM, «;» separator, CRLF line ends', () => {
    const bytes = new TextEncoder().encode(buildCsv(kazakhstan, 'excel'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const headerLine = text.slice(0, text.indexOf('\r\n'));
    expect(headerLine.split(';')).toHaveLength(EXPORT_COLUMNS.length);
    expect(headerLine.startsWith('№;Направление;')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*(?:""[^"]*)*"/g, '')).not.toMatch(/[^\r]\n/); // bare LF only inside quoted cells
  });

  it('standard dialect: no BOM, «,» separator', () => {
    const csv = buildCsv(kazakhstan, 'standard');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.startsWith('№,Направление,')).toBe(true);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const title = '=HYPERLINK("http://evil.example","нажмите")';
    const rows = parse(buildCsv(eventsView([injected(title)]), 'excel'), ';');
    const row = rows[1]!;
    expect(row[2]).toBe(`'${title}`);
    const column = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header);
    expect(row[column('Участники (как в отчёте)')]).toBe("'-1+1");
    expect(row[column('Цель, содержание и результат')]).toBe("'@SUM(A1:A9)");
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const lead of ['+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${lead}x`)).toBe(`'${lead}x`);
    expect(neutralizeFormula('Встреча')).toBe('Встреча');
  });

  it('quotes separators, quotes and line breaks inside cells', () => {
    const tricky = injected('Форум «Россия; Беларусь», "кавычки"\nи перенос');
    const csv = buildCsv(eventsView([tricky]), 'excel');
    expect(csv).toContain('"Форум «Россия; Беларусь», ""кавычки""\nи перенос"');
    expect(parse(csv, ';')[1]![2]).toBe(tricky.title);
  });
});
