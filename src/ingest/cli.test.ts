// @vitest-environment node
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reportIndexSchema, reportSchema } from '../domain/report-schema';
import { runCli } from './cli';
import { buildDocx } from '../../test/support/docx-fixture';
import { readTextExport } from './read-text';

const ROOT = resolve(import.meta.dirname, '../..');
const RAW = join(ROOT, 'data/raw/smolensk-international-events-2026-q1.txt');
const dirs: string[] = [];

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'ingest-'));
  dirs.push(d);
  return d;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function run(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: opts.env ?? {},
    cwd: opts.cwd ?? ROOT,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run ingest -- <file> --out <dir>', () => {
  it('writes a valid report and index', async () => {
    const out = tmp();
    const r = await run([RAW, '--out', out], { env: { SOURCE_DATE_EPOCH: '1767225600' } });
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['2026-q1.json', 'index.json']);
    const report = reportSchema.parse(JSON.parse(readFileSync(join(out, '2026-q1.json'), 'utf8')));
    expect(report.events).toHaveLength(34);
    expect(report.source.parsedAt).toBe('2026-01-01T00:00:00.000Z'); // from SOURCE_DATE_EPOCH
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    const index = reportIndexSchema.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(index.reports).toEqual([{ id: '2026-q1', title: report.title, period: report.period, eventCount: 34 }]);
    expect(readFileSync(join(out, '2026-q1.json'), 'utf8').endsWith('}\n')).toBe(true);
  });

  it('is deterministic: a second run keeps parsedAt and the bytes', async () => {
    const out = tmp();
    expect((await run([RAW, '--out', out])).code).toBe(0);
    const first = readFileSync(join(out, '2026-q1.json'));
    const firstIndex = readFileSync(join(out, 'index.json'));
    expect((await run([RAW, '--out', out], { env: { SOURCE_DATE_EPOCH: '1' } })).code).toBe(0);
    expect(readFileSync(join(out, '2026-q1.json')).equals(first)).toBe(true);
    expect(readFileSync(join(out, 'index.json')).equals(firstIndex)).toBe(true);
  });

  it('the committed data/reports files are exactly what ingest produces', async () => {
    const out = tmp();
    copyFileSync(join(ROOT, 'data/reports/2026-q1.json'), join(out, '2026-q1.json'));
    expect((await run([RAW, '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, '2026-q1.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'data/reports/2026-q1.json'), 'utf8'),
    );
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'data/reports/index.json'), 'utf8'),
    );
  });

  it('reads a .docx; the id comes from the title, not the file name', async () => {
    const dir = tmp();
    const docx = join(dir, 'whatever-name.docx');
    writeFileSync(docx, await buildDocx(readTextExport(readFileSync(RAW, 'utf8'))));
    const r = await run([docx, '--out', dir]);
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(readFileSync(join(dir, '2026-q1.json'), 'utf8')));
    expect(report.source.file).toBe('whatever-name.docx');
    expect(report.events).toHaveLength(34);
  }, 30_000);
});

describe('errors: non-zero exit, a message naming the file and the reason, nothing written', () => {
  it.each([
    ['missing.txt', null, /missing\.txt: файл не найден/],
    ['empty.txt', '', /empty\.txt: файл пуст/],
    ['notes.md', 'в I квартале 2026 года', /notes\.md: неподдерживаемый формат/],
    ['no-period.txt', 'Отчет\n\n\t1. \n\tВебинар', /no-period\.txt: в заголовке отчёта .* не найден отчётный квартал/],
    ['no-rows.txt', 'Отчет в I квартале 2026 года\n', /no-rows\.txt: .*ни одной пронумерованной строки/],
    ['broken.docx', 'not a zip', /broken\.docx: файл назван \.docx, но это обычный текст/],
  ])('%s', async (name, content, message) => {
    const dir = tmp();
    const out = join(dir, 'out');
    if (content !== null) writeFileSync(join(dir, name), content);
    const r = await run([join(dir, name), '--out', out]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('one bad file among good ones stops the whole run', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.txt'), 'ничего');
    const r = await run([RAW, join(dir, 'bad.txt'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('bad arguments', async () => {
    expect((await run(['--out'])).code).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
    expect((await run(['--help'])).code).toBe(0);
  });
});

describe('npm run ingest (no arguments)', () => {
  it('ingests every file of data/raw and rewrites the index', async () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'data/raw'), { recursive: true });
    mkdirSync(join(cwd, 'data/reports'), { recursive: true });
    copyFileSync(RAW, join(cwd, 'data/raw/report.txt'));
    writeFileSync(join(cwd, 'data/raw/README.md'), 'ignored');
    writeFileSync(join(cwd, 'data/reports/index.json'), JSON.stringify({ reports: [] }));
    const r = await run([], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, 'data/reports')).sort()).toEqual(['2026-q1.json', 'index.json']);
  });

  it('two files with the same report are refused', async () => {
    const cwd = tmp();
    mkdirSync(join(cwd, 'data/raw'), { recursive: true });
    copyFileSync(RAW, join(cwd, 'data/raw/a.txt'));
    copyFileSync(RAW, join(cwd, 'data/raw/b.txt'));
    const r = await run([], { cwd });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/один и тот же отчет 2026-q1/);
    expect(existsSync(join(cwd, 'data/reports'))).toBe(false);
  });
});
