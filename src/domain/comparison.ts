// Comparing a quarter with an earlier one: which quarter is «earlier» (the previous one, or the same
// quarter a year before), whether two reports were counted alike, and each figure's change with honest
// words — no change, a country or sector that is new, no earlier quarter — never «↑ ∞ %».
import { formatNumber, formatPercent } from '../lib/format';
import { formatQuarter, romanQuarter } from '../lib/calendar';
import type { EventsView } from './events-view';
import type { Period, Report } from './report-schema';

/** What a quarter is compared with: `?compare=previous` (default), `year`, or `none`. */
export const COMPARE_MODES = ['previous', 'year', 'none'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
export const DEFAULT_COMPARE_MODE: CompareMode = 'previous';

export function parseCompareMode(value: string | null): CompareMode | null {
  if (value === null) return DEFAULT_COMPARE_MODE;
  return (COMPARE_MODES as readonly string[]).includes(value) ? (value as CompareMode) : null;
}

export interface QuarterRef {
  year: number;
  quarter: number;
}

/** The report id of a quarter: `2026-q1`. */
export function quarterId({ year, quarter }: QuarterRef): string {
  return `${year}-q${quarter}`;
}

export function previousQuarter({ year, quarter }: QuarterRef): QuarterRef {
  return quarter > 1 ? { year, quarter: quarter - 1 } : { year: year - 1, quarter: 4 };
}

export function yearEarlier({ year, quarter }: QuarterRef): QuarterRef {
  return { year: year - 1, quarter };
}

/** The quarter `period` is compared with in `mode` (null: no comparison). */
export function comparedQuarter(period: Period, mode: CompareMode): QuarterRef | null {
  if (mode === 'none') return null;
  return mode === 'previous' ? previousQuarter(period) : yearEarlier(period);
}

/** «в I квартале 2026 года», «во II квартале 2026 года» (read «во втором»). */
export function inQuarter({ year, quarter }: QuarterRef): string {
  return `${quarter === 2 ? 'во' : 'в'} ${romanQuarter(quarter)} квартале ${year} года`;
}

/** The version of the counting rules a report was made with (absent: the first). */
export function rulesVersionOf(report: Report): number {
  return report.source.rulesVersion ?? 1;
}

export type Incomparability =
  /** Counted by different versions of the ingest's rules. */
  | { kind: 'rules'; current: number; earlier: number }
  /** The reports group events under different sector headings. */
  | { kind: 'sectors'; onlyCurrent: string[]; onlyEarlier: string[] };

/**
 * Why the figures of two reports must not be set side by side, if they must not: different counting
 * rules make every figure differ by method, not by events; different sector headings make the sector
 * figures so (the other figures stay comparable — `sectorsOnly`).
 */
export function incomparability(current: Report, earlier: Report): Incomparability[] {
  const reasons: Incomparability[] = [];
  if (rulesVersionOf(current) !== rulesVersionOf(earlier))
    reasons.push({ kind: 'rules', current: rulesVersionOf(current), earlier: rulesVersionOf(earlier) });
  const headings = (r: Report) => new Set(r.events.map((e) => e.sector.name));
  const now = headings(current);
  const before = headings(earlier);
  const onlyCurrent = [...now].filter((h) => !before.has(h)).sort((a, b) => a.localeCompare(b, 'ru'));
  const onlyEarlier = [...before].filter((h) => !now.has(h)).sort((a, b) => a.localeCompare(b, 'ru'));
  if (onlyCurrent.length > 0 || onlyEarlier.length > 0) reasons.push({ kind: 'sectors', onlyCurrent, onlyEarlier });
  return reasons;
}

/** A sentence per reason, for the comparison's notice. */
export function incomparabilityText(reason: Incomparability, earlier: QuarterRef): string {
  if (reason.kind === 'rules')
    return `Отчёт за ${formatQuarter(earlier.year, earlier.quarter)} обработан другой версией правил подсчёта (версия ${reason.earlier}, у текущего — ${reason.current}): цифры сравнивать нельзя, пока оба отчёта не обработаны одной версией.`;
  const parts: string[] = [];
  if (reason.onlyCurrent.length > 0)
    parts.push(`только в текущем — ${reason.onlyCurrent.map((h) => `«${h}»`).join(', ')}`);
  if (reason.onlyEarlier.length > 0)
    parts.push(`только в прежнем — ${reason.onlyEarlier.map((h) => `«${h}»`).join(', ')}`);
  return `Разделы отчётов по направлениям не совпадают (${parts.join('; ')}): изменения по направлениям не считаются.`;
}

export type Change =
  /** The same number. */
  | { kind: 'same'; value: number }
  /** Nothing before, something now (a country or sector new in this quarter, or a count up from 0). */
  | { kind: 'new'; value: number }
  /** Something before, nothing now. */
  | { kind: 'gone'; earlier: number }
  | { kind: 'up' | 'down'; value: number; earlier: number; diff: number; percent: number };

/** How `value` changed from `earlier` (absent earlier: counted as 0, i.e. new). */
export function change(value: number, earlier: number | undefined): Change {
  const before = earlier ?? 0;
  if (value === before) return { kind: 'same', value };
  if (before === 0) return { kind: 'new', value };
  if (value === 0) return { kind: 'gone', earlier: before };
  const diff = value - before;
  return { kind: diff > 0 ? 'up' : 'down', value, earlier: before, diff, percent: diff / before };
}

/** «+5 (+16 %)», «−3 (−25 %)», «без изменений», «новое», «было 4». Short, for table cells. */
export function changeShort(c: Change, newWord = 'впервые'): string {
  switch (c.kind) {
    case 'same':
      return 'без изменений';
    case 'new':
      return newWord;
    case 'gone':
      return `нет (было ${formatNumber(c.earlier)})`;
    case 'up':
    case 'down':
      return `${signed(c.diff)} (${signedPercent(c.percent)})`;
  }
}

/** «на 5 больше, чем в I квартале 2026 года (+16 %)», for cards and press text. */
export function changeSentence(c: Change, earlier: QuarterRef): string {
  const when = inQuarter(earlier);
  switch (c.kind) {
    case 'same':
      return `столько же, сколько ${when}`;
    case 'new':
      return `${when} — ни одного`;
    case 'gone':
      return `${when} — ${formatNumber(c.earlier)}`;
    case 'up':
      return `на ${formatNumber(c.diff)} больше, чем ${when} (${signedPercent(c.percent)})`;
    case 'down':
      return `на ${formatNumber(-c.diff)} меньше, чем ${when} (${signedPercent(c.percent)})`;
  }
}

const MINUS = '−';

function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : `${MINUS}${formatNumber(-n)}`;
}

function signedPercent(share: number): string {
  const text = formatPercent(Math.abs(share));
  return share > 0 ? `+${text}` : `${MINUS}${text}`;
}

export interface KeyedChange<K> {
  key: K;
  change: Change;
}

/**
 * Per-key changes (countries, sectors): every key of either side, with the keys that are new in this
 * quarter and those that are gone from it.
 */
export function changesByKey<K>(
  current: readonly { key: K; count: number }[],
  earlier: readonly { key: K; count: number }[],
): Map<K, Change> {
  const before = new Map(earlier.map((e) => [e.key, e.count]));
  const out = new Map<K, Change>();
  for (const c of current) out.set(c.key, change(c.count, before.get(c.key)));
  for (const e of earlier) if (!out.has(e.key)) out.set(e.key, change(0, e.count));
  return out;
}

/** «I кв. 2026» for table headings. */
export function quarterShort({ year, quarter }: QuarterRef): string {
  return `${romanQuarter(quarter)} кв. ${year}`;
}

/** What a compared chart or card gets: the earlier quarter's events under the same filter. */
export interface ComparisonContext {
  earlier: EventsView;
  quarter: QuarterRef;
  /** False when the sector headings differ: sector figures are then not compared. */
  sectors: boolean;
}
