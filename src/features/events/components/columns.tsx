// Columns of the events table: TanStack Table definitions for the header, sort and visibility state,
// and the cell renderers. Sorting itself happens in src/domain/sort.ts (memoised per report), so the
// table runs with manualSorting and only reflects the URL's sort.
import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { shortSectorName } from '../../../domain/dimensions';
import type { ReportEvent } from '../../../domain/report-schema';
import type { QueryTerm } from '../../../domain/search';
import { countriesSortText, placeSortText, type SortKey } from '../../../domain/sort';
import { formatDateRange, formatNumber } from '../../../lib/format';
import { countryNames } from '../../../domain/countries';
import { Flag } from '../../../shared/components/Flag';
import { participantsShort } from '../event-format';
import { Highlight, matchExcerpt } from './Highlight';

export const COLUMN_LABELS: Record<SortKey, string> = {
  number: '№',
  sector: 'Направление',
  title: 'Мероприятие',
  place: 'Место',
  dates: 'Даты',
  countries: 'Страны',
  participants: 'Участники',
};

function CountryList({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="country-list">
      {codes.map((code) => (
        <li key={code}>
          <Flag code={code} />
          {countryNames(code).short}
        </li>
      ))}
    </ul>
  );
}

/** Where the query matched outside the visible columns (description, participants, full place). */
function HiddenMatch({ event, terms }: { event: ReportEvent; terms: readonly QueryTerm[] }) {
  if (terms.length === 0 || matchExcerpt(event.title, terms)) return null;
  for (const [label, text] of [
    ['место', event.place.raw],
    ['описание', event.description],
    ['участники', event.participants.raw],
  ] as const) {
    const excerpt = matchExcerpt(text, terms);
    if (excerpt)
      return (
        <p className="row-excerpt">
          <span className="row-excerpt__label">{label}:</span> <Highlight text={excerpt} terms={terms} />
        </p>
      );
  }
  return null;
}

/** What a cell needs besides its event. */
export interface CellContext {
  /** Position of the row in the table (for arrow-key navigation between the rows' links). */
  index: number;
  terms: readonly QueryTerm[];
  href: (event: ReportEvent) => string;
}

/** Cell contents per column: rows are rendered straight from the virtualiser's items with these. */
export const CELLS: Record<SortKey, (event: ReportEvent, ctx: CellContext) => ReactNode> = {
  number: (event) => event.number,
  sector: (event) => shortSectorName(event.sector.name),
  title: (event, { index, terms, href }) => (
    <>
      <Link to={href(event)} className="row-link" data-row-link={index}>
        <Highlight text={event.title || 'Без названия'} terms={terms} />
      </Link>
      <HiddenMatch event={event} terms={terms} />
    </>
  ),
  place: (event, { terms }) => {
    const { place } = event;
    return (
      <>
        {place.city ? (
          <Highlight text={place.city} terms={terms} />
        ) : place.online ? null : (
          <span className="place-raw">
            <Highlight text={place.raw} terms={terms} />
          </span>
        )}
        {place.countryCode && (
          <span className="place-country">
            <Flag code={place.countryCode} />
            {countryNames(place.countryCode).short}
          </span>
        )}
        {place.online && <span className="badge badge--online">онлайн</span>}
      </>
    );
  },
  dates: (event) => {
    const { start, end, raw } = event.dates;
    return start ? <time dateTime={start}>{formatDateRange(start, end)}</time> : <span title={raw}>—</span>;
  },
  countries: (event) => <CountryList codes={event.countries} />,
  participants: (event) => {
    const p = event.participants;
    return (
      <span title={p.count === null ? 'Число участников в отчёте не указано' : undefined}>
        {participantsShort(p)}
        {p.foreignCount !== null && <span className="muted"> (иностр.: {formatNumber(p.foreignCount)})</span>}
      </span>
    );
  },
};

/**
 * Column definitions for TanStack Table, which keeps the header, sort and visibility state. The table
 * gets no data: the rows are the filtered, sorted events (src/domain/sort.ts), rendered with CELLS.
 * An accessor makes a column sortable for TanStack; the sorting itself never runs (manualSorting).
 */
export const COLUMNS: ColumnDef<ReportEvent>[] = [
  { id: 'number', accessorFn: (e) => e.number, header: COLUMN_LABELS.number },
  { id: 'sector', accessorFn: (e) => e.sector.name, header: COLUMN_LABELS.sector },
  { id: 'title', accessorFn: (e) => e.title, header: COLUMN_LABELS.title },
  { id: 'place', accessorFn: placeSortText, header: COLUMN_LABELS.place },
  { id: 'dates', accessorFn: (e) => e.dates.start ?? '', header: COLUMN_LABELS.dates },
  { id: 'countries', accessorFn: countriesSortText, header: COLUMN_LABELS.countries },
  { id: 'participants', accessorFn: (e) => e.participants.count ?? -1, header: COLUMN_LABELS.participants },
];
