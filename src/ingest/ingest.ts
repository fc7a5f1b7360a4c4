// File-level ingest in Node: read a source file from disk and hand its bytes to the pure core
// (report-file.ts); list the raw folder. The report store is in store.ts, the command in cli.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Report } from '../domain/report-schema';
import { IngestError } from './errors';
import { parseReportFile } from './report-file';
import { extensionOf, SUPPORTED_EXTENSIONS } from './read-source';

export { toJson } from './json';

/** parsedAt for a fresh parse: SOURCE_DATE_EPOCH (seconds) when set, else now. */
export function freshTimestamp(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) return new Date(Number(epoch.trim()) * 1000).toISOString();
  return now().toISOString();
}

export interface IngestedFile {
  report: Report;
  /** The source file's path as given. */
  source: string;
  format: 'docx' | 'txt';
  encoding: string | null;
}

export async function ingestFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<IngestedFile> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError('read-failed', 'файл не найден');
    if (code === 'EISDIR') throw new IngestError('read-failed', 'это папка, а не файл');
    throw new IngestError('read-failed', `файл не читается (${code ?? String(err)})`);
  }
  const parsed = await parseReportFile({ name: basename(file), bytes, parsedAt: freshTimestamp(env) });
  return { ...parsed, source: file };
}

export function listRawFiles(rawDir: string): string[] {
  return readdirSync(rawDir)
    .filter((f) => (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(f)) && !f.startsWith('.'))
    .sort()
    .map((f) => join(rawDir, f));
}
