// Column definitions of the events table (TanStack Table). Sorting itself happens in src/domain/sort.ts
// (memoised per report), so the table runs with manualSorting and only reflects the URL's sort.
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router-dom';
import type { ReportEvent } from '../../../domain/report-schema';
import type { QueryTerm } from '../../../domain/search';
import { countriesSortText, placeSortText, type SortKey } from '../../../domain/sort';
import { formatDateRange, formatNumber } from '../../../shared/format';
import { countryLabel, participantsShort, shortSectorName } from '../event-format';
import { Highlight, matchExcerpt } from './Highlight';

export const COLUMN_LABELS: Record<SortKey, string> = {
  number: '№',
  sector: 'Сфера',
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
      {codes.map((code) => {
        const { flag, name } = countryLabel(code);
        return (
          <li key={code}>
            <span aria-hidden="true">{flag}</span> {name}
          </li>
        );
      })}
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

export function buildColumns(
  terms: readonly QueryTerm[],
  href: (event: ReportEvent) => string,
): ColumnDef<ReportEvent>[] {
  return [
    {
      id: 'number',
      // Sorting happens in src/domain/sort.ts; an accessor makes the column sortable for TanStack.
      accessorFn: (e) => e.number,
      header: COLUMN_LABELS.number,
      cell: ({ row }) => row.original.number,
    },
    {
      id: 'sector',
      accessorFn: (e) => e.sector.name,
      header: COLUMN_LABELS.sector,
      cell: ({ row }) => shortSectorName(row.original.sector.name),
    },
    {
      id: 'title',
      accessorFn: (e) => e.title,
      header: COLUMN_LABELS.title,
      cell: ({ row }) => (
        <>
          <Link to={href(row.original)} className="row-link" data-row-link={row.index}>
            <Highlight text={row.original.title || 'Без названия'} terms={terms} />
          </Link>
          <HiddenMatch event={row.original} terms={terms} />
        </>
      ),
    },
    {
      id: 'place',
      accessorFn: placeSortText,
      header: COLUMN_LABELS.place,
      cell: ({ row }) => {
        const { place } = row.original;
        const country = place.countryCode ? countryLabel(place.countryCode) : null;
        return (
          <>
            {place.city ? (
              <Highlight text={place.city} terms={terms} />
            ) : place.online ? null : (
              <span className="place-raw">
                <Highlight text={place.raw} terms={terms} />
              </span>
            )}
            {country && (
              <span className="place-country">
                <span aria-hidden="true">{country.flag}</span> {country.name}
              </span>
            )}
            {place.online && <span className="badge badge--online">онлайн</span>}
          </>
        );
      },
    },
    {
      id: 'dates',
      accessorFn: (e) => e.dates.start ?? '',
      header: COLUMN_LABELS.dates,
      cell: ({ row }) => {
        const { start, end, raw } = row.original.dates;
        return start ? <time dateTime={start}>{formatDateRange(start, end)}</time> : <span title={raw}>—</span>;
      },
    },
    {
      id: 'countries',
      accessorFn: countriesSortText,
      header: COLUMN_LABELS.countries,
      cell: ({ row }) => <CountryList codes={row.original.countries} />,
    },
    {
      id: 'participants',
      accessorFn: (e) => e.participants.count ?? -1,
      header: COLUMN_LABELS.participants,
      cell: ({ row }) => {
        const p = row.original.participants;
        return (
          <span title={p.count === null ? 'Число участников в отчёте не указано' : undefined}>
            {participantsShort(p)}
            {p.foreignCount !== null && <span className="muted"> (иностр.: {formatNumber(p.foreignCount)})</span>}
          </span>
        );
      },
    },
  ];
}
