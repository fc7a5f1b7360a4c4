// Builds everything the benchmark measures into bench/.tmp: the app exactly as `npm run build` makes
// it, the same app publishing synthetic reports (REPORTS_DIR), and the baseline pages — all with the
// project's vite.config.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { reportIndexSchema, reportSchema, type Report } from '../src/domain/report-schema';
import { reportSummary, synthesizeReport } from './synthetic';

// `--tmp <dir>` gives a run its own build folder, so two engineers can bench at the same time.
const tmpIndex = process.argv.indexOf('--tmp');
export const TMP = resolve(tmpIndex >= 0 ? (process.argv[tmpIndex + 1] ?? 'bench/.tmp') : 'bench/.tmp');
export const APP_DIR = join(TMP, 'dist-app');
export const SYNTH_DIR = join(TMP, 'dist-synthetic');
export const BASELINE_DIR = join(TMP, 'dist-baseline');
const SYNTH_REPORTS = join(TMP, 'reports');

/** Synthetic sizes and their report ids (future years, so they never collide with real reports). */
export const SCALES = [
  { id: '2091-q1', events: 1_000 },
  { id: '2092-q1', events: 10_000 },
  { id: '2093-q1', events: 100_000 },
] as const;
export const SEED = 20_260_401;

function viteBuild(outDir: string, env: Record<string, string> = {}, extra: string[] = []) {
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'warn', ...extra];
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`vite build → ${outDir} failed`);
}

/** The newest real report, the template for the synthetic ones. */
export function loadTemplate(): Report {
  const index = reportIndexSchema.parse(JSON.parse(readFileSync('data/reports/index.json', 'utf8')));
  const newest = [...index.reports].sort((a, b) => b.period.start.localeCompare(a.period.start))[0];
  if (!newest) throw new Error('data/reports/index.json lists no reports');
  return reportSchema.parse(JSON.parse(readFileSync(`data/reports/${newest.id}.json`, 'utf8')));
}

/** Real reports plus the synthetic ones, with an index listing all of them. */
function writeSyntheticReports(template: Report) {
  rmSync(SYNTH_REPORTS, { recursive: true, force: true });
  mkdirSync(SYNTH_REPORTS, { recursive: true });
  const index = reportIndexSchema.parse(JSON.parse(readFileSync('data/reports/index.json', 'utf8')));
  for (const name of readdirSync('data/reports').filter((f) => f.endsWith('.json') && f !== 'index.json'))
    copyFileSync(join('data/reports', name), join(SYNTH_REPORTS, name));
  for (const scale of SCALES) {
    const report = synthesizeReport(template, { id: scale.id, eventCount: scale.events, seed: SEED });
    writeFileSync(join(SYNTH_REPORTS, `${scale.id}.json`), JSON.stringify(report));
    index.reports.push(reportSummary(report));
  }
  writeFileSync(join(SYNTH_REPORTS, 'index.json'), JSON.stringify(index, null, 2));
}

export async function buildAll(log: (line: string) => void, { synthetic = true } = {}) {
  mkdirSync(TMP, { recursive: true });
  const template = loadTemplate();
  log(`template: ${template.id} (${template.events.length} events)`);

  let started = Date.now();
  viteBuild(APP_DIR);
  log(`app build: ${Date.now() - started} ms`);

  if (synthetic) {
    started = Date.now();
    writeSyntheticReports(template);
    // Source maps let the profiler name the functions where filter time goes.
    viteBuild(SYNTH_DIR, { REPORTS_DIR: SYNTH_REPORTS }, ['--sourcemap']);
    log(`synthetic reports + build: ${Date.now() - started} ms`);
  }

  started = Date.now();
  await build({
    configFile: resolve('vite.config.ts'),
    root: resolve('bench/baseline'),
    logLevel: 'warn',
    build: {
      outDir: BASELINE_DIR,
      emptyOutDir: true,
      manifest: true,
      rollupOptions: {
        input: { index: resolve('bench/baseline/index.html'), stack: resolve('bench/baseline/stack.html') },
      },
    },
  });
  log(`baseline build: ${Date.now() - started} ms`);
  return { template };
}
