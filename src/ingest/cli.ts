// npm run ingest                                  → every .txt/.docx in data/raw/ → data/reports/
// npm run ingest -- <file>… [--out <dir>] [--replace] → the given files → <dir> (default data/reports/)
// Reports already in the folder are kept: the index is rebuilt from the report files on disk. A file
// that cannot be read or parsed, or a different source for a quarter that already has a report (unless
// --replace), stops the run with a non-zero exit and a message naming the files; nothing is written then.
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Report } from '../domain/report-schema';
import { IngestError } from './errors';
import { ingestFile, listRawFiles, toJson, type IngestedFile } from './ingest';
import { extensionOf, SUPPORTED_EXTENSIONS } from './read-source';
import { decideStore } from '../domain/store-rules';
import {
  acquireLock,
  ensureDir,
  INDEX_FILE,
  indexNote,
  indexOf,
  realFs,
  scanStore,
  writeFilesAtomically,
  type FileWrite,
  type StoreFs,
} from './store';

export const DEFAULT_RAW_DIR = 'data/raw';
export const DEFAULT_OUT_DIR = 'data/reports';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** File system for the store (tests inject failures). */
  fs?: StoreFs;
  /** How long to wait for another run's lock. */
  lockWaitMs?: number;
}

interface Args {
  files: string[];
  outDir: string | null;
  replace: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const files: string[] = [];
  let outDir: string | null = null;
  let replace = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      const value = argv[i + 1];
      if (!value) return 'после --out нужен путь к папке';
      outDir = value;
      i += 1;
    } else if (arg.startsWith('--out=')) outDir = arg.slice('--out='.length);
    else if (arg === '--replace') replace = true;
    else if (arg === '--help' || arg === '-h') return 'help';
    else if (arg.startsWith('-')) return `неизвестный параметр ${arg}`;
    else files.push(arg);
  }
  return { files, outDir, replace };
}

const USAGE =
  'Использование: npm run ingest [-- <отчет.txt|отчет.docx>… [--out <папка>] [--replace]]\n' +
  '  без файлов — все .txt и .docx из data/raw; --replace — заменить отчет за квартал, собранный из другого файла';

/** «34 мероприятия», «9 предупреждений», «1 отчет». */
function count(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form =
    mod10 === 1 && mod100 !== 11 ? one : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? few : many;
  return `${n} ${form}`;
}

/** An error's message as a sentence ending with a full stop. */
function sentence(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function shortSha(sha: string): string {
  return `SHA-256 ${sha.slice(0, 12)}…`;
}

type Outcome = { kind: 'new' | 'unchanged' | 'updated' | 'replaced'; previous?: Report };

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const fs = io.fs ?? realFs;
  const args = parseArgs(argv);
  if (args === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    io.err(`Ошибка: ${args}\n${USAGE}`);
    return 2;
  }
  const outDir = resolve(io.cwd, args.outDir ?? DEFAULT_OUT_DIR);
  let files: string[];
  if (args.files.length > 0) files = args.files.map((f) => resolve(io.cwd, f));
  else {
    const rawDir = resolve(io.cwd, DEFAULT_RAW_DIR);
    try {
      files = listRawFiles(rawDir);
      for (const f of readdirSync(rawDir).sort())
        if (
          !f.startsWith('.') &&
          !/^readme/i.test(f) &&
          !(SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(f))
        )
          io.out(`Пропущен ${join(DEFAULT_RAW_DIR, f)}: принимаются только .txt и .docx`);
    } catch (err) {
      io.err(`Ошибка: папка ${DEFAULT_RAW_DIR} не читается: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
    if (files.length === 0) {
      io.err(`Ошибка: в ${DEFAULT_RAW_DIR} нет файлов .txt или .docx`);
      return 1;
    }
  }

  // 1. Parse every input (no lock needed: nothing is written yet).
  const inputs: IngestedFile[] = [];
  for (const file of files) {
    try {
      inputs.push(await ingestFile(file, io.env));
    } catch (err) {
      io.err(`Ошибка: файл ${file}: ${sentence(err)} Ничего не записано.`);
      return 1;
    }
  }
  const seen = new Map<string, string>();
  for (const r of inputs) {
    const other = seen.get(r.report.id);
    if (other) {
      io.err(`Ошибка: файлы ${other} и ${r.source} содержат один и тот же отчет ${r.report.id}. Ничего не записано.`);
      return 1;
    }
    seen.set(r.report.id, r.source);
  }

  // 2. Under the lock: read the store, decide per report, write the changes and the derived index.
  let created = false;
  let lock: Awaited<ReturnType<typeof acquireLock>> | null = null;
  let written = false;
  try {
    created = ensureDir(outDir, fs);
    lock = await acquireLock(outDir, { fs, waitMs: io.lockWaitMs });
    if (lock.note) io.out(`Примечание: ${lock.note}`);
    const store = scanStore(outDir, fs);
    const outcomes = new Map<string, Outcome>();
    const writes: FileWrite[] = [];
    const reports = new Map([...store.reports].map(([id, s]) => [id, s.report] as const));
    for (const input of inputs) {
      const { id } = input.report;
      const existing = store.reports.get(id);
      const decision = decideStore(existing?.report ?? null, input.report);
      let report = input.report;
      let outcome: Outcome;
      if (decision.kind === 'new' || !existing) outcome = { kind: 'new' };
      else if (decision.kind === 'unchanged' || decision.kind === 'reparsed') {
        report = decision.report;
        // A file whose text is not exactly ours (hand-formatted) is rewritten even when its data agree.
        outcome =
          toJson(report) === existing.json ? { kind: 'unchanged' } : { kind: 'updated', previous: existing.report };
      } else if (args.replace) outcome = { kind: 'replaced', previous: existing.report };
      else
        throw new IngestError(
          'store',
          `отчет ${id} уже есть (${existing.path}), он собран из файла «${existing.report.source.file}» (${shortSha(existing.report.source.sha256)}); файл ${input.source} (${shortSha(report.source.sha256)}) — другой источник за тот же квартал. Чтобы заменить отчет, запустите с --replace`,
        );
      outcomes.set(id, outcome);
      reports.set(id, report);
      if (outcome.kind !== 'unchanged') writes.push({ path: join(outDir, `${id}.json`), content: toJson(report) });
    }
    const indexJson = toJson(indexOf(reports.values()));
    const note = indexNote(store.index, outDir);
    const unchangedIndex =
      store.index === 'ok' && indexJson === toJson(indexOf([...store.reports.values()].map((s) => s.report)));
    if (!unchangedIndex) writes.push({ path: join(outDir, INDEX_FILE), content: indexJson });
    writeFilesAtomically(outDir, writes, fs);
    written = writes.length > 0;

    for (const input of inputs) {
      const { id } = input.report;
      const o = outcomes.get(id) as Outcome;
      const target = join(outDir, `${id}.json`);
      const facts = `${count(input.report.events.length, 'мероприятие', 'мероприятия', 'мероприятий')}, ${count(input.report.warnings.length, 'предупреждение', 'предупреждения', 'предупреждений')}${input.encoding ? `, кодировка ${input.encoding}` : ''}`;
      if (o.kind === 'new') io.out(`${input.source} → ${target}: ${facts}`);
      else if (o.kind === 'unchanged')
        io.out(`${input.source} → ${target}: без изменений (тот же файл, ${shortSha(input.report.source.sha256)})`);
      else if (o.kind === 'updated') io.out(`${input.source} → ${target}: пересобран из того же файла (${facts})`);
      else
        io.out(
          `${input.source} → ${target}: отчет ЗАМЕНЕН (--replace): был из «${o.previous?.source.file}» (${shortSha(o.previous?.source.sha256 ?? '')}), теперь из «${basename(input.source)}» (${shortSha(input.report.source.sha256)}); ${facts}`,
        );
    }
    if (note) io.out(`Примечание: ${note}`);
    io.out(`Индекс: ${join(outDir, INDEX_FILE)} (${count(reports.size, 'отчет', 'отчета', 'отчетов')})`);
    return 0;
  } catch (err) {
    io.err(`Ошибка: ${sentence(err)} Ничего не записано.`);
    return 1;
  } finally {
    lock?.release();
    if (created && !written)
      try {
        fs.rmdirSync(outDir);
      } catch {
        // not empty: leave it
      }
  }
}

const isMain = process.argv[1] !== undefined && /cli\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    env: process.env,
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`Ошибка: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
