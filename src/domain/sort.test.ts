import { describe, expect, it } from 'vitest';
import { loadPrepared, present } from '../../test/support/raw-report';
import { EMPTY_FILTERS } from './filters';
import { listPosition, parseSort, sortedOrder, sortedView, writeSort, SORT_KEYS, type SortState } from './sort';

const model = loadPrepared();
const report = model.report;
const sortEvents = (sort: SortState, mask?: Uint8Array) => sortedView(model, sort, mask).events();

describe('sorting by dates', () => {
  it('orders by start date, then end date, report number breaking ties; undated rows last', () => {
    const sorted = sortEvents({ key: 'dates', dir: 'asc' });
    const keys = sorted.filter((e) => e.dates.start).map((e) => `${e.dates.start}/${e.dates.end}`);
    expect(keys).toEqual([...keys].sort());
    // By hand: 25 Jan (27), 26 Jan (26, 28), 29 Jan (1) open the quarter; 26 March (13) closes it.
    expect(sorted.slice(0, 4).map((e) => e.number)).toEqual(present(report, [27, 26, 28, 1]).slice(0, 4));
    const last = present(report, [13, 23, 24]);
    if (last[0] === 13) expect(sorted.at(-1)?.number).toBe(13);
  });

  it('descending reverses the dated rows and keeps undated rows last', () => {
    const asc = sortEvents({ key: 'dates', dir: 'asc' }).filter((e) => e.dates.start);
    const desc = sortEvents({ key: 'dates', dir: 'desc' }).filter((e) => e.dates.start);
    expect(desc.map((e) => e.dates.start)).toEqual(asc.map((e) => e.dates.start).reverse());
  });
});

describe('sorting by every column', () => {
  it('is a permutation of the report for every key and direction, memoised', () => {
    for (const key of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const order = sortedOrder(model, { key, dir });
        expect([...order].sort((a, b) => a - b)).toEqual(report.events.map((_, i) => i));
        expect(sortedOrder(model, { key, dir })).toBe(order);
      }
    }
  });

  it('puts events without a stated participant number last in both directions', () => {
    for (const dir of ['asc', 'desc'] as const) {
      const counts = sortEvents({ key: 'participants', dir }).map((e) => e.participants.count);
      const firstNull = counts.indexOf(null);
      if (firstNull >= 0) expect(counts.slice(firstNull).every((c) => c === null)).toBe(true);
      const stated = counts.filter((c): c is number => c !== null);
      expect(stated).toEqual([...stated].sort((a, b) => (dir === 'asc' ? a - b : b - a)));
    }
  });

  it('keeps only masked rows, in sorted order', () => {
    const mask = new Uint8Array(report.events.length).map((_, i) => (i % 2 === 0 ? 1 : 0));
    const kept = sortEvents({ key: 'title', dir: 'asc' }, mask);
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

describe('listPosition (the detail page pager)', () => {
  const kazakhstan = { ...EMPTY_FILTERS, countries: ['KZ'] };
  const byDatesDesc = { key: 'dates', dir: 'desc' } as const;

  it('finds the event and its neighbours in the filtered, sorted list', () => {
    // By hand: Kazakhstan rows by dates, latest first: 34 (13–16 March), 5 (10–12 March), 4 (9–11 March), 15.
    const id = (n: number) => report.events.find((e) => e.number === n)!.id;
    const position = listPosition(model, kazakhstan, byDatesDesc, id(5));
    expect([position.index, position.total, position.prev?.number, position.next?.number]).toEqual([1, 4, 34, 4]);
    const first = listPosition(model, kazakhstan, byDatesDesc, id(34));
    expect([first.index, first.prev, first.next?.number]).toEqual([0, undefined, 5]);
    const last = listPosition(model, kazakhstan, byDatesDesc, id(15));
    expect([last.index, last.prev?.number, last.next]).toEqual([3, 4, undefined]);
  });

  it('says when the filter leaves the event out', () => {
    const outside = report.events.find((e) => !e.countries.includes('KZ'))!;
    expect(listPosition(model, kazakhstan, byDatesDesc, outside.id)).toMatchObject({ index: -1, total: 4 });
  });
});
