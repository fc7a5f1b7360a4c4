// The report store (Node only): data/reports/<id>.json files and index.json. The index is derived from
// the report files on disk, never from what one run ingested, so no run can drop a report another
// run wrote. Changes are written as temp files (fsync) and then renamed, and only under a lock file,
// so a failed write (a full disk) or a concurrent run leaves the folder as it was.
import * as nodeFs from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import ru from 'zod/v4/locales/ru.js';
import {
  reportIndexSchema,
  schemaIssues,
  type Report,
  type ReportIndex,
  type ReportSummary,
} from '../domain/report-schema';
import { IngestError } from './errors';
import { toJson } from './json';
import { checkReport } from './report-file';

/** The few file-system calls the store makes; tests inject failures through it. */
export type StoreFs = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'existsSync'
  | 'fsyncSync'
  | 'mkdirSync'
  | 'openSync'
  | 'readFileSync'
  | 'readdirSync'
  | 'renameSync'
  | 'rmdirSync'
  | 'unlinkSync'
  | 'writeSync'
>;

export const realFs: StoreFs = nodeFs;

export const INDEX_FILE = 'index.json';
export const LOCK_FILE = '.ingest.lock';

export interface StoredReport {
  report: Report;
  /** The file's exact text, to tell "unchanged" from "changed". */
  json: string;
  path: string;
}

export interface StoreScan {
  reports: Map<string, StoredReport>;
  /** State of index.json against the index derived from the files. */
  index: 'ok' | 'missing' | 'invalid' | 'stale';
}

const russian = ru();

export function summaryOf(report: Report): ReportSummary {
  return { id: report.id, title: report.title, period: { ...report.period }, eventCount: report.events.length };
}

/** The index of a set of reports: one summary per report, sorted by id. */
export function indexOf(reports: Iterable<Report>): ReportIndex {
  return { reports: [...reports].map(summaryOf).sort((a, b) => a.id.localeCompare(b.id)) };
}

function errnoText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'на диске нет места';
    case 'EACCES':
    case 'EPERM':
      return 'нет прав на запись';
    case 'EROFS':
      return 'диск доступен только для чтения';
    case 'ENOENT':
      return 'папка не найдена';
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}

/** Reads and validates every report file; an invalid one is an error naming it, never skipped. */
export function scanStore(dir: string, fs: StoreFs = realFs): StoreScan {
  const reports = new Map<string, StoredReport>();
  if (!fs.existsSync(dir)) return { reports, index: 'missing' };
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== INDEX_FILE && !f.startsWith('.'))
    .sort();
  for (const name of names) {
    const path = join(dir, name);
    const json = fs.readFileSync(path, 'utf8');
    let report: Report;
    try {
      report = checkReport(JSON.parse(json), `файл отчета ${path}`);
    } catch (err) {
      const why = err instanceof IngestError ? err.message : `файл отчета ${path} не является правильным JSON`;
      throw new IngestError(
        'store',
        `${why}. Исправьте или удалите его: npm run ingest не перезаписывает файл, который не может прочитать`,
      );
    }
    if (name !== `${report.id}.json`)
      throw new IngestError(
        'store',
        `файл ${path} содержит отчет ${report.id}: он должен называться ${report.id}.json`,
      );
    reports.set(report.id, { report, json, path });
  }
  const indexPath = join(dir, INDEX_FILE);
  let index: StoreScan['index'] = 'ok';
  if (!fs.existsSync(indexPath)) index = 'missing';
  else {
    const text = fs.readFileSync(indexPath, 'utf8');
    if (indexSchemaIssues(text) !== null) index = 'invalid';
    else if (text !== toJson(indexOf([...reports.values()].map((r) => r.report)))) index = 'stale';
  }
  return { reports, index };
}

/** Why index.json is rewritten, for the CLI's output; null when it was fine. */
export function indexNote(state: StoreScan['index'], dir: string): string | null {
  const path = join(dir, INDEX_FILE);
  if (state === 'invalid') return `${path} был поврежден или не прошел проверку схемы: пересобран из файлов отчетов`;
  if (state === 'stale') return `${path} не совпадал с файлами отчетов: пересобран из них`;
  return null;
}

export interface FileWrite {
  path: string;
  content: string;
}

let tempCounter = 0;

/**
 * Writes files as a set: every file goes to a temp file beside it (written and fsynced), and only when
 * all are on disk are they renamed over the originals. On any failure the temp files are removed and
 * the originals are untouched. (Renames on one file system are atomic; the index is derived from the
 * report files, so even a crash between two renames leaves a state the next run repairs.)
 */
export function writeFilesAtomically(dir: string, writes: FileWrite[], fs: StoreFs = realFs): void {
  const temps: Array<{ temp: string; path: string }> = [];
  try {
    for (const w of writes) {
      tempCounter += 1;
      const temp = join(dir, `.${w.path.split(/[\\/]/).pop() ?? 'file'}.tmp-${process.pid}-${tempCounter}`);
      temps.push({ temp, path: w.path });
      const fd = fs.openSync(temp, 'wx');
      try {
        const bytes = Buffer.from(w.content, 'utf8');
        let done = 0;
        while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
    }
    for (const t of temps) fs.renameSync(t.temp, t.path);
  } catch (err) {
    for (const t of temps)
      try {
        if (fs.existsSync(t.temp)) fs.unlinkSync(t.temp);
      } catch {
        // best effort: the original files are untouched either way
      }
    throw new IngestError('store', `не удалось записать файлы в ${dir} (${errnoText(err)}); ничего не изменено`);
  }
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Directory fsync is not possible everywhere (e.g. some network file systems); the renames are done.
  }
}

// ---- Lock --------------------------------------------------------------------------------------------

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock older than this whose owner cannot be checked (another host) is taken as abandoned. */
const STALE_LOCK_MS = 10 * 60 * 1000;

export interface Lock {
  release: () => void;
  /** Set when an abandoned lock was removed on the way. */
  note: string | null;
}

function readLock(path: string, fs: StoreFs): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** How long an unreadable lock may stay so: its owner creates the file, then writes it (not atomic). */
const UNREADABLE_LOCK_GRACE_MS = 1000;

function isStale(info: LockInfo | null, now: number, unreadableSince: number): boolean {
  // Empty or half-written: another run may be between creating and writing it. Taking it then would
  // let two runs write the index at once (one report lost), so only after a grace period.
  if (!info || typeof info.pid !== 'number') return now - unreadableSince > UNREADABLE_LOCK_GRACE_MS;
  if (info.host === hostname()) return !processAlive(info.pid);
  return now - Date.parse(info.startedAt) > STALE_LOCK_MS;
}

/**
 * Takes `<dir>/.ingest.lock` (created exclusively). A lock whose process is gone is removed; a live one
 * is waited for up to `waitMs`, then refused with a message naming the process and the lock file.
 */
export async function acquireLock(dir: string, options: { waitMs?: number; fs?: StoreFs } = {}): Promise<Lock> {
  const fs = options.fs ?? realFs;
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  let note: string | null = null;
  let unreadableSince: number | null = null;
  for (;;) {
    try {
      const fd = fs.openSync(path, 'wx');
      try {
        fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
      } finally {
        fs.closeSync(fd);
      }
      return {
        note,
        release: () => {
          try {
            fs.unlinkSync(path);
          } catch {
            // already gone
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new IngestError('store', `не удалось создать файл блокировки ${path} (${errnoText(err)})`);
    }
    const info = readLock(path, fs);
    const now = Date.now();
    if (info && typeof info.pid === 'number') unreadableSince = null;
    else unreadableSince ??= now;
    if (isStale(info, now, unreadableSince ?? now)) {
      unreadableSince = null;
      try {
        fs.unlinkSync(path);
      } catch {
        // someone else removed it first
      }
      note = `снята брошенная блокировка ${path}${info ? ` (процесс ${info.pid} с ${info.startedAt} уже не работает)` : ''}`;
      continue;
    }
    if (Date.now() >= deadline)
      throw new IngestError(
        'store',
        `папку ${dir} сейчас обновляет другой запуск npm run ingest (процесс ${info?.pid ?? '?'}, начат ${info?.startedAt ?? '?'}). Дождитесь его окончания и запустите снова; если такого процесса нет, удалите файл ${path}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Creates the folder if needed; returns whether it was created (so a failed run can remove it again). */
export function ensureDir(dir: string, fs: StoreFs = realFs): boolean {
  if (fs.existsSync(dir)) return false;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new IngestError('store', `не удалось создать папку ${dir} (${errnoText(err)})`);
  }
  return true;
}

export function indexSchemaIssues(text: string): string | null {
  try {
    const r = reportIndexSchema.safeParse(JSON.parse(text), { error: russian.localeError });
    return r.success ? null : schemaIssues(r.error);
  } catch {
    return 'не является правильным JSON';
  }
}
