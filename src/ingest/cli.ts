// npm run ingest                           → every .txt/.docx in data/raw/ → data/reports/, index rewritten
// npm run ingest -- <file> [--out <dir>]   → one file → <dir> (default data/reports/), index merged by id
// A file that cannot be read or parsed stops the run with a non-zero exit and a message naming the file
// and the reason; nothing is written then.
import { resolve } from 'node:path';
import {
  ingestFile,
  listRawFiles,
  mergeIndex,
  readIndex,
  summaryOf,
  writeOutputs,
  type IngestedReport,
} from './ingest';

export const DEFAULT_RAW_DIR = 'data/raw';
export const DEFAULT_OUT_DIR = 'data/reports';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

interface Args {
  files: string[];
  outDir: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const files: string[] = [];
  let outDir: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      const value = argv[i + 1];
      if (!value) return 'после --out нужен путь к папке';
      outDir = value;
      i += 1;
    } else if (arg.startsWith('--out=')) outDir = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') return 'help';
    else if (arg.startsWith('-')) return `неизвестный параметр ${arg}`;
    else files.push(arg);
  }
  return { files, outDir };
}

const USAGE = 'Использование: npm run ingest [-- <отчет.txt|отчет.docx> [--out <папка>]]';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
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
  const single = args.files.length > 0;
  let files: string[];
  if (single) files = args.files.map((f) => resolve(io.cwd, f));
  else {
    try {
      files = listRawFiles(resolve(io.cwd, DEFAULT_RAW_DIR));
    } catch (err) {
      io.err(`Ошибка: папка ${DEFAULT_RAW_DIR} не читается: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
    if (files.length === 0) {
      io.err(`Ошибка: в ${DEFAULT_RAW_DIR} нет файлов .txt или .docx`);
      return 1;
    }
  }

  const results: IngestedReport[] = [];
  for (const file of files) {
    try {
      results.push(await ingestFile(file, outDir, io.env));
    } catch (err) {
      io.err(`Ошибка: файл ${file}: ${err instanceof Error ? err.message : String(err)}. Ничего не записано.`);
      return 1;
    }
  }
  const seen = new Map<string, string>();
  for (const r of results) {
    const other = seen.get(r.report.id);
    if (other) {
      io.err(`Ошибка: файлы ${other} и ${r.source} содержат один и тот же отчет ${r.report.id}. Ничего не записано.`);
      return 1;
    }
    seen.set(r.report.id, r.source);
  }

  const summaries = results.map((r) => summaryOf(r.report));
  const index = single ? mergeIndex(readIndex(outDir), summaries) : mergeIndex({ reports: [] }, summaries);
  try {
    writeOutputs(outDir, results, index);
  } catch (err) {
    io.err(`Ошибка записи в ${outDir}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  for (const r of results)
    io.out(
      `${r.source} → ${r.outFile}: ${r.report.events.length} мероприятий, ${r.report.warnings.length} предупреждений`,
    );
  io.out(`Индекс: ${resolve(outDir, 'index.json')} (${index.reports.length} отчетов)`);
  return 0;
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
