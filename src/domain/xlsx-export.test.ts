import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { eventsView, loadPrepared } from '../../test/support/raw-report';
import { EXPORT_COLUMNS } from './csv-export';
import { filterView } from './filter-engine';
import { EMPTY_FILTERS } from './filters';
import { buildXlsx, CONTEXT_SHEET, EVENTS_SHEET } from './xlsx-export';

const model = loadPrepared();
const report = model.report;
const filters = { ...EMPTY_FILTERS, countries: ['KZ'] };
const view = filterView(model, filters);
const events = view.events();

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

const column = (header: string) => EXPORT_COLUMNS.findIndex((c) => c.header === header) + 1;

describe('XLSX export', () => {
  it('round-trips the filtered rows with typed number and date cells', async () => {
    const workbook = await load(await buildXlsx({ view, filters }));
    const sheet = workbook.getWorksheet(EVENTS_SHEET)!;
    expect(sheet.rowCount).toBe(events.length + 1);
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_COLUMNS.map((c) => c.header)]);
    events.forEach((e, i) => {
      const row = sheet.getRow(i + 2);
      const number = row.getCell(column('№'));
      expect(number.type).toBe(ExcelJS.ValueType.Number);
      expect(number.value).toBe(e.number);
      expect(row.getCell(column('Наименование')).value).toBe(e.title);
      expect(row.getCell(column('Цель, содержание и результат')).value).toBe(e.description);
      const start = row.getCell(column('Дата начала'));
      if (e.dates.start) {
        expect(start.type).toBe(ExcelJS.ValueType.Date);
        expect((start.value as Date).toISOString().slice(0, 10)).toBe(e.dates.start);
        expect(start.numFmt).toBe('dd.mm.yyyy');
      } else expect(start.value).toBeNull();
      const count = row.getCell(column('Участников мероприятия'));
      if (e.participants.count === null) expect(count.value).toBeNull();
      else {
        expect(count.type).toBe(ExcelJS.ValueType.Number);
        expect(count.value).toBe(e.participants.count);
      }
    });
  });

  it('has a bold, frozen header and sensible column widths', async () => {
    const sheet = (await load(await buildXlsx({ view, filters }))).getWorksheet(EVENTS_SHEET)!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(column('Наименование')).width).toBeGreaterThan(sheet.getColumn(column('№')).width!);
  });

  it('says which report, period and filter the rows came from', async () => {
    const about = (await load(await buildXlsx({ view, filters }))).getWorksheet(CONTEXT_SHEET)!;
    const pairs = new Map<string, string>();
    about.eachRow((row, n) => {
      if (n > 1) pairs.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(pairs.get('Отчёт')).toBe(report.title);
    expect(pairs.get('Период')).toContain('I квартал 2026 года');
    expect(pairs.get('Фильтр')).toBe('Страна: Казахстан');
    expect(pairs.get('Строк')).toBe(String(events.length));
    expect(pairs.get('SHA-256 исходного файла')).toBe(report.source.sha256);
  });

  it('keeps an injected =HYPERLINK( title an inert text cell, never a formula', async () => {
    const title = '=HYPERLINK("http://evil.example","нажмите")';
    const evil = { ...events[0]!, title };
    const sheet = (await load(await buildXlsx({ view: eventsView([evil]), filters }))).getWorksheet(EVENTS_SHEET)!;
    const cell = sheet.getRow(2).getCell(column('Наименование'));
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(title);
  });
});
