// Press sentences that compare the quarter with an earlier one («…на 2 больше, чем в I квартале
// 2026 года: 36 против 34»). Apart from press-text.ts (whose wording is the figures helper's), and
// only for whole quarters: a month or date filter has no counterpart in another quarter. The same
// sector and country filter applies to both quarters.
import { eventsByCountry } from './aggregations';
import { change, changesByKey, inQuarter, type QuarterRef } from './comparison';
import { countryNames } from './countries';
import type { EventsView } from './events-view';
import { isFiltered, type EventFilters } from './filters';
import { formatNumber, formatPercent } from '../lib/format';
import { joinRu } from '../lib/lexicon';

export interface PressComparisonInput {
  /** This quarter's events (filtered). */
  view: EventsView;
  /** The earlier quarter's events under the same filter. */
  earlier: EventsView;
  /** The earlier quarter. */
  quarter: QuarterRef;
  filters: EventFilters;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the filter still means the same thing in another quarter (no months, no dates). */
export function comparableFilter(filters: EventFilters): boolean {
  return filters.months.length === 0 && filters.from === null && filters.to === null;
}

function totalsSentence({ view, earlier, quarter, filters }: PressComparisonInput): string {
  const now = inQuarter(view.model.report.period);
  const then = inQuarter(quarter);
  const what = isFiltered(filters) ? 'таких мероприятий' : 'международных мероприятий';
  const c = change(view.size, earlier.size);
  switch (c.kind) {
    case 'same':
      return `${capitalize(now)} ${what} столько же, сколько ${then}: по ${formatNumber(c.value)}.`;
    case 'new':
      return `${capitalize(then)} ${what} не было, ${now} — ${formatNumber(c.value)}.`;
    case 'gone':
      return `${capitalize(now)} ${what} не было, ${then} — ${formatNumber(c.earlier)}.`;
    case 'up':
    case 'down':
      return `${capitalize(now)} ${what} на ${formatNumber(Math.abs(c.diff))} ${c.kind === 'up' ? 'больше' : 'меньше'}, чем ${then}: ${formatNumber(c.value)} против ${formatNumber(c.earlier)} (${c.kind === 'up' ? '+' : '−'}${formatPercent(Math.abs(c.percent))}).`;
  }
}

function countriesSentences({ view, earlier, quarter }: PressComparisonInput): string[] {
  const now = inQuarter(view.model.report.period);
  const then = inQuarter(quarter);
  const changes = changesByKey(
    eventsByCountry(view).map((c) => ({ key: c.code, count: c.count })),
    eventsByCountry(earlier).map((c) => ({ key: c.code, count: c.count })),
  );
  const names = (kind: 'new' | 'gone') =>
    [...changes]
      .filter(([, c]) => c.kind === kind)
      .map(([code]) => countryNames(code).short)
      .sort((a, b) => a.localeCompare(b, 'ru'));
  const added = names('new');
  const gone = names('gone');
  const out: string[] = [];
  if (added.length > 0) out.push(`Страны-партнёры, которых не было ${then}: ${joinRu(added)}.`);
  if (gone.length > 0) out.push(`Страны-партнёры ${then}, которых нет ${now}: ${joinRu(gone)}.`);
  return out;
}

/** The comparison sentences, or none when the filter has no counterpart in the other quarter. */
export function comparisonSentences(input: PressComparisonInput): string[] {
  if (!comparableFilter(input.filters)) return [];
  return [totalsSentence(input), ...countriesSentences(input)];
}
