// Display labels shared by the KPI cards and the charts (the map's lazy chunk among them); kept free of
// chart code so importing them pulls no drawing into the first screen.
import type { CountryCount } from '../../domain/aggregations';
import { countryFlag, countryNames } from '../../domain/countries';
import type { Week } from '../../lib/calendar';
import { formatDateRange, formatNumber, formatPercent } from '../../lib/format';
import { countOf, FORMS } from '../../lib/lexicon';
import { useFlagEmoji } from '../../shared/flag-emoji';

/** «9–15 февр.» */
export function weekLabel(w: Week): string {
  return formatDateRange(w.start, w.end);
}

function withFlag(code: string): string {
  const flag = countryFlag(code);
  return `${flag ? `${flag} ` : ''}${countryNames(code).short}`;
}

function withoutFlag(code: string): string {
  return countryNames(code).short;
}

/**
 * Labels «🇧🇾 Беларусь» where the system draws flags, else just «Беларусь» (no empty boxes or stray
 * letters). Prerendered HTML has no flags (the build cannot tell); they appear once hydrated.
 */
export function useCountryLabel(): (code: string) => string {
  return useFlagEmoji() ? withFlag : withoutFlag;
}

/** «Беларусь — 24 мероприятия; Казахстан — 4 мероприятия»: a country chart's text alternative. */
export function countriesInWords(counts: readonly CountryCount[]): string {
  return counts.map((c) => `${countryNames(c.code).short} — ${countOf(c.count, FORMS.event)}`).join('; ');
}

/** Tooltip lines of an events bar: the count and its share of `total`. */
export function countShareLines(count: number, total: number, shareLabel: string): [string, string][] {
  return [
    ['Мероприятий', formatNumber(count)],
    [shareLabel, formatPercent(total ? count / total : 0)],
  ];
}
