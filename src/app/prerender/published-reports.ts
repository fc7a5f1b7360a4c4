// The reports a build publishes (data/reports, or REPORTS_DIR), checked where the data is made: every
// report against the schema, and the index against the report files, before anything is built. A
// build with an invalid report fails with a Russian message naming the file; the browser can then
// show the bundled data without validating it first (src/api/page-data.ts). Node only; loaded by
// vite.config.ts (hence the file extensions: Vite's config loader needs them), so it stays small and
// needs nothing of the parser.

/** A published report or index the build refuses (the message is Russian and names the file). */
export class PublishedReportError extends Error {
  override name = 'PublishedReportError';
}
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import ru from 'zod/v4/locales/ru.js';
import {
  reportIndexSchema,
  reportSchema,
  schemaIssues,
  type Report,
  type ReportIndex,
} from '../../domain/report-schema.ts';

export interface PublishedReports {
  index: ReportIndex;
  reports: ReadonlyMap<string, Report>;
}

const INDEX_FILE = 'index.json';
const russian = ru();

function readJson(path: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new PublishedReportError(`${what} ${path} не является правильным JSON`);
  }
}

function checked<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value, { error: russian.localeError });
  if (!result.success)
    throw new PublishedReportError(`${what} не прошел проверку схемы: ${schemaIssues(result.error)}`);
  return result.data;
}

const summaries = (index: ReportIndex) =>
  JSON.stringify(
    [...index.reports]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => ({ id: r.id, title: r.title, period: r.period, eventCount: r.eventCount })),
  );

export function readPublishedReports(dir: string): PublishedReports {
  const indexPath = join(dir, INDEX_FILE);
  if (!existsSync(indexPath)) throw new PublishedReportError(`нет файла ${indexPath}: запустите npm run ingest`);
  const index = checked(reportIndexSchema, readJson(indexPath, 'файл'), `файл ${indexPath}`);
  const reports = new Map<string, Report>();
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== INDEX_FILE && !f.startsWith('.'))
    .sort()) {
    const path = join(dir, name);
    const report = checked(reportSchema, readJson(path, 'файл отчета'), `файл отчета ${path}`);
    if (name !== `${report.id}.json`)
      throw new PublishedReportError(
        `файл ${path} содержит отчет ${report.id}: он должен называться ${report.id}.json`,
      );
    reports.set(report.id, report);
  }
  const fromFiles: ReportIndex = {
    reports: [...reports.values()].map((r) => ({
      id: r.id,
      title: r.title,
      period: r.period,
      eventCount: r.events.length,
    })),
  };
  if (summaries(index) !== summaries(fromFiles))
    throw new PublishedReportError(
      `${indexPath} не совпадает с файлами отчетов в ${dir}: пересоберите его командой npm run ingest`,
    );
  return { index, reports };
}
