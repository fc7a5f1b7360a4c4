// A year's quarters side by side: each quarter's figures, the year to date against the previous
// year's same quarters, and per-country / per-sector counts by quarter for small multiples. Quarters
// without a report stay visible as gaps (null), never as zeros.
import { eventsByCountry, eventsBySector, onlineEventCount } from './aggregations';
import { change, rulesVersionOf, type Change } from './comparison';
import type { PreparedReport } from './prepared-report';
import { romanQuarter } from '../lib/calendar';
import { formatNumber, formatPercent } from '../lib/format';
import { countOf, FORMS, joinRu } from '../lib/lexicon';

export const QUARTERS = [1, 2, 3, 4] as const;

export interface QuarterFigures {
  quarter: number;
  events: number;
  countries: number;
  online: number;
  byCountry: Map<string, number>;
  /** By sector heading (sector ids may differ between reports; the heading is what the reader sees). */
  bySector: Map<string, number>;
  rulesVersion: number;
}

export function quarterFigures(model: PreparedReport): QuarterFigures {
  const view = model.all;
  const countries = eventsByCountry(view);
  return {
    quarter: model.report.period.quarter,
    events: view.size,
    countries: countries.length,
    online: onlineEventCount(view),
    byCountry: new Map(countries.map((c) => [c.code, c.count])),
    bySector: new Map(eventsBySector(view).map((s) => [s.name, s.count])),
    rulesVersion: rulesVersionOf(model.report),
  };
}

/** Quarter number → its figures, for the quarters that have a report. */
export type YearFigures = ReadonlyMap<number, QuarterFigures>;

export type YearToDate =
  | { kind: 'empty' }
  /** The previous year lacks some of the same quarters: no comparison. */
  | { kind: 'incomplete'; quarters: number[]; events: number; missingEarlier: number[] }
  /** The two years were counted by different rules. */
  | { kind: 'rules'; quarters: number[]; events: number }
  | { kind: 'compared'; quarters: number[]; events: number; earlierEvents: number; change: Change };

/** This year's events over the quarters it has, against the previous year's same quarters. */
export function yearToDate(year: YearFigures, previous: YearFigures): YearToDate {
  const quarters = QUARTERS.filter((q) => year.has(q));
  if (quarters.length === 0) return { kind: 'empty' };
  const events = quarters.reduce((n, q) => n + year.get(q)!.events, 0);
  const missingEarlier = quarters.filter((q) => !previous.has(q));
  if (missingEarlier.length > 0) return { kind: 'incomplete', quarters, events, missingEarlier };
  const versions = new Set(quarters.flatMap((q) => [year.get(q)!.rulesVersion, previous.get(q)!.rulesVersion]));
  if (versions.size > 1) return { kind: 'rules', quarters, events };
  const earlierEvents = quarters.reduce((n, q) => n + previous.get(q)!.events, 0);
  return { kind: 'compared', quarters, events, earlierEvents, change: change(events, earlierEvents) };
}

export interface SmallMultiple {
  key: string;
  /** Count per quarter 1–4; null where the year has no report for the quarter. */
  counts: (number | null)[];
  total: number;
}

/** One row per country (or sector) named in any quarter of the year, the busiest first. */
export function smallMultiples(
  year: YearFigures,
  pick: (f: QuarterFigures) => ReadonlyMap<string, number>,
): SmallMultiple[] {
  const keys = new Set<string>();
  for (const figures of year.values()) for (const key of pick(figures).keys()) keys.add(key);
  return [...keys]
    .map((key) => {
      const counts = QUARTERS.map((q) => {
        const figures = year.get(q);
        return figures ? (pick(figures).get(key) ?? 0) : null;
      });
      return { key, counts, total: counts.reduce<number>((n, c) => n + (c ?? 0), 0) };
    })
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key, 'ru'));
}

/** «I и II кварталы 2026 года» */
export function quarterList(year: number, quarters: readonly number[]): string {
  return `${joinRu(quarters.map(romanQuarter))} ${quarters.length > 1 ? 'кварталы' : 'квартал'} ${year} года`;
}

/** The year to date in one sentence, with the comparison or the reason there is none. */
export function yearToDateSentence(year: number, ytd: YearToDate): string {
  if (ytd.kind === 'empty') return '';
  const head = `С начала года (${quarterList(year, ytd.quarters)}): ${countOf(ytd.events, FORMS.event)}`;
  const same = `за ${ytd.quarters.length > 1 ? 'те же кварталы' : 'тот же квартал'} ${year - 1} года`;
  switch (ytd.kind) {
    case 'incomplete':
      return `${head}. Сравнить с ${year - 1} годом нельзя: нет отчёта за ${quarterList(year - 1, ytd.missingEarlier)}.`;
    case 'rules':
      return `${head}. С ${year - 1} годом не сравнивается: отчёты обработаны разными версиями правил подсчёта.`;
    case 'compared': {
      const c = ytd.change;
      if (c.kind === 'same') return `${head} — столько же, сколько ${same}.`;
      if (c.kind === 'new') return `${head}; ${same} мероприятий не было.`;
      if (c.kind === 'gone') return `${head}; ${same} — ${formatNumber(c.earlier)}.`;
      const more = c.kind === 'up' ? 'больше' : 'меньше';
      const sign = c.kind === 'up' ? '+' : '−';
      return `${head} — на ${formatNumber(Math.abs(c.diff))} ${more}, чем ${same}: ${formatNumber(c.value)} против ${formatNumber(c.earlier)} (${sign}${formatPercent(Math.abs(c.percent))}).`;
    }
  }
}

export interface CountryQuarter {
  year: number;
  quarter: number;
  /** Events with the country. */
  events: number;
  /** All events of the quarter. */
  total: number;
}

/** A country's events in each quarter that has a report, oldest first. */
export function countryAcrossQuarters(models: readonly PreparedReport[], code: string): CountryQuarter[] {
  return models
    .map((model) => ({
      year: model.report.period.year,
      quarter: model.report.period.quarter,
      events: eventsByCountry(model.all).find((c) => c.code === code)?.count ?? 0,
      total: model.size,
    }))
    .sort((a, b) => a.year - b.year || a.quarter - b.quarter);
}
