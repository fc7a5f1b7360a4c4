// Display labels shared by the KPI cards (eager) and the charts (lazy chunk); kept free of recharts
// so importing them does not pull the chart library into the first screen.
import type { WeekCount } from '../../domain/aggregations';
import { countryFlag, countryNames } from '../../domain/countries';
import { useFlagEmoji } from '../../shared/components/chart/text-metrics';
import { formatDateRange } from '../../lib/format';

/** «9–15 февр.» */
export function weekLabel(w: WeekCount): string {
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
