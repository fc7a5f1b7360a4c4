// File-level ingest: read a .txt/.docx, parse, validate with the shared schema, serialise
// deterministically, and maintain the reports folder's index.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  reportIndexSchema,
  reportSchema,
  type Report,
  type ReportIndex,
  type ReportSummary,
} from '../domain/report-schema';
import { buildReport, IngestError, parseDocument } from './parse';
import { readDocx } from './read-docx';
import { readTextExport } from './read-text';
import type { SourceDocument } from './source';

export { IngestError } from './parse';

export const SUPPORTED_EXTENSIONS = ['.txt', '.docx'];

/** Pretty JSON with a trailing newline: the one serialisation used for every output file. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older exports may be in the Windows Cyrillic code page.
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

export async function readSourceDocument(file: string, bytes: Buffer): Promise<SourceDocument> {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') return readTextExport(decodeText(bytes));
  if (ext === '.docx') {
    try {
      return await readDocx(bytes);
    } catch (err) {
      throw new IngestError(`не удалось прочитать .docx (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  throw new IngestError(
    `неподдерживаемый формат «${ext || 'без расширения'}», ожидается ${SUPPORTED_EXTENSIONS.join(' или ')}`,
  );
}

/** parsedAt for a fresh parse: SOURCE_DATE_EPOCH (seconds) when set, else now. */
export function freshTimestamp(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000).toISOString();
  return now().toISOString();
}

function readExistingReport(path: string): Report | null {
  if (!existsSync(path)) return null;
  try {
    const parsed = reportSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function withParsedAt(report: Report, parsedAt: string): Report {
  return { ...report, source: { ...report.source, parsedAt } };
}

export interface IngestedReport {
  report: Report;
  json: string;
  outFile: string;
  source: string;
}

/**
 * Reads, parses and validates one file. Writes nothing. The parse date is kept from the existing
 * output when nothing else changed, so re-ingesting the same input yields byte-identical JSON.
 */
export async function ingestFile(
  file: string,
  outDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<IngestedReport> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError(code === 'ENOENT' ? 'файл не найден' : `файл не читается (${code ?? String(err)})`);
  }
  if (bytes.length === 0) throw new IngestError('файл пуст');
  const doc = await readSourceDocument(file, bytes);
  const parsed = parseDocument(doc);
  if (parsed.errors.length > 0) throw new IngestError(parsed.errors.join('; '));
  const draft = buildReport(parsed, { file: basename(file), sha256: sha256(bytes), parsedAt: freshTimestamp(env) });
  const outFile = join(outDir, `${draft.id}.json`);
  const previous = readExistingReport(outFile);
  const report =
    previous && toJson(withParsedAt(previous, draft.source.parsedAt)) === toJson(draft)
      ? withParsedAt(draft, previous.source.parsedAt)
      : draft;
  const checked = reportSchema.safeParse(report);
  if (!checked.success)
    throw new IngestError(
      `результат не прошел проверку схемы: ${checked.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  return { report, json: toJson(report), outFile, source: file };
}

export function summaryOf(report: Report): ReportSummary {
  return { id: report.id, title: report.title, period: { ...report.period }, eventCount: report.events.length };
}

export function readIndex(outDir: string): ReportIndex {
  const path = join(outDir, 'index.json');
  if (!existsSync(path)) return { reports: [] };
  try {
    const parsed = reportIndexSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : { reports: [] };
  } catch {
    return { reports: [] };
  }
}

/** Merges summaries into an index by id; sorted by id. */
export function mergeIndex(index: ReportIndex, summaries: ReportSummary[]): ReportIndex {
  const byId = new Map(index.reports.map((r) => [r.id, r] as const));
  for (const s of summaries) byId.set(s.id, s);
  return reportIndexSchema.parse({ reports: [...byId.values()].sort((a, b) => a.id.localeCompare(b.id)) });
}

function writeAtomic(path: string, content: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Writes reports and the index (only after everything was parsed and validated). */
export function writeOutputs(outDir: string, results: IngestedReport[], index: ReportIndex): void {
  mkdirSync(outDir, { recursive: true });
  for (const r of results) writeAtomic(r.outFile, r.json);
  writeAtomic(join(outDir, 'index.json'), toJson(index));
}

export function listRawFiles(rawDir: string): string[] {
  return readdirSync(rawDir)
    .filter((f) => SUPPORTED_EXTENSIONS.includes(extname(f).toLowerCase()))
    .sort()
    .map((f) => join(rawDir, f));
}
