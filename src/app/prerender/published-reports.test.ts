// @vitest-environment node
// The build publishes only reports that pass the schema, with an index that matches them: anything
// else stops it with a Russian message naming the file (src/app/prerender/plugin.ts calls this first).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PublishedReportError, readPublishedReports } from './published-reports';

const REPORTS = resolve(import.meta.dirname, '../../../data/reports');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of data/reports whose Q1 report is changed by `edit`. */
function copyWith(edit: (report: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'published-'));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(REPORTS, 'index.json'), join(dir, 'index.json'));
  const report = JSON.parse(readFileSync(join(REPORTS, '2026-q1.json'), 'utf8')) as Record<string, unknown>;
  edit(report);
  writeFileSync(join(dir, '2026-q1.json'), JSON.stringify(report));
  return dir;
}

function thrown(task: () => unknown): PublishedReportError {
  try {
    task();
  } catch (error) {
    if (error instanceof PublishedReportError) return error;
    throw error;
  }
  throw new Error('expected a PublishedReportError');
}

describe('readPublishedReports', () => {
  it('reads the bundled reports and their index', () => {
    const { index, reports } = readPublishedReports(REPORTS);
    expect(index.reports.map((r) => r.id)).toEqual(['2026-q1']);
    // 34 events in the source report (data/raw, numbered 1–34).
    expect(reports.get('2026-q1')?.events).toHaveLength(34);
  });

  it('refuses a report that fails the schema, naming the file and the field', () => {
    const dir = copyWith((report) => {
      (report.events as Record<string, unknown>[])[3]!.dates = { raw: '5 февраля', start: '5 февраля', end: null };
    });
    const error = thrown(() => readPublishedReports(dir));
    expect(error.message).toContain('2026-q1.json');
    expect(error.message).toMatch(/events\.3\.dates/);
  });

  it('refuses an index that does not match the report files', () => {
    const dir = copyWith((report) => {
      report.title = `${String(report.title)} (исправлено)`;
    });
    const error = thrown(() => readPublishedReports(dir));
    expect(error.message).toMatch(/не совпадает с файлами отчетов/);
  });

  it('refuses a folder without an index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-'));
    dirs.push(dir);
    expect(thrown(() => readPublishedReports(dir)).message).toMatch(/нет файла .*index\.json/);
  });
});
