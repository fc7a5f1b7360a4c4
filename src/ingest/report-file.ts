// The pure core's entry point: one source file's bytes → a validated report. Used by `npm run ingest`
// and, in a browser worker, by the report importer. No file system, no Node APIs.
import ru from 'zod/v4/locales/ru.js';
import { reportSchema, schemaIssues, type Report } from '../domain/report-schema';
import { IngestError } from './errors';
import { buildReport, parseDocument } from './parse';
import { readSource } from './read-source';
import { sha256Hex } from './sha256';

export interface ReportFileInput {
  /** File name as the user sees it (kept in report.source.file). */
  name: string;
  bytes: Uint8Array;
  /** ISO date-time recorded as report.source.parsedAt. */
  parsedAt: string;
}

export interface ParsedReportFile {
  report: Report;
  format: 'docx' | 'txt';
  /** For text: the detected encoding. */
  encoding: string | null;
}

/** What the parser is doing, for a progress display: reading the file, reading its table, checking the result. */
export type ParseStage = 'reading' | 'parsing' | 'checking';

const russian = ru();

/** Validates a report with the shared schema; every message in Russian. */
export function checkReport(value: unknown, what: string): Report {
  const checked = reportSchema.safeParse(value, { error: russian.localeError });
  if (!checked.success)
    throw new IngestError('invalid-report', `${what} не прошел проверку схемы: ${schemaIssues(checked.error)}`);
  return checked.data;
}

/**
 * Reads, parses and validates. Throws IngestError (with a Russian message) for anything it refuses.
 * `onStage` hears each stage as it starts (the browser importer shows it).
 */
export async function parseReportFile(
  input: ReportFileInput,
  onStage: (stage: ParseStage) => void = () => {},
): Promise<ParsedReportFile> {
  onStage('reading');
  const source = readSource(input.name, input.bytes);
  onStage('parsing');
  const parsed = parseDocument(source.doc);
  const report = buildReport(parsed, {
    file: input.name,
    sha256: await sha256Hex(input.bytes),
    parsedAt: input.parsedAt,
    ...(source.encoding ? { encoding: source.encoding } : {}),
  });
  onStage('checking');
  return { report: checkReport(report, 'результат'), format: source.format, encoding: source.encoding };
}
