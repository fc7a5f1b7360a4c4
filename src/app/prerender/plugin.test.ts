// @vitest-environment node
// The build is where the data is checked: `vite build` with an invalid report stops before writing
// anything, naming the file and the field; and each page goes to the file nginx looks for.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { readPublishedReports } from './published-reports';
import { pageFile, writeReportDataFile } from './plugin';

const ROOT = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the build', () => {
  it('fails on a report that does not pass the schema, and writes nothing', async () => {
    const reports = mkdtempSync(join(tmpdir(), 'reports-'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    dirs.push(reports, out);
    copyFileSync(join(ROOT, 'data/reports/index.json'), join(reports, 'index.json'));
    const report = JSON.parse(readFileSync(join(ROOT, 'data/reports/2026-q1.json'), 'utf8')) as {
      events: { participants: unknown }[];
    };
    report.events[0]!.participants = 'много';
    writeFileSync(join(reports, '2026-q1.json'), JSON.stringify(report));

    const saved = process.env.REPORTS_DIR;
    process.env.REPORTS_DIR = reports;
    try {
      await expect(
        build({
          configFile: join(ROOT, 'vite.config.ts'),
          root: ROOT,
          logLevel: 'silent',
          build: { outDir: join(out, 'dist'), emptyOutDir: true },
        }),
      ).rejects.toThrow(/2026-q1\.json.*events\.0\.participants/s);
    } finally {
      if (saved === undefined) delete process.env.REPORTS_DIR;
      else process.env.REPORTS_DIR = saved;
    }
    expect(existsSync(join(out, 'dist/index.html'))).toBe(false);
  });
});

describe('writeReportDataFile', () => {
  it('writes what the schema made of the report under a name that changes with its content', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    dirs.push(out);
    const report = readPublishedReports(join(ROOT, 'data/reports')).reports.get('2026-q1')!;
    const name = writeReportDataFile(out, 'assets', report);
    expect(name).toMatch(/^assets\/report-2026-q1-[0-9a-f]{10}\.json$/);
    expect(JSON.parse(readFileSync(join(out, name), 'utf8'))).toEqual(report);
    const changed = writeReportDataFile(out, 'assets', { ...report, title: `${report.title} (исправлено)` });
    expect(changed).not.toBe(name);
    expect(writeReportDataFile(out, 'assets', report)).toBe(name);
  });
});

describe('pageFile', () => {
  it('names the file nginx tries for each address (try_files $uri.html), and 404.html', () => {
    expect(pageFile('/', false)).toBe('index.html');
    expect(pageFile('/events', false)).toBe('events.html');
    expect(pageFile('/events/2026-q1-7', false)).toBe('events/2026-q1-7.html');
    expect(pageFile('/countries/BY', false)).toBe('countries/BY.html');
    expect(pageFile('/404', true)).toBe('404.html');
  });
});
