// `npm run bench`: builds the app, a synthetic-data build and the baseline pages, serves them with
// `vite preview`, measures in Debian Chromium, writes bench/results.json and prints a table.
// Flags: --quick (fewer runs), --skip <steps> (comma list of: load, chart, scale, import, lighthouse),
// --reuse-build (measure the builds already in bench/.tmp), --sizes 1000,10000 (synthetic sizes),
// --update-readme (rewrite the README table), --tmp <dir> (build folder instead of bench/.tmp; the
// results then go to <dir>/results.json, so a parallel run leaves bench/results.json alone),
// --port <n> (first of three preview ports, default BENCH_PORT or 4310).
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildAll, loadTemplate, APP_DIR, BASELINE_DIR, SYNTH_DIR, TMP } from './build';
import { launchBrowser } from './browser';
import { compareFirstChart } from './first-chart';
import { runLighthouse } from './lighthouse';
import { entryCost, lazyChunkCosts, observedCost, readManifest } from './load-cost';
import { measureImport } from './import';
import { measureScales } from './scale';
import { printTable, TARGETS, updateReadme, type Results } from './report';
import { preview, type Server } from './server';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const skipIndex = args.indexOf('--skip');
const skip = new Set(skipIndex >= 0 ? (args[skipIndex + 1] ?? '').split(',') : []);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const PORT = Number(flag('--port') ?? process.env.BENCH_PORT ?? 4310);
const RESULTS = flag('--tmp') ? join(TMP, 'results.json') : 'bench/results.json';
const log = (line: string) => console.log(`[bench] ${line}`);

async function main() {
  const started = Date.now();
  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version },
    targets: TARGETS,
    notes: [],
  };
  // --reuse-build: iterate on measurements without rebuilding (never for published results).
  const template = args.includes('--reuse-build')
    ? loadTemplate()
    : (await buildAll(log, { synthetic: !skip.has('scale') })).template;
  results.template = { id: template.id, events: template.events.length };

  const servers: Server[] = [];
  const browser = await launchBrowser();
  results.machine.chromium = browser.version();
  try {
    const app = await preview(APP_DIR, PORT);
    const baseline = await preview(BASELINE_DIR, PORT + 1);
    servers.push(app, baseline);

    if (!skip.has('load')) {
      log('step 1: load cost');
      const appManifest = readManifest(APP_DIR);
      const baseManifest = readManifest(BASELINE_DIR);
      const initial = entryCost(APP_DIR, appManifest, 'index.html');
      const baselineCost = entryCost(BASELINE_DIR, baseManifest, 'index.html');
      const stackCost = entryCost(BASELINE_DIR, baseManifest, 'stack.html');
      const observed = await observedCost(browser, `${app.url}/`, APP_DIR);
      results.load = {
        initial,
        observedOnIndex: observed,
        lazyChunks: lazyChunkCosts(APP_DIR, appManifest, 'index.html'),
        baseline: { jsGzipKb: baselineCost.jsGzipKb, cssGzipKb: baselineCost.cssGzipKb },
        stackReference: { jsGzipKb: stackCost.jsGzipKb },
        ratioToBaseline: Math.round((initial.jsGzipKb / baselineCost.jsGzipKb) * 100) / 100,
      };
    }

    if (!skip.has('chart')) {
      log('step 2: time to first chart');
      try {
        results.firstChart = await compareFirstChart(
          browser,
          `${app.url}/`,
          `${baseline.url}/`,
          quick ? 3 : 9,
          APP_DIR,
        );
      } catch (error) {
        results.notes.push(`time to first chart not measured: ${String(error).split('\n')[0]}`);
      }
    }

    if (!skip.has('scale')) {
      log('step 3: filter latency at scale');
      const synth = await preview(SYNTH_DIR, PORT + 2);
      servers.push(synth);
      const sizesIndex = args.indexOf('--sizes');
      const sizes = sizesIndex >= 0 ? (args[sizesIndex + 1] ?? '').split(',').map(Number) : null;
      results.scale = await measureScales(browser, synth.url, SYNTH_DIR, { quick, sizes, log });
    }

    if (!skip.has('import')) {
      log('step 5: report import in the browser');
      try {
        results.import = await measureImport(browser, app.url, quick ? 3 : 7);
      } catch (error) {
        results.notes.push(`report import not measured: ${String(error).split('\n')[0]}`);
      }
    }

    if (!skip.has('lighthouse')) {
      log('step 4: lighthouse');
      try {
        results.lighthouse = await runLighthouse([`${app.url}/`, `${app.url}/events`], quick ? 1 : 3);
      } catch (error) {
        results.notes.push(`lighthouse did not run: ${String(error).split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) server.stop();
  }

  results.durationS = Math.round((Date.now() - started) / 1000);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const table = printTable(results);
  console.log(`\n${table}\n`);
  if (args.includes('--update-readme')) updateReadme(table);
  log(`results: ${RESULTS} (${results.durationS} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
