// Step 2: navigation start → first chart painted. An init script watches the DOM for the first chart
// surface (a recharts chart, or any svg marked data-chart) with a non-zero size, then takes the time
// after the next frame (rAF, then a message-channel task: the frame containing it has been painted).
import { newBenchContext } from './browser';
import type { Browser } from 'playwright-core';
import { profile } from './profile';
import { median, round } from './stats';

/** Main recharts surfaces (not the small legend icons) and explicitly marked chart SVGs. */
export const CHART_SELECTOR = '.recharts-wrapper > svg.recharts-surface, svg[data-chart]';

function watchFirstChart(selector: string) {
  const w = window as unknown as { __firstChart?: number };
  let found = false;
  const check = () => {
    if (found) return;
    const svg = document.querySelector(selector);
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    found = true;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__firstChart = performance.now());
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  // A prerendered chart is in the HTML: it gets its size when the stylesheet arrives, which no DOM
  // mutation reports (the next one may be hydration, much later). So look at every frame as well.
  const poll = () => {
    check();
    if (!found) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

export interface FirstChartRun {
  firstChartMs: number;
  fcpMs: number | null;
  /** What the page fetched and when (ms from navigation start): where the time to the chart goes. */
  waterfall: { name: string; startMs: number; endMs: number }[];
  pageErrors: string[];
}

export async function timeToFirstChart(browser: Browser, url: string): Promise<FirstChartRun> {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.addInitScript(watchFirstChart, CHART_SELECTOR);
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart, null, {
    timeout: 30_000,
  });
  const firstChartMs = (await handle.jsonValue()) as number;
  const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  const waterfall = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const entries = [
      ...(nav ? [{ name: 'document', startMs: 0, endMs: nav.responseEnd }] : []),
      ...performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .map((e) => ({ name: new URL(e.name).pathname, startMs: e.startTime, endMs: e.responseEnd })),
      ...(nav
        ? [{ name: 'domContentLoaded', startMs: nav.domContentLoadedEventEnd, endMs: nav.domContentLoadedEventEnd }]
        : []),
    ];
    return entries.map((e) => ({ ...e, startMs: Math.round(e.startMs), endMs: Math.round(e.endMs) }));
  });
  await context.close();
  return { firstChartMs, fcpMs, waterfall, pageErrors };
}

/** App and baseline alternate run by run, so drift on the machine hits both equally. */
export async function compareFirstChart(
  browser: Browser,
  appUrl: string,
  baselineUrl: string,
  runs: number,
  outDir: string,
) {
  const app: FirstChartRun[] = [];
  const baseline: FirstChartRun[] = [];
  // One unmeasured warm-up each: the first launch of a context pays one-off browser costs.
  await timeToFirstChart(browser, appUrl);
  await timeToFirstChart(browser, baselineUrl);
  for (let i = 0; i < runs; i++) {
    app.push(await timeToFirstChart(browser, appUrl));
    baseline.push(await timeToFirstChart(browser, baselineUrl));
  }
  const summary = (samples: FirstChartRun[]) => ({
    medianMs: round(median(samples.map((s) => s.firstChartMs))),
    // The run closest to the median, with its network waterfall.
    medianRun: [...samples].sort(
      (x, y) =>
        Math.abs(x.firstChartMs - median(samples.map((s) => s.firstChartMs))!) -
        Math.abs(y.firstChartMs - median(samples.map((s) => s.firstChartMs))!),
    )[0]?.waterfall,
    pageErrors: [...new Set(samples.flatMap((s) => s.pageErrors))].slice(0, 5),
    fcpMedianMs: round(median(samples.flatMap((s) => (s.fcpMs === null ? [] : [s.fcpMs])))),
    samplesMs: samples.map((s) => round(s.firstChartMs)),
  });
  const a = summary(app);
  const b = summary(baseline);
  return {
    runs,
    app: a,
    baseline: b,
    ratio: a.medianMs && b.medianMs ? round(a.medianMs / b.medianMs, 2) : null,
    loadProfile: await profileLoad(browser, appUrl, outDir),
  };
}

/** CPU time from navigation to the first chart, by script file (the production build has no maps). */
async function profileLoad(browser: Browser, url: string, outDir: string) {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  await page.addInitScript(watchFirstChart, CHART_SELECTOR);
  const result = await profile(
    page,
    outDir,
    async () => {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart, null, {
        timeout: 30_000,
      });
    },
    { byFile: true, top: 10 },
  );
  await context.close();
  return result;
}
