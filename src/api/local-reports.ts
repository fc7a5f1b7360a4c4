// Reports loaded in this browser («загружен локально»), kept in IndexedDB (through `idb`): nothing is
// uploaded anywhere. Each report is kept as the JSON text the ingest wrote for it (the very file
// `data/reports/` would publish, so a download is byte-exact) beside a small summary for the lists.
// Everything read back is validated with the report schema: a report kept by an older version of
// the dashboard that the current schema refuses is reported, never shown half-valid.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from 'zod';
import { periodSchema, reportSchema, type Report } from '../domain/report-schema';
import { describeIssues } from './client';
import { russianIssues } from './schema-messages';

const localSummarySchema = z.object({
  id: z.string().regex(/^\d{4}-q[1-4]$/),
  title: z.string().min(1),
  period: periodSchema,
  eventCount: z.number().int().nonnegative(),
  warningCount: z.number().int().nonnegative(),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  parsedAt: z.string().min(1),
  /** When it was kept in this browser (ISO date-time). */
  addedAt: z.string().min(1),
});
export type LocalSummary = z.infer<typeof localSummarySchema>;

interface LocalDb extends DBSchema {
  summaries: { key: string; value: LocalSummary };
  reports: { key: string; value: { id: string; json: string } };
}

const DB_NAME = 'smolensk-events-local';
const DB_VERSION = 1;

export type LocalStoreErrorKind = 'unavailable' | 'quota' | 'missing' | 'invalid' | 'failed';

export class LocalStoreError extends Error {
  readonly kind: LocalStoreErrorKind;
  constructor(kind: LocalStoreErrorKind, message: string) {
    super(message);
    this.name = 'LocalStoreError';
    this.kind = kind;
  }
}

const UNAVAILABLE =
  'Браузер не даёт сохранять данные на этом компьютере (хранилище IndexedDB недоступно — например, в режиме инкогнито или при запрете сайтам хранить данные).';

let opening: Promise<IDBPDatabase<LocalDb>> | null = null;

function db(): Promise<IDBPDatabase<LocalDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new LocalStoreError('unavailable', UNAVAILABLE));
  opening ??= openDB<LocalDb>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('summaries', { keyPath: 'id' });
      database.createObjectStore('reports', { keyPath: 'id' });
    },
    // Another tab opened a newer version of the store: let it, and open again next time.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw new LocalStoreError('unavailable', `${UNAVAILABLE} (${String(error)})`);
  });
  return opening;
}

/** Closes the connection (tests delete the database between cases). */
export async function closeLocalStore(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) (await pending.catch(() => null))?.close();
}

function failure(error: unknown, what: string): LocalStoreError {
  if (error instanceof LocalStoreError) return error;
  if (error instanceof DOMException && error.name === 'QuotaExceededError')
    return new LocalStoreError(
      'quota',
      'В браузере не хватает места, чтобы сохранить отчёт. Удалите ненужные локальные отчёты или освободите место на диске.',
    );
  return new LocalStoreError('failed', `Не удалось ${what} в хранилище браузера (${String(error)}).`);
}

export interface LocalListing {
  reports: LocalSummary[];
  /** Records the current version cannot read (kept by an older one): listed so they can be removed. */
  unreadable: string[];
}

/** The summaries of every local report, by id. */
export async function listLocalReports(): Promise<LocalListing> {
  const database = await db();
  try {
    const rows = await database.getAll('summaries');
    const reports: LocalSummary[] = [];
    const unreadable: string[] = [];
    for (const row of rows) {
      const parsed = localSummarySchema.safeParse(row);
      if (parsed.success) reports.push(parsed.data);
      else unreadable.push(String((row as { id?: unknown }).id ?? '?'));
    }
    return { reports: reports.sort((a, b) => a.id.localeCompare(b.id)), unreadable };
  } catch (error) {
    throw failure(error, 'прочитать список отчётов');
  }
}

export interface LocalReport {
  report: Report;
  /** The JSON file as the ingest wrote it (what «Скачать JSON» saves). */
  json: string;
}

function validated(json: string, id: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new LocalStoreError(
      'invalid',
      `Сохранённый в браузере отчёт ${id} повреждён: это не JSON. Удалите его и загрузите файл заново.`,
    );
  }
  const checked = reportSchema.safeParse(value, { error: russianIssues });
  if (!checked.success) {
    throw new LocalStoreError(
      'invalid',
      `Сохранённый в браузере отчёт ${id} не проходит проверку текущей версией дашборда (${describeIssues(checked.error.issues)}): вероятно, он сохранён более старой версией. Удалите его и загрузите исходный файл заново.`,
    );
  }
  return checked.data;
}

/** One local report, validated. */
export async function readLocalReport(id: string): Promise<LocalReport> {
  const database = await db();
  let row: { id: string; json: string } | undefined;
  try {
    row = await database.get('reports', id);
  } catch (error) {
    throw failure(error, 'прочитать отчёт');
  }
  if (!row)
    throw new LocalStoreError(
      'missing',
      'Этого отчёта нет в хранилище браузера: его удалили здесь или в другой вкладке, или он был загружен в другом браузере.',
    );
  return { report: validated(row.json, id), json: row.json };
}

export function summaryOfLocal(report: Report, addedAt: string): LocalSummary {
  return {
    id: report.id,
    title: report.title,
    period: { ...report.period },
    eventCount: report.events.length,
    warningCount: report.warnings.length,
    file: report.source.file,
    sha256: report.source.sha256,
    parsedAt: report.source.parsedAt,
    addedAt,
  };
}

/** Keeps a report (replacing the local one of its quarter, if any) in one transaction: both or neither. */
export async function saveLocalReport(json: string, addedAt: string = new Date().toISOString()): Promise<LocalSummary> {
  const report = validated(json, 'новый');
  const summary = summaryOfLocal(report, addedAt);
  const database = await db();
  try {
    const tx = database.transaction(['summaries', 'reports'], 'readwrite');
    await Promise.all([
      tx.objectStore('reports').put({ id: report.id, json }),
      tx.objectStore('summaries').put(summary),
      tx.done,
    ]);
  } catch (error) {
    throw failure(error, 'сохранить отчёт');
  }
  return summary;
}

export async function removeLocalReport(id: string): Promise<void> {
  const database = await db();
  try {
    const tx = database.transaction(['summaries', 'reports'], 'readwrite');
    await Promise.all([tx.objectStore('reports').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
  } catch (error) {
    throw failure(error, 'удалить отчёт');
  }
}

export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

/**
 * Asks the browser to keep this site's data even when space runs low (it may say no: then the data
 * stay until the user clears them, or the browser needs the space).
 */
export async function requestPersistence(): Promise<Persistence> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export async function storagePersistence(): Promise<Persistence> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
