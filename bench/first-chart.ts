// Step 2: navigation start → first chart painted. An init script watches the DOM for the first chart
// surface (a recharts chart, or any svg marked data-chart) with a non-zero size, then takes the time
// after the next frame (rAF, then a message-channel task: the frame containing it has been painted).
import type { Browser } from 'playwright-core';
import { median, round } from './stats';

/** Main recharts surfaces (not the small legend icons) and explicitly marked chart SVGs. */
export const CHART_SELECTOR = '.recharts-wrapper > svg.recharts-surface, svg[data-chart]';

function watchFirstChart(selector: string) {
  const w = window as unknown as { __firstChart?: number };
  const check = () => {
    const svg = document.querySelector(selector);
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__firstChart = performance.now());
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

export interface FirstChartRun {
  firstChartMs: number;
  fcpMs: number | null;
}

export async function timeToFirstChart(browser: Browser, url: string): Promise<FirstChartRun> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.addInitScript(watchFirstChart, CHART_SELECTOR);
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart, null, {
    timeout: 30_000,
  });
  const firstChartMs = (await handle.jsonValue()) as number;
  const fcpMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  await context.close();
  return { firstChartMs, fcpMs };
}

/** App and baseline alternate run by run, so drift on the machine hits both equally. */
export async function compareFirstChart(browser: Browser, appUrl: string, baselineUrl: string, runs: number) {
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
    fcpMedianMs: round(median(samples.flatMap((s) => (s.fcpMs === null ? [] : [s.fcpMs])))),
    samplesMs: samples.map((s) => round(s.firstChartMs)),
  });
  const a = summary(app);
  const b = summary(baseline);
  return { runs, app: a, baseline: b, ratio: a.medianMs && b.medianMs ? round(a.medianMs / b.medianMs, 2) : null };
}
