import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureDownloads, type SavedFile } from '../../../test/support/downloads';
import { loadPrepared } from '../../../test/support/raw-report';
import { EXPORT_COLUMNS } from '../../domain/csv-export';
import { filterView } from '../../domain/filter-engine';
import { EMPTY_FILTERS } from '../../domain/filters';
import { EVENTS_SHEET } from '../../domain/xlsx-export';
import { ExportMenu } from './ExportMenu';

const model = loadPrepared();
const report = model.report;
const filters = { ...EMPTY_FILTERS, countries: ['BY'] };
const view = filterView(model, filters);
const events = view.events();

let saved: SavedFile[] = [];

beforeEach(() => {
  saved = captureDownloads();
});

afterEach(() => vi.unstubAllGlobals());

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe('ExportMenu', () => {
  it('downloads CSV for Excel named after the report and filter, with BOM and «;»', async () => {
    const user = userEvent.setup();
    render(<ExportMenu view={view} filters={filters} />);
    await user.click(screen.getByRole('button', { name: /CSV для Excel/ }));
    expect(saved.map((s) => s.name)).toEqual(['smolensk-2026-q1-events-BY.csv']);
    const data = await bytes(saved[0]!.blob);
    expect([...data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(new TextDecoder().decode(data.slice(3)), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(events.length + 1);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(events.map((e) => e.number));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Файл smolensk-2026-q1-events-BY.csv сохранён (${events.length} строк`,
    );
  });

  it('downloads standard CSV without BOM', async () => {
    const user = userEvent.setup();
    render(<ExportMenu view={view} filters={filters} />);
    await user.click(screen.getByRole('button', { name: /стандартном CSV/ }));
    const text = new TextDecoder().decode(await bytes(saved[0]!.blob));
    expect(text.startsWith('№,Направление,')).toBe(true);
  });

  it('builds the XLSX on demand and saves it with the same rows', async () => {
    const user = userEvent.setup();
    render(<ExportMenu view={model.all} filters={EMPTY_FILTERS} />);
    await user.click(screen.getByRole('button', { name: 'Скачать таблицу в XLSX' }));
    // exceljs is loaded on demand: slow on a loaded machine.
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
    expect(saved[0]!.name).toBe('smolensk-2026-q1-events-all.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await saved[0]!.blob.arrayBuffer());
    const sheet = workbook.getWorksheet(EVENTS_SHEET)!;
    expect(sheet.rowCount).toBe(report.events.length + 1);
    expect(sheet.getRow(1).getCell(EXPORT_COLUMNS.length).value).toBe(EXPORT_COLUMNS.at(-1)!.header);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('сохранён'));
  });

  it('disables the buttons when there is nothing to export', () => {
    render(
      <ExportMenu
        view={filterView(model, { ...EMPTY_FILTERS, countries: ['MD'] })}
        filters={{ ...EMPTY_FILTERS, countries: ['MD'] }}
      />,
    );
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
    expect(screen.getByText('Нет мероприятий для выгрузки.')).toBeInTheDocument();
  });
});
