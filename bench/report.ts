// Results shape, targets, and the Markdown table printed after a run (also pasted into the README).
import { readFileSync, writeFileSync } from 'node:fs';
import type { compareFirstChart } from './first-chart';
import type { ImportResult } from './import';
import type { LighthouseScore } from './lighthouse';
import type { entryCost, lazyChunkCosts, observedCost } from './load-cost';
import { LATENCY_TARGETS_MS, type LatencySummary, type ScaleResult } from './scale';

export const TARGETS = {
  initialJsGzipKb: 210,
  firstChartRatio: 0.8,
  p95Ms: LATENCY_TARGETS_MS,
  maxDomRows: 200,
  lighthousePerformance: 98,
  lighthouseAccessibility: 100,
  /** A 34-event .docx picked on /reports → its preview on screen. */
  importPreviewMs: 1000,
};

export interface Results {
  date: string;
  machine: { cpus: number; cpuModel: string; node: string; chromium?: string };
  targets: typeof TARGETS;
  template?: { id: string; events: number };
  load?: {
    initial: ReturnType<typeof entryCost>;
    observedOnIndex: Awaited<ReturnType<typeof observedCost>>;
    lazyChunks: ReturnType<typeof lazyChunkCosts>;
    baseline: { jsGzipKb: number; cssGzipKb: number };
    stackReference: { jsGzipKb: number };
    ratioToBaseline: number;
  };
  firstChart?: Awaited<ReturnType<typeof compareFirstChart>>;
  scale?: ScaleResult[];
  lighthouse?: LighthouseScore[];
  import?: ImportResult;
  notes: string[];
  durationS?: number;
}

const verdict = (ok: boolean | null | undefined) => (ok === null || ok === undefined ? '—' : ok ? '✅' : '❌');
const num = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? '—' : `${v}${unit}`);

export function printTable(r: Results): string {
  const rows: string[][] = [];
  if (r.load) {
    const { initial, observedOnIndex, baseline, stackReference, ratioToBaseline } = r.load;
    rows.push([
      'Initial JS for `/` (gzip)',
      `${initial.jsGzipKb} KB (+${initial.cssGzipKb} KB CSS); fetched until idle: ${observedOnIndex.jsGzipKb} KB JS`,
      `≤ ${TARGETS.initialJsGzipKb} KB`,
      verdict(Math.max(initial.jsGzipKb, observedOnIndex.jsGzipKb) <= TARGETS.initialJsGzipKb),
    ]);
    rows.push([
      'JS ratio to baseline page',
      `${ratioToBaseline}× (baseline ${baseline.jsGzipKb} KB; react+query+router+recharts alone ${stackReference.jsGzipKb} KB)`,
      '—',
      '—',
    ]);
    for (const chunk of r.load.lazyChunks.slice(0, 6))
      rows.push([`Lazy chunk \`${chunk.chunk}\``, `${chunk.jsGzipKb} KB JS, ${chunk.cssGzipKb} KB CSS`, '—', '—']);
  }
  if (r.firstChart) {
    const { app, baseline, ratio, runs } = r.firstChart;
    rows.push([
      `Time to first chart, median of ${runs}`,
      `${num(app.medianMs, ' ms')} vs baseline ${num(baseline.medianMs, ' ms')} = ${num(ratio, '×')}`,
      `≤ ${TARGETS.firstChartRatio}×`,
      verdict(ratio === null ? null : ratio <= TARGETS.firstChartRatio),
    ]);
    // Chromium's own paint timing, for comparison: it includes rasterising the whole prerendered page.
    rows.push([
      'First contentful paint (Chromium), median',
      `${num(app.fcpMedianMs, ' ms')} vs baseline ${num(baseline.fcpMedianMs, ' ms')}`,
      '—',
      '—',
    ]);
  }
  for (const s of r.scale ?? []) {
    const goal = (target: number | null) => (target === null ? '—' : `p95 ≤ ${target} ms`);
    const ep = s.events_page;
    const lat = (x?: LatencySummary) =>
      x
        ? `p50 ${num(x.p50Ms)} / p95 ${num(x.p95Ms)} ms` +
          (x.firstResponse && x.firstResponse.p95Ms !== x.p95Ms
            ? `; first response: p50 ${num(x.firstResponse.p50Ms)} / p95 ${num(x.firstResponse.p95Ms)} ms`
            : '') +
          (x.afterUrl && x.afterUrl.p95Ms !== x.p95Ms
            ? `; from URL write: p50 ${num(x.afterUrl.p50Ms)} / p95 ${num(x.afterUrl.p95Ms)} ms`
            : '') +
          (x.noUpdate ? ` (${x.noUpdate} of ${x.samples} without update)` : '')
        : 'not measured';
    const ok = (target: number | null, x?: { p95Ms: number | null }) =>
      target === null || !x || x.p95Ms === null ? null : x.p95Ms <= target;
    const { events: eventsTarget, overview: overviewTarget } = s.targets.p95Ms;
    const n = s.events.toLocaleString('en-US').replace(/,/g, ' ');
    rows.push([
      `${n} events: search keystroke`,
      lat(ep?.search),
      goal(eventsTarget),
      verdict(ok(eventsTarget, ep?.search)),
    ]);
    rows.push([
      `${n} events: country facet`,
      lat(ep?.countryFacet),
      goal(eventsTarget),
      verdict(ok(eventsTarget, ep?.countryFacet)),
    ]);
    rows.push([
      `${n} events: overview country filter`,
      lat(s.overview?.countryFilter),
      goal(overviewTarget),
      verdict(ok(overviewTarget, s.overview?.countryFilter)),
    ]);
    rows.push([
      `${n} events: load, heap, rows`,
      ep
        ? `table in ${ep.readyMs} ms, heap ${ep.heapMb} MB; max ${num(ep.scrolling?.maxRows)} rows in DOM while scrolling`
        : s.notes.join('; '),
      `≤ ${TARGETS.maxDomRows} rows`,
      verdict(s.targets.rowsMet),
    ]);
  }
  if (r.import) {
    const i = r.import;
    rows.push([
      `Report import: ${i.events}-event .docx (${i.docxKb} KB) → preview, median of ${i.runs}`,
      `${num(i.previewMs, ' ms')} (parse in the worker ${num(i.parseMs, ' ms')})`,
      `≤ ${TARGETS.importPreviewMs} ms`,
      verdict(i.previewMs === null ? null : i.previewMs <= TARGETS.importPreviewMs),
    ]);
  }
  for (const l of r.lighthouse ?? []) {
    const path = new URL(l.url).pathname;
    rows.push([
      `Lighthouse \`${path}\` (${l.formFactor})${(l.runs?.length ?? 1) > 1 ? `, median of ${l.runs.length}` : ''}`,
      `performance ${num(l.performance)}, accessibility ${num(l.accessibility)}${(l.runs?.length ?? 1) > 1 ? ` (runs: ${l.runs.join(', ')})` : ''}`,
      `≥ ${TARGETS.lighthousePerformance} / ${TARGETS.lighthouseAccessibility}`,
      verdict(
        l.performance === null || l.accessibility === null
          ? null
          : l.performance >= TARGETS.lighthousePerformance && l.accessibility >= TARGETS.lighthouseAccessibility,
      ),
    ]);
  }
  const header = ['Measure', 'Result', 'Target', ''];
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  const foot = [
    `Run ${r.date.slice(0, 10)} on ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, Chromium ${r.machine.chromium ?? '?'}; template report ${r.template?.id ?? '?'} (${r.template?.events ?? '?'} events).`,
    ...r.notes.map((n) => `Note: ${n}`),
    ...(r.scale ?? []).flatMap((s) => s.pageErrors.map((e) => `Page error at ${s.events} events: ${e}`)),
    ...(r.firstChart?.app.pageErrors ?? []).map((e) => `Page error on /: ${e}`),
  ];
  return [...lines, '', ...foot].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the table between the bench markers in README.md, if the markers are there. */
export function updateReadme(table: string) {
  const readme = readFileSync('README.md', 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) {
    console.log('[bench] README.md has no bench markers: table not written there');
    return;
  }
  writeFileSync('README.md', `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`);
}
