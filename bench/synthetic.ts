// Seeded synthetic reports for the performance benchmark (`npm run bench`). Every field is drawn
// from a real report (the template), so sectors, countries, months, participants and the online share
// follow the real distributions while the event count grows to 100 000. Pure and deterministic:
// the same template, id, count and seed always give the same report.
import type { Report, ReportEvent, ReportSummary } from '../src/domain/report-schema';
import { dayIso, formatQuarter, isoDay, MONTH_GENITIVE, quarterBounds } from '../src/lib/calendar';

export interface SyntheticOptions {
  /** Report id, `YYYY-qN`; the period is derived from it. */
  id: string;
  eventCount: number;
  seed: number;
}

/** mulberry32: tiny, fast, good enough for sampling; returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parseReportId(id: string): { year: number; quarter: number } {
  const match = /^(\d{4})-q([1-4])$/.exec(id);
  if (!match) throw new Error(`Идентификатор отчёта должен иметь вид ГГГГ-qN, получено «${id}»`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

function quarterPeriod(year: number, quarter: number): Report['period'] {
  return { year, quarter, ...quarterBounds(year, quarter) };
}

/** Russian wording of a date range, as the reports write it: «9-11 марта 2091 года». */
export function russianDateRange(start: string, end: string): string {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const month = (m: number) => MONTH_GENITIVE[m - 1]!;
  if (start === end) return `${sd} ${month(sm)} ${sy} года`;
  if (sy === ey && sm === em) return `${sd}-${ed} ${month(sm)} ${sy} года`;
  if (sy === ey) return `${sd} ${month(sm)} - ${ed} ${month(em)} ${sy} года`;
  return `${sd} ${month(sm)} ${sy} года - ${ed} ${month(em)} ${ey} года`;
}

function hexDigest(rng: () => number): string {
  let out = '';
  for (let i = 0; i < 64; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}

/**
 * A report of `eventCount` events. Each field group (sector, text, place, dates, participants,
 * countries) is copied from an independently drawn real event, so marginal distributions match the
 * template while combinations vary. Dates keep their offset into the quarter and their duration.
 */
export function synthesizeReport(template: Report, options: SyntheticOptions): Report {
  const { id, eventCount, seed } = options;
  const source = template.events;
  if (source.length === 0) throw new Error('В отчёте-образце нет мероприятий: не из чего строить выборку');
  if (!Number.isInteger(eventCount) || eventCount < 0) throw new Error('Число мероприятий должно быть целым ≥ 0');

  const rng = createRng(seed);
  const pick = (): ReportEvent => source[Math.floor(rng() * source.length)]!;
  const { year, quarter } = parseReportId(id);
  const period = quarterPeriod(year, quarter);
  const templateStart = isoDay(template.period.start);
  const periodStart = isoDay(period.start);
  const periodEnd = isoDay(period.end);

  const events: ReportEvent[] = [];
  const warnings: Report['warnings'] = [];
  for (let number = 1; number <= eventCount; number++) {
    const sectorFrom = pick();
    const titleFrom = pick();
    const descriptionFrom = pick();
    const placeFrom = pick();
    const datesFrom = pick();
    const participantsFrom = pick();
    const countriesFrom = pick();

    let dates: ReportEvent['dates'];
    if (datesFrom.dates.start === null) {
      dates = { ...datesFrom.dates };
    } else {
      const offset = Math.max(0, isoDay(datesFrom.dates.start) - templateStart);
      const length = datesFrom.dates.end === null ? 0 : isoDay(datesFrom.dates.end) - isoDay(datesFrom.dates.start);
      const startDay = Math.min(periodStart + offset, periodEnd);
      const start = dayIso(startDay);
      const end = datesFrom.dates.end === null ? null : dayIso(startDay + Math.max(0, length));
      dates = { raw: russianDateRange(start, end ?? start), start, end };
    }

    // Warnings travel with the participants they usually describe, renumbered to this event.
    const eventWarnings = participantsFrom.warnings.map((w) => ({ ...w, eventNumber: number }));
    warnings.push(...eventWarnings);

    events.push({
      id: `${id}-${number}`,
      number,
      sector: { ...sectorFrom.sector },
      title: titleFrom.title,
      place: { ...placeFrom.place },
      dates,
      description: descriptionFrom.description,
      participants: { ...participantsFrom.participants },
      countries: [...countriesFrom.countries],
      // Roles and outcomes quote their own row's words (offsets into its fields): a mixed row has none.
      countryRoles: [],
      countriesStated: null,
      foreignParticipants: null,
      outcomes: [],
      warnings: eventWarnings,
    });
  }

  return {
    id,
    title: `Синтетический отчёт для замеров производительности: ${formatQuarter(year, quarter)}`,
    region: template.region,
    period,
    source: {
      file: `synthetic-${id}-${eventCount}-seed${seed}.json`,
      sha256: hexDigest(rng),
      parsedAt: `${period.end}T00:00:00.000Z`,
    },
    // The real notes stay (the overview reads the delegation-meeting count from them).
    notes: [...template.notes, `Сгенерировано из отчёта ${template.id}: ${eventCount} мероприятий, seed ${seed}.`],
    events,
    warnings,
  };
}

/** The index entry for a report, as data/reports/index.json lists it. */
export function reportSummary(report: Report): ReportSummary {
  return { id: report.id, title: report.title, period: report.period, eventCount: report.events.length };
}
