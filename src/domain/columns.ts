// Column-wise copy of the fields the filters and aggregations look at, built once per report
// (prepareReport), so filtering and counting 100 000 events is a loop over typed arrays rather than
// over objects and strings. The dimension table's object predicates (dimensions.ts `matches`) say
// what each column means; tests hold the column paths to them.
import { isoDay, monthNumber } from '../lib/calendar';
import type { ReportEvent } from './report-schema';

export interface EventColumns {
  size: number;
  sectorIds: string[];
  sector: Int32Array;
  countryCodes: string[];
  /** Countries of event i: countryList[countryStart[i] .. countryStart[i + 1]). */
  countryStart: Int32Array;
  countryList: Int32Array;
  /** Month numbers (calendar.ts monthNumber) of the first and last day; -1 when undated. */
  monthFrom: Int32Array;
  monthTo: Int32Array;
  start: (string | null)[];
  /** Last day (end, else start). */
  last: (string | null)[];
  online: Uint8Array;
  hasCount: Uint8Array;
  /** Day numbers (calendar.ts isoDay) of the first and last day (end, else start); NaN when undated. */
  startDay: Float64Array;
  lastDay: Float64Array;
  /** Stated participant number (NaN: not stated), its unit and certainty, and foreign participants. */
  count: Float64Array;
  organizations: Uint8Array;
  atLeast: Uint8Array;
  foreignCount: Float64Array;
}

export function buildColumns(events: readonly ReportEvent[]): EventColumns {
  const n = events.length;
  const sectorIndex = new Map<string, number>();
  const countryIndex = new Map<string, number>();
  const sector = new Int32Array(n);
  const countryStart = new Int32Array(n + 1);
  const countryList: number[] = [];
  const monthFrom = new Int32Array(n);
  const monthTo = new Int32Array(n);
  const start: (string | null)[] = new Array(n);
  const last: (string | null)[] = new Array(n);
  const online = new Uint8Array(n);
  const hasCount = new Uint8Array(n);
  const startDay = new Float64Array(n);
  const lastDay = new Float64Array(n);
  const count = new Float64Array(n);
  const organizations = new Uint8Array(n);
  const atLeast = new Uint8Array(n);
  const foreignCount = new Float64Array(n);
  const indexOf = (map: Map<string, number>, key: string) => {
    let i = map.get(key);
    if (i === undefined) map.set(key, (i = map.size));
    return i;
  };
  events.forEach((e, i) => {
    sector[i] = indexOf(sectorIndex, e.sector.id);
    for (const c of e.countries) countryList.push(indexOf(countryIndex, c));
    countryStart[i + 1] = countryList.length;
    start[i] = e.dates.start;
    last[i] = e.dates.start ? (e.dates.end ?? e.dates.start) : null;
    monthFrom[i] = e.dates.start ? monthNumber(e.dates.start) : -1;
    monthTo[i] = last[i] ? monthNumber(last[i]!) : -1;
    online[i] = e.place.online ? 1 : 0;
    hasCount[i] = e.participants.count !== null ? 1 : 0;
    startDay[i] = e.dates.start ? isoDay(e.dates.start) : NaN;
    lastDay[i] = e.dates.start ? isoDay(e.dates.end ?? e.dates.start) : NaN;
    const p = e.participants;
    count[i] = p.count ?? NaN;
    organizations[i] = p.unit === 'organizations' ? 1 : 0;
    atLeast[i] = p.qualifier === 'atLeast' ? 1 : 0;
    foreignCount[i] = p.foreignCount ?? NaN;
  });
  return {
    size: n,
    sectorIds: [...sectorIndex.keys()],
    sector,
    countryCodes: [...countryIndex.keys()],
    countryStart,
    countryList: Int32Array.from(countryList),
    monthFrom,
    monthTo,
    start,
    last,
    online,
    hasCount,
    startDay,
    lastDay,
    count,
    organizations,
    atLeast,
    foreignCount,
  };
}
