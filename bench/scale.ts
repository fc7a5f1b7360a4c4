// Step 3: filter latency at 1 000 / 10 000 / 100 000 synthetic events. For each size: load /events,
// type a search word key by key (and delete it), toggle a country facet, scroll the table counting the
// rows in the DOM, then filter the overview by country; JS heap after each screen.
import { newBenchContext } from './browser';
import type { Browser, Locator, Page } from 'playwright-core';
import { loadTemplate, SCALES } from './build';
import { CHART_SELECTOR } from './first-chart';
import { heapUsedMb, instrumentPage, measure, type Sample } from './interaction';
import { profile, type HotSpot } from './profile';
import { percentile, round } from './stats';
import { normalizeText } from '../src/domain/search';

/** p95 input → paint (issue 17): one frame for the explorer at 10 000 events, 50 ms at 100 000; the
 * overview's country filter, which redraws every chart, 50 ms at 10 000 (and at 100 000). */
export const LATENCY_TARGETS_MS: Record<'events' | 'overview', Record<number, number>> = {
  events: { 10_000: 16, 100_000: 50 },
  overview: { 10_000: 50, 100_000: 50 },
};
export const MAX_DOM_ROWS = 200;

/** A word that occurs in a good share of real titles, so each keystroke narrows a sizeable result. */
export function pickSearchWord(titles: readonly string[]): string {
  const docs = titles.map((t) => new Set(normalizeText(t).match(/[а-я]{6,}/g) ?? []));
  const counts = new Map<string, number>();
  for (const words of docs) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Prefer a word in 10–50 % of events; otherwise the most frequent one.
  const fit = ranked.find(([, n]) => n / docs.length >= 0.1 && n / docs.length <= 0.5) ?? ranked[0];
  return (fit?.[0] ?? 'междунар').slice(0, 6);
}

/** The country map's drawing, once its deferred first draw is done. */
const MAP_SELECTOR = '.country-map svg';
/** Data rows only: virtualisers add aria-hidden spacer rows above and below. */
const ROW_SELECTOR = 'table tbody tr:not([aria-hidden="true"])';

function searchBox(page: Page): Locator {
  return page.getByRole('searchbox').or(page.locator('input[type="search"]')).first();
}

/** The first country checkbox of the facet panel (a group whose name mentions countries). */
async function countryCheckbox(page: Page): Promise<Locator | null> {
  const group = page.getByRole('group', { name: /стран/i }).first();
  if ((await group.count()) === 0) return null;
  const box = group.getByRole('checkbox').first();
  return (await box.count()) > 0 ? box : null;
}

export interface LatencySummary {
  samples: number;
  noUpdate: number;
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  /** Input to the frame after the first DOM change: what shows before deferred work (the count, the control). */
  firstResponse: { p50Ms: number | null; p95Ms: number | null };
  /** The same from the URL write (after any debounce) to paint; null when the URL did not change. */
  afterUrl: { p50Ms: number | null; p95Ms: number | null } | null;
}

function summarise(samples: Sample[]): LatencySummary {
  const ms = samples.flatMap((s) => (s.ms === null ? [] : [s.ms]));
  const afterUrl = samples.flatMap((s) => (s.sinceUrlMs === null ? [] : [s.sinceUrlMs]));
  const first = samples.flatMap((s) => (s.firstMs === null ? [] : [s.firstMs]));
  return {
    firstResponse: { p50Ms: round(percentile(first, 50)), p95Ms: round(percentile(first, 95)) },
    afterUrl: afterUrl.length
      ? { p50Ms: round(percentile(afterUrl, 50)), p95Ms: round(percentile(afterUrl, 95)) }
      : null,
    samples: samples.length,
    noUpdate: samples.length - ms.length,
    p50Ms: round(percentile(ms, 50)),
    p95Ms: round(percentile(ms, 95)),
    maxMs: round(ms.length ? Math.max(...ms) : null),
  };
}

async function scrollRowCounts(page: Page): Promise<{ maxRows: number; steps: number; reachedEnd: boolean }> {
  // The scroll container is the nearest scrollable ancestor of the first row, else the document.
  const steps = 24;
  let maxRows = 0;
  let reachedEnd = false;
  for (let i = 0; i <= steps; i++) {
    const state = await page.evaluate(
      ({ selector, fraction }) => {
        const row = document.querySelector(selector);
        let el: Element | null = row?.parentElement ?? null;
        while (el && !(el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY)))
          el = el.parentElement;
        const scroller = el ?? document.scrollingElement!;
        scroller.scrollTop = fraction * (scroller.scrollHeight - scroller.clientHeight);
        return { atEnd: scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2 };
      },
      { selector: ROW_SELECTOR, fraction: i / steps },
    );
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(60);
    const rows = await page.locator(ROW_SELECTOR).count();
    maxRows = Math.max(maxRows, rows);
    reachedEnd ||= state.atEnd;
  }
  return { maxRows, steps, reachedEnd };
}

export interface ScaleResult {
  reportId: string;
  events: number;
  events_page?: {
    readyMs: number;
    heapMb: number;
    search?: LatencySummary & { word: string };
    countryFacet?: LatencySummary;
    scrolling?: { maxRows: number; steps: number; reachedEnd: boolean };
    heapAfterMb?: number;
  };
  overview?: { readyMs: number; heapMb: number; countryFilter?: LatencySummary };
  targets: { p95Ms: { events: number | null; overview: number | null }; met: boolean | null; rowsMet: boolean | null };
  profile?: { busyMs: number; hotSpots: HotSpot[] };
  overviewProfile?: { busyMs: number; hotSpots: HotSpot[] };
  /** Uncaught errors in the page: a broken screen measures nothing, so it must show here. */
  pageErrors: string[];
  notes: string[];
}

export async function openAt(browser: Browser, url: string, waitFor: string, errors: string[], timeout = 180_000) {
  const context = await newBenchContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    if (!errors.includes(String(error)) && errors.length < 5) errors.push(String(error));
  });
  await page.addInitScript(instrumentPage);
  const started = Date.now();
  await page.goto(url);
  await page.locator(waitFor).first().waitFor({ state: 'visible', timeout });
  return { context, page, readyMs: Date.now() - started };
}

export async function typeAndErase(page: Page, word: string, rounds: number): Promise<Sample[]> {
  const box = searchBox(page);
  await box.click();
  const samples: Sample[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const char of word) samples.push(await measure(page, () => page.keyboard.type(char)));
    for (let i = 0; i < word.length; i++) samples.push(await measure(page, () => page.keyboard.press('Backspace')));
  }
  return samples;
}

export async function toggleCountry(page: Page, times: number): Promise<Sample[] | null> {
  const box = await countryCheckbox(page);
  if (!box) return null;
  const samples: Sample[] = [];
  for (let i = 0; i < times * 2; i++) samples.push(await measure(page, () => box.click()));
  return samples;
}

/** Overview: the country filter applied the way a shared link or the back button applies it. */
export async function overviewCountryFilter(page: Page, country: string, times: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < times * 2; i++) {
    samples.push(
      await measure(page, async () => {
        await page.evaluate((code) => {
          const url = new URL(location.href);
          if (url.searchParams.has('country')) url.searchParams.delete('country');
          else url.searchParams.set('country', code);
          history.pushState(history.state, '', url);
          window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
        }, country);
      }),
    );
  }
  return samples;
}

export async function measureScales(
  browser: Browser,
  baseUrl: string,
  outDir: string,
  options: { quick: boolean; sizes: number[] | null; log: (line: string) => void },
): Promise<ScaleResult[]> {
  const template = loadTemplate();
  const word = pickSearchWord(template.events.map((e) => e.title));
  const country = mostCommonCountry(template.events.map((e) => e.countries));
  const rounds = options.quick ? 1 : 2;
  // Fewer samples at 100 000 events, where one update can take seconds: the run must stay minutes.
  const toggles = (events: number) => (options.quick || events >= 100_000 ? 3 : 6);
  const results: ScaleResult[] = [];

  for (const scale of SCALES.filter((s) => !options.sizes || options.sizes.includes(s.events))) {
    options.log(`  ${scale.events} events (${scale.id})`);
    const result: ScaleResult = {
      reportId: scale.id,
      events: scale.events,
      targets: {
        p95Ms: {
          events: LATENCY_TARGETS_MS.events[scale.events] ?? null,
          overview: LATENCY_TARGETS_MS.overview[scale.events] ?? null,
        },
        met: null,
        rowsMet: null,
      },
      pageErrors: [],
      notes: [],
    };
    try {
      const { context, page, readyMs } = await openAt(
        browser,
        `${baseUrl}/events?report=${scale.id}`,
        ROW_SELECTOR,
        result.pageErrors,
      );
      const eventsPage: NonNullable<ScaleResult['events_page']> = { readyMs, heapMb: await heapUsedMb(page) };
      if ((await searchBox(page).count()) > 0)
        eventsPage.search = {
          word,
          ...summarise(await typeAndErase(page, word, scale.events >= 100_000 ? 1 : rounds)),
        };
      else result.notes.push('events: no search box found');
      const facet = await toggleCountry(page, toggles(scale.events));
      if (facet) eventsPage.countryFacet = summarise(facet);
      else result.notes.push('events: no country checkbox found in a group named «…стран…»');
      eventsPage.scrolling = await scrollRowCounts(page);
      eventsPage.heapAfterMb = await heapUsedMb(page);
      result.events_page = eventsPage;

      if (scale.events === 10_000) {
        // Profile separately: the profiler slows what it watches.
        result.profile = await profile(page, outDir, async () => {
          if ((await searchBox(page).count()) > 0) await typeAndErase(page, word, 1);
          await toggleCountry(page, 2);
        });
      }
      await context.close();
    } catch (error) {
      result.notes.push(`events page: ${String(error).split('\n')[0]}`);
    }

    try {
      const { context, page, readyMs } = await openAt(
        browser,
        `${baseUrl}/?report=${scale.id}`,
        CHART_SELECTOR,
        result.pageErrors,
      );
      // The map draws once, when near or after an idle moment (RenderWhenNear): a filter measured before
      // then would count that one-off first draw as the filter's.
      await page.locator(MAP_SELECTOR).first().waitFor({ state: 'attached', timeout: 30_000 });
      result.overview = {
        readyMs,
        heapMb: await heapUsedMb(page),
        countryFilter: country
          ? summarise(await overviewCountryFilter(page, country, toggles(scale.events)))
          : undefined,
      };
      if (country && scale.events === 10_000)
        result.overviewProfile = await profile(page, outDir, () =>
          overviewCountryFilter(page, country, 1).then(() => {}),
        );
      await context.close();
    } catch (error) {
      result.notes.push(`overview: ${String(error).split('\n')[0]}`);
    }

    const { events: eventsTarget, overview: overviewTarget } = result.targets.p95Ms;
    const checks: [number | null | undefined, number | null][] = [
      [result.events_page?.search?.p95Ms, eventsTarget],
      [result.events_page?.countryFacet?.p95Ms, eventsTarget],
      [result.overview?.countryFilter?.p95Ms, overviewTarget],
    ];
    const measured = checks.filter((c): c is [number, number] => typeof c[0] === 'number' && c[1] !== null);
    if (measured.length > 0) result.targets.met = measured.every(([value, target]) => value <= target);
    if (result.events_page?.scrolling) result.targets.rowsMet = result.events_page.scrolling.maxRows <= MAX_DOM_ROWS;
    results.push(result);
  }
  return results;
}

function mostCommonCountry(lists: readonly string[][]): string | null {
  const counts = new Map<string, number>();
  for (const list of lists) for (const c of list) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}
