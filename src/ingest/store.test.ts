// @vitest-environment node
// The report store never loses or overwrites a report: the index comes from the report files; another
// source for an existing quarter is refused (or replaced with --replace); a title that is not a quarter
// is refused; writes are all-or-nothing; a lock keeps concurrent runs apart. Every refusal leaves a
// populated output folder byte-identical.
import { spawn } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportIndexSchema } from '../domain/report-schema';
import { Q3_2025_TEXT } from '../../test/support/raw-report';
import { runCli } from './cli';
import { LOCK_FILE, type StoreFs } from './store';

const ROOT = resolve(import.meta.dirname, '../..');
const RAW = join(ROOT, 'data/raw/smolensk-international-events-2026-q1.txt');
const dirs: string[] = [];

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'store-'));
  dirs.push(d);
  return d;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function run(argv: string[], opts: { cwd?: string; fs?: StoreFs; lockWaitMs?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { SOURCE_DATE_EPOCH: '1775001600' },
    cwd: opts.cwd ?? ROOT,
    fs: opts.fs,
    lockWaitMs: opts.lockWaitMs ?? 200,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file of a folder with its bytes (hidden files included: a leftover temp file would show). */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]),
  );
}

const indexIds = (dir: string) =>
  reportIndexSchema.parse(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))).reports.map((r) => r.id);

/** A project folder with data/raw (Q1 text) and data/reports holding Q1 and Q3 2025 (from another file). */
async function populated(): Promise<{ cwd: string; out: string; q3: string }> {
  const cwd = tmp();
  mkdirSync(join(cwd, 'data/raw'), { recursive: true });
  copyFileSync(RAW, join(cwd, 'data/raw/q1.txt'));
  const q3 = join(cwd, 'q3-2025.txt');
  writeFileSync(q3, Q3_2025_TEXT);
  expect((await run([], { cwd })).code).toBe(0);
  expect((await run([q3], { cwd })).code).toBe(0);
  return { cwd, out: join(cwd, 'data/reports'), q3 };
}

describe('the index is derived from the report files', () => {
  it('npm run ingest without arguments keeps a report ingested earlier from another file', async () => {
    const { cwd, out } = await populated();
    const before = snapshot(out);
    const r = await run([], { cwd });
    expect(r.code).toBe(0);
    expect(indexIds(out)).toEqual(['2025-q3', '2026-q1']);
    expect(r.out).toMatch(/без изменений/);
    expect(snapshot(out)).toEqual(before);
  });
  it('a stale index (an entry without a file, a wrong count) is rebuilt from the files, and says so', async () => {
    const { cwd, out } = await populated();
    writeFileSync(
      join(out, 'index.json'),
      JSON.stringify({
        reports: [
          {
            id: '2024-q4',
            title: 'нет файла',
            period: { year: 2024, quarter: 4, start: '2024-10-01', end: '2024-12-31' },
            eventCount: 9,
          },
        ],
      }),
    );
    const r = await run([], { cwd });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/index\.json не совпадал с файлами отчетов: пересобран/);
    expect(indexIds(out)).toEqual(['2025-q3', '2026-q1']);
  });
  it('an invalid index is rebuilt from the files, never silently reset', async () => {
    const { cwd, out } = await populated();
    writeFileSync(join(out, 'index.json'), '{"reports": [');
    const r = await run([], { cwd });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/index\.json был поврежден .* пересобран из файлов отчетов/);
    expect(indexIds(out)).toEqual(['2025-q3', '2026-q1']);
  });
  it.each([
    ['not JSON', '{"id": "2025-q3",'],
    ['an impossible date', null],
  ])('an invalid report file (%s) is an error naming it; the folder is left byte-identical', async (_what, content) => {
    const { cwd, out } = await populated();
    const file = join(out, '2025-q3.json');
    const text = content ?? readFileSync(file, 'utf8').replace('"start": "2025-08-12"', '"start": "2025-13-45"');
    writeFileSync(file, text);
    const before = snapshot(out);
    const r = await run([], { cwd });
    expect(r.code).toBe(1);
    expect(r.err).toContain(file);
    expect(r.err).toMatch(content === null ? /такой даты нет в календаре/ : /не является правильным JSON/);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('a quarter that already has a report', () => {
  it('the same file again (same SHA-256) is a no-op', async () => {
    const { cwd, out, q3 } = await populated();
    const before = snapshot(out);
    const r = await run([q3], { cwd });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/без изменений \(тот же файл, SHA-256/);
    expect(snapshot(out)).toEqual(before);
  });
  it('a different source is refused with a message naming both files; nothing changes', async () => {
    const { cwd, out } = await populated();
    const other = join(cwd, 'q3-corrected.txt');
    writeFileSync(other, Q3_2025_TEXT.replace('46 спортсменов', '48 спортсменов'));
    const before = snapshot(out);
    const r = await run([other], { cwd });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /отчет 2025-q3 уже есть .* собран из файла «q3-2025\.txt» .*q3-corrected\.txt .* другой источник за тот же квартал.*--replace/,
    );
    expect(snapshot(out)).toEqual(before);
  });
  it('--replace replaces it and says so; the other reports stay', async () => {
    const { cwd, out } = await populated();
    const other = join(cwd, 'q3-corrected.txt');
    writeFileSync(other, Q3_2025_TEXT.replace('46 спортсменов', '48 спортсменов'));
    const r = await run([other, '--replace'], { cwd });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ЗАМЕНЕН \(--replace\): был из «q3-2025\.txt» .* теперь из «q3-corrected\.txt»/);
    const report = JSON.parse(readFileSync(join(out, '2025-q3.json'), 'utf8')) as {
      source: { file: string };
      events: { participants: { count: number } }[];
    };
    expect(report.source.file).toBe('q3-corrected.txt');
    expect(report.events[2]?.participants.count).toBe(48);
    expect(indexIds(out)).toEqual(['2025-q3', '2026-q1']);
  });
});

describe('the period comes from the title only', () => {
  const closing =
    '\t1. \n\tТурнир\n\tг. Минск\n\t1 марта\n\tИгры\n\t10 человек\n\n\tВ I квартале 2026 года проведено 3 встречи';
  it.each([
    ['Отчет о мероприятиях Смоленской области за 2025 год', 'за 2025 год'],
    ['Отчет о мероприятиях Смоленской области в первом полугодии 2026 года', 'в первом полугодии 2026 года'],
    ['Отчет о мероприятиях Смоленской области за 9 месяцев 2026 года', 'за 9 месяцев 2026 года'],
    ['Отчет о мероприятиях Смоленской области в I–II кварталах 2026 года', 'в I–II кварталах 2026 года'],
  ])(
    '«%s» is refused (never the quarter of the closing note); the folder is left byte-identical',
    async (title, phrase) => {
      const { cwd, out } = await populated();
      const file = join(cwd, 'other-period.txt');
      writeFileSync(file, `${title}\n\n${closing}`);
      const before = snapshot(out);
      const r = await run([file], { cwd });
      expect(r.code).toBe(1);
      expect(r.err).toContain(`в заголовке указан период «${phrase}», а отчёт должен быть за один квартал`);
      expect(snapshot(out)).toEqual(before);
    },
  );
  it('a title without any period is refused even when the closing note names a quarter', async () => {
    const { cwd, out } = await populated();
    const file = join(cwd, 'no-title.txt');
    writeFileSync(file, `Отчет о мероприятиях\n\n${closing}`);
    const before = snapshot(out);
    const r = await run([file], { cwd });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/не найден отчётный квартал/);
    expect(snapshot(out)).toEqual(before);
  });
  it('«за январь – март 2026 года» is the first quarter', async () => {
    const out = join(tmp(), 'out');
    const file = join(tmp(), 'months.txt');
    writeFileSync(file, `Отчет о мероприятиях Смоленской области за январь – март 2026 года\n\n${closing}`);
    expect((await run([file, '--out', out])).code).toBe(0);
    expect(indexIds(out)).toEqual(['2026-q1']);
  });
});

describe('writes are all-or-nothing', () => {
  it('a full disk while writing the pair: temp files removed, the folder byte-identical, a clear message', async () => {
    const { cwd, out } = await populated();
    const other = join(cwd, 'q4.txt');
    writeFileSync(other, Q3_2025_TEXT.replace('за III квартал 2025', 'за IV квартал 2025'));
    const before = snapshot(out);
    let writes = 0;
    const failing: StoreFs = {
      ...nodeFs,
      writeSync: ((fd: number, buffer: Uint8Array, offset?: number, length?: number) => {
        writes += 1;
        // The lock file is written first; the report's temp file second, then the index's: fail there.
        if (writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFs.writeSync(fd, buffer, offset, length);
      }) as StoreFs['writeSync'],
    };
    const r = await run([other], { cwd, fs: failing });
    expect(writes).toBe(3);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/не удалось записать файлы в .* \(на диске нет места\); ничего не изменено/);
    expect(snapshot(out)).toEqual(before);
  });
  it('a failing rename: the same', async () => {
    const { cwd, out } = await populated();
    const other = join(cwd, 'q3-corrected.txt');
    writeFileSync(other, Q3_2025_TEXT.replace('46 спортсменов', '48 спортсменов'));
    const before = snapshot(out);
    const failing: StoreFs = {
      ...nodeFs,
      renameSync: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    const r = await run([other, '--replace'], { cwd, fs: failing });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/нет прав на запись/);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('concurrent runs', () => {
  it('a lock held by a live process: a clear message naming the lock file; the folder byte-identical', async () => {
    const { cwd, out } = await populated();
    writeFileSync(
      join(out, LOCK_FILE),
      JSON.stringify({
        pid: process.pid,
        host: (await import('node:os')).hostname(),
        startedAt: '2026-04-01T10:00:00.000Z',
      }),
    );
    const before = snapshot(out);
    const r = await run([], { cwd, lockWaitMs: 100 });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      new RegExp(
        `обновляет другой запуск npm run ingest \\(процесс ${process.pid}, начат 2026-04-01T10:00:00.000Z\\).*удалите файл .*\\${LOCK_FILE}`,
      ),
    );
    expect(snapshot(out)).toEqual(before);
  });
  it('a lock left by a process that is gone is removed, and the run says so', async () => {
    const { cwd, out } = await populated();
    writeFileSync(
      join(out, LOCK_FILE),
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: (await import('node:os')).hostname(),
        startedAt: '2026-04-01T10:00:00.000Z',
      }),
    );
    const r = await run([], { cwd });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/снята брошенная блокировка/);
    expect(readdirSync(out)).not.toContain(LOCK_FILE);
  });
  it('an empty lock (its owner has created it and not yet written it) is not taken at once', async () => {
    const { cwd, out } = await populated();
    writeFileSync(join(out, LOCK_FILE), '');
    const before = snapshot(out);
    // Taking it at once let two runs write the index together: one of the two reports was lost.
    const refused = await run([], { cwd, lockWaitMs: 300 });
    expect(refused.code).toBe(1);
    expect(snapshot(out)).toEqual(before);
    // Still empty after the grace period: its owner is gone.
    const r = await run([], { cwd, lockWaitMs: 5000 });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/снята брошенная блокировка/);
    expect(readdirSync(out)).not.toContain(LOCK_FILE);
  });
  it('two processes ingesting different quarters at once: both reports are in the index', async () => {
    const cwd = tmp();
    const out = join(cwd, 'out');
    const q3 = join(cwd, 'q3.txt');
    writeFileSync(q3, Q3_2025_TEXT);
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const cli = join(ROOT, 'src/ingest/cli.ts');
    const once = (file: string) =>
      new Promise<number>((done) => {
        const child = spawn(tsx, [cli, file, '--out', out], { cwd, stdio: 'ignore' });
        child.on('exit', (code) => done(code ?? 1));
      });
    const codes = await Promise.all([once(RAW), once(q3)]);
    expect(codes).toEqual([0, 0]);
    expect(indexIds(out)).toEqual(['2025-q3', '2026-q1']);
    expect(readdirSync(out).sort()).toEqual(['2025-q3.json', '2026-q1.json', 'index.json']);
  }, 30_000);
});
