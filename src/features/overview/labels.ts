// Display labels shared by the KPI cards (eager) and the charts (lazy chunk); kept free of recharts
// so importing them does not pull the chart library into the first screen.
import type { WeekCount } from '../../domain/aggregations';
import { countryFlag, countryNames } from '../../domain/countries';
import { supportsFlagEmoji } from '../../shared/components/chart/text-metrics';
import { formatDateRange } from '../../lib/format';

/** «9–15 февр.» */
export function weekLabel(w: WeekCount): string {
  return formatDateRange(w.start, w.end);
}

/** «🇧🇾 Беларусь» where the system draws flags, else just «Беларусь» (no empty boxes or stray letters). */
export function countryLabel(code: string): string {
  const flag = supportsFlagEmoji() ? countryFlag(code) : '';
  return `${flag ? `${flag} ` : ''}${countryNames(code).short}`;
}
