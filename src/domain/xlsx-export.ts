// XLSX export with typed cells (numbers as numbers, dates as dates), a bold frozen header and a
// second sheet saying which report, period and filter the rows came from. exceljs is large, so it
// is imported only when a user asks for a workbook.
import { utcDate } from '../lib/calendar';
import { EXPORT_COLUMNS, exportRows } from './csv-export';
import type { EventsView } from './events-view';
import { exportContext } from './export-context';
import type { EventFilters } from './filters';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const EVENTS_SHEET = 'Мероприятия';
export const CONTEXT_SHEET = 'О выгрузке';

async function loadExcel() {
  const mod = await import('exceljs');
  // CommonJS package: the classes sit on the module or on its default export depending on the bundler.
  return (mod as unknown as { default?: typeof mod }).default?.Workbook ? mod.default : mod;
}

export async function buildXlsx({ view, filters }: { view: EventsView; filters: EventFilters }): Promise<Uint8Array> {
  const { report } = view.model;
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = report.region;
  workbook.title = report.title;
  // Stable metadata: the same data gives the same workbook.
  workbook.created = new Date(report.source.parsedAt);
  workbook.modified = new Date(report.source.parsedAt);

  const sheet = workbook.addWorksheet(EVENTS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    style:
      c.type === 'date'
        ? { numFmt: 'dd.mm.yyyy' }
        : c.type === 'text'
          ? { alignment: { wrapText: true, vertical: 'top' } }
          : { alignment: { vertical: 'top' } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  for (const row of exportRows(view)) {
    // Strings stay inert text cells (never formulas) in XLSX, so no apostrophe is needed here; dates
    // are UTC midnights, so the serial date in the sheet is the calendar day the report states.
    sheet.addRow(row.map((v, i) => (v !== null && EXPORT_COLUMNS[i]!.type === 'date' ? utcDate(String(v)) : v)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: EXPORT_COLUMNS.length } };

  const about = workbook.addWorksheet(CONTEXT_SHEET);
  about.columns = [
    { header: 'Параметр', width: 26 },
    { header: 'Значение', width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  about.getRow(1).font = { bold: true };
  for (const pair of exportContext(view.model, filters, view.size)) about.addRow(pair);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
