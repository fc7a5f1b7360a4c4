// The browser's report store, against an in-memory IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import { toJson } from '../domain/report-json';
import {
  closeLocalStore,
  listLocalReports,
  LocalStoreError,
  readLocalReport,
  removeLocalReport,
  saveLocalReport,
} from './local-reports';

const q1 = loadReport();
const q2 = { ...q1, id: '2026-q2', period: { year: 2026, quarter: 2, start: '2026-04-01', end: '2026-06-30' } };

afterEach(async () => {
  await closeLocalStore();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('smolensk-events-local');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error as Error);
  });
});

describe('local report store', () => {
  it('keeps a report as its JSON file and reads back the same bytes and a validated report', async () => {
    const json = toJson(q1);
    const summary = await saveLocalReport(json, '2026-12-01T10:00:00.000Z');
    expect(summary).toMatchObject({ id: '2026-q1', eventCount: 34, sha256: q1.source.sha256 });
    const kept = await readLocalReport('2026-q1');
    expect(kept.json).toBe(json);
    expect(kept.report.events).toHaveLength(34);
  });

  it('lists the kept reports by quarter and forgets a removed one', async () => {
    await saveLocalReport(toJson(q2));
    await saveLocalReport(toJson(q1));
    expect((await listLocalReports()).reports.map((r) => r.id)).toEqual(['2026-q1', '2026-q2']);
    await removeLocalReport('2026-q1');
    expect((await listLocalReports()).reports.map((r) => r.id)).toEqual(['2026-q2']);
    await expect(readLocalReport('2026-q1')).rejects.toMatchObject({ kind: 'missing' });
  });

  it('replaces the local report of a quarter with the one kept last (the caller confirmed)', async () => {
    await saveLocalReport(toJson(q1));
    const shorter = { ...q1, events: q1.events.slice(0, 10) };
    await saveLocalReport(toJson(shorter));
    expect((await listLocalReports()).reports).toMatchObject([{ id: '2026-q1', eventCount: 10 }]);
  });

  it('refuses to keep a file the report schema refuses, in Russian, and keeps nothing', async () => {
    const broken = toJson({ ...q1, period: { ...q1.period, quarter: 7 } });
    const error = await saveLocalReport(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalStoreError);
    expect((error as LocalStoreError).message).toMatch(/не проходит проверку.*period\.quarter/);
    expect((await listLocalReports()).reports).toEqual([]);
  });
});
