// The reports a build publishes (data/reports, or REPORTS_DIR), checked where the data is made: every
// report against the schema, and the index against the report files, before anything is built. A
// build with an invalid report fails with a Russian message naming the file; the browser can then
// show the bundled data without validating it first (src/api/page-data.ts).
import { join } from 'node:path';
import { reportIndexSchema, schemaIssues, type Report, type ReportIndex } from '../domain/report-schema';
import { IngestError } from './errors';
import { INDEX_FILE, indexOf, realFs, scanStore, type StoreFs } from './store';

export interface PublishedReports {
  index: ReportIndex;
  reports: ReadonlyMap<string, Report>;
}

const byId = (index: ReportIndex) => JSON.stringify([...index.reports].sort((a, b) => a.id.localeCompare(b.id)));

export function readPublishedReports(dir: string, fs: StoreFs = realFs): PublishedReports {
  const scan = scanStore(dir, fs);
  const indexPath = join(dir, INDEX_FILE);
  if (scan.index === 'missing') throw new IngestError('store', `нет файла ${indexPath}: запустите npm run ingest`);
  let index: ReportIndex;
  try {
    const parsed = reportIndexSchema.safeParse(JSON.parse(fs.readFileSync(indexPath, 'utf8')));
    if (!parsed.success)
      throw new IngestError('invalid-report', `${indexPath} не прошел проверку схемы: ${schemaIssues(parsed.error)}`);
    index = parsed.data;
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError('invalid-report', `${indexPath} не является правильным JSON`);
  }
  const reports = new Map([...scan.reports].map(([id, stored]) => [id, stored.report]));
  if (byId(index) !== byId(indexOf(reports.values())))
    throw new IngestError(
      'store',
      `${indexPath} не совпадает с файлами отчетов в ${dir}: пересоберите его командой npm run ingest`,
    );
  return { index, reports };
}
