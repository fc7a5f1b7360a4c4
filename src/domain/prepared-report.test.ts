// The prepared report keeps what it derives, explicitly: views by filter content, answers on the view
// they were asked about, and nothing shared between two reports prepared side by side.
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../test/support/raw-report';
import { eventsByCountry, eventsBySector } from './aggregations';
import { filterView } from './filter-engine';
import { EMPTY_FILTERS } from './filters';
import { prepareReport } from './prepared-report';

const report = loadReport();

describe('prepareReport', () => {
  it('gives the same view for the same filter content, with its answers kept and frozen', () => {
    const model = prepareReport(report);
    const view = filterView(model, { ...EMPTY_FILTERS, countries: ['KZ'] });
    expect(filterView(model, { ...EMPTY_FILTERS, countries: ['KZ'] })).toBe(view);
    const sectors = eventsBySector(view);
    expect(eventsBySector(view)).toBe(sectors);
    expect(Object.isFrozen(sectors) && Object.isFrozen(sectors[0])).toBe(true);
    // Rows 4, 5, 15, 34 (counted by hand): four events.
    expect(view.size).toBe(4);
  });

  it('keeps only the last few views', () => {
    const model = prepareReport(report);
    const first = filterView(model, { ...EMPTY_FILTERS, q: 'слово0' });
    for (let i = 1; i <= 16; i++) filterView(model, { ...EMPTY_FILTERS, q: `слово${i}` });
    expect(filterView(model, { ...EMPTY_FILTERS, q: 'слово0' })).not.toBe(first);
  });

  it('prepares several reports side by side without mixing them', () => {
    const q1 = prepareReport(report);
    // A made-up second quarter: the first ten rows of the real one.
    const q2 = prepareReport({ ...report, id: '2026-q2', events: report.events.slice(0, 10) });
    const kz = { ...EMPTY_FILTERS, countries: ['KZ'] };
    expect(filterView(q1, kz).size).toBe(4);
    // Of rows 1–10 only 4 (Almaty) and 5 (Astana) name Kazakhstan.
    expect(filterView(q2, kz).size).toBe(2);
    expect(eventsByCountry(q2.all).find((c) => c.code === 'KZ')?.count).toBe(2);
    expect(eventsByCountry(q1.all).find((c) => c.code === 'KZ')?.count).toBe(4);
  });

  it('names sectors as the report writes them', () => {
    const model = prepareReport(report);
    const first = report.events[0]!.sector;
    expect(model.sectorName(first.id)).toBe(first.name);
    expect(model.sectorName('no-such-sector')).toBe('no-such-sector');
  });
});
