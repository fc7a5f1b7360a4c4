import { describe, expect, it } from 'vitest';
import { loadReport, present } from '../../test/support/raw-report';
import { parseSort, sortEvents, sortedOrder, writeSort, SORT_KEYS } from './sort';

const report = loadReport();

describe('sorting by dates', () => {
  it('orders by start date, then end date, report number breaking ties; undated rows last', () => {
    const sorted = sortEvents(report.events, { key: 'dates', dir: 'asc' });
    const keys = sorted.filter((e) => e.dates.start).map((e) => `${e.dates.start}/${e.dates.end}`);
    expect(keys).toEqual([...keys].sort());
    // By hand: 25 Jan (27), 26 Jan (26, 28), 29 Jan (1) open the quarter; 26 March (13) closes it.
    expect(sorted.slice(0, 4).map((e) => e.number)).toEqual(present(report, [27, 26, 28, 1]).slice(0, 4));
    const last = present(report, [13, 23, 24]);
    if (last[0] === 13) expect(sorted.at(-1)?.number).toBe(13);
  });

  it('descending reverses the dated rows and keeps undated rows last', () => {
    const asc = sortEvents(report.events, { key: 'dates', dir: 'asc' }).filter((e) => e.dates.start);
    const desc = sortEvents(report.events, { key: 'dates', dir: 'desc' }).filter((e) => e.dates.start);
    expect(desc.map((e) => e.dates.start)).toEqual(asc.map((e) => e.dates.start).reverse());
  });
});

describe('sorting by every column', () => {
  it('is a permutation of the report for every key and direction, memoised', () => {
    for (const key of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const order = sortedOrder(report.events, { key, dir });
        expect([...order].sort((a, b) => a - b)).toEqual(report.events.map((_, i) => i));
        expect(sortedOrder(report.events, { key, dir })).toBe(order);
      }
    }
  });

  it('puts events without a stated participant number last in both directions', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const counts = sortEvents(report.events, { key: 'participants', dir }).map((e) => e.participants.count);
      const firstNull = counts.indexOf(null);
      if (firstNull >= 0) expect(counts.slice(firstNull).every((c) => c === null)).toBe(true);
      const stated = counts.filter((c): c is number => c !== null);
      expect(stated).toEqual([...stated].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
    }
  });

  it('keeps only masked rows, in sorted order', () => {
    const mask = new Uint8Array(report.events.length).map((_, i) => (i % 2 === 0 ? 1 : 0));
    const kept = sortEvents(report.events, { key: 'title', dir: 'asc' }, mask);
    expect(kept).toHaveLength(Math.ceil(report.events.length / 2));
    expect(kept.every((e) => report.events.indexOf(e) % 2 === 0)).toBe(true);
  });
});

describe('sort URL parameters', () => {
  it('round-trips and drops the default', () => {
    expect(parseSort(writeSort({ key: 'dates', dir: 'desc' })).sort).toEqual({ key: 'dates', dir: 'desc' });
    expect(writeSort({ key: 'number', dir: 'asc' }).toString()).toBe('');
    expect(writeSort({ key: 'title', dir: 'asc' }).toString()).toBe('sort=title');
  });

  it('falls back to the report order with a notice on a bad value', () => {
    const { sort, notices } = parseSort(new URLSearchParams('sort=<script>&dir=up'));
    expect(sort).toEqual({ key: 'number', dir: 'asc' });
    expect(notices.map((n) => n.param)).toEqual(['sort', 'dir']);
  });
});
