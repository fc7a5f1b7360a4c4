// `/years/2026`: all quarters of a year side by side (published and loaded in this browser), the year
// to date against the previous year's same quarters, and per-country and per-sector small multiples.
// Quarters without a report are shown as gaps, never as zeros.
import { useId } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuarterReports, type QuarterReport } from '../../api/compared-report';
import { paths, REPORT_PARAM } from '../../config/paths';
import { countryNames } from '../../domain/countries';
import { FILE_PREFIX } from '../../domain/export-context';
import {
  QUARTERS,
  quarterFigures,
  smallMultiples,
  yearToDate,
  yearToDateSentence,
  type QuarterFigures,
  type SmallMultiple,
  type YearFigures,
} from '../../domain/year-view';
import { formatQuarter, romanQuarter } from '../../lib/calendar';
import { formatNumber } from '../../lib/format';
import { ChartCard } from '../../shared/components/chart/ChartCard';
import { ColumnBars } from '../../shared/components/chart/ColumnBars';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { useReportLink } from '../../shared/hooks/use-report-link';
import './years.css';

/** How many small multiples each grid shows (the table lists them all). */
const MULTIPLES_SHOWN = 12;

function figuresOf(items: readonly QuarterReport[]): YearFigures {
  return new Map(items.flatMap((i) => (i.model ? [[i.quarter.quarter, quarterFigures(i.model)] as const] : [])));
}

export function YearPage() {
  const { year: param } = useParams();
  const year = Number(param);
  const valid = /^\d{4}$/.test(param ?? '') && year >= 2000 && year <= 2100;
  const quarters = valid
    ? QUARTERS.flatMap((q) => [
        { year, quarter: q },
        { year: year - 1, quarter: q },
      ])
    : [];
  const { items, ready, indexError } = useQuarterReports(quarters);
  if (!valid)
    return <ErrorState title="Год не распознан" message={`«${param ?? ''}» — не год. Пример адреса: /years/2026.`} />;
  if (indexError) return <ErrorState title="Не удалось загрузить список отчётов" message={indexError} />;
  if (!ready || items.some((i) => i.pending)) return <LoadingState label={`Загрузка отчётов за ${year} год…`} />;
  return <YearView year={year} items={items} />;
}

function YearView({ year, items }: { year: number; items: readonly QuarterReport[] }) {
  const link = useReportLink();
  const thisYear = items.filter((i) => i.quarter.year === year);
  const lastYear = items.filter((i) => i.quarter.year === year - 1);
  const figures = figuresOf(thisYear);
  const previous = figuresOf(lastYear);
  const ytd = yearToDate(figures, previous);
  const failed = items.filter((i) => i.error);
  const countries = smallMultiples(figures, (f) => f.byCountry);
  const sectors = smallMultiples(figures, (f) => f.bySector);
  const versions = new Set([...figures.values()].map((f) => f.rulesVersion));

  return (
    <section className="year-view" aria-labelledby="year-title">
      <title>{`${year} год по кварталам — международные мероприятия Смоленской области`}</title>
      <h2 id="year-title">{year} год по кварталам</h2>
      <nav className="year-view__years" aria-label="Другие годы">
        <Link to={link(paths.year(year - 1))}>← {year - 1}</Link>
        <Link to={link(paths.year(year + 1))}>{year + 1} →</Link>
      </nav>
      {failed.map((i) => (
        <p key={i.entry?.key} className="banner banner--warning" role="status">
          Отчёт за {formatQuarter(i.quarter.year, i.quarter.quarter)} не загрузился: {i.error}
        </p>
      ))}
      {figures.size === 0 ? (
        <p className="year-view__empty" role="note">
          За {year} год отчётов нет: ни опубликованных, ни загруженных в этом браузере.{' '}
          <Link to={paths.reports()}>Загрузить отчёт</Link>
        </p>
      ) : (
        <>
          <p className="year-view__ytd">{yearToDateSentence(year, ytd)}</p>
          {versions.size > 1 && (
            <p className="banner banner--warning" role="status">
              Кварталы этого года обработаны разными версиями правил подсчёта: их цифры сравнивать нельзя.
            </p>
          )}
          <QuarterTable year={year} items={thisYear} figures={figures} previous={previous} />
          <Multiples
            id="year-countries"
            title={`Страны-партнёры по кварталам ${year} года`}
            rows={countries}
            name={(code) => countryNames(code).short}
            what="страна"
            fileNameParts={[FILE_PREFIX, String(year), 'countries']}
          />
          <Multiples
            id="year-sectors"
            title={`Направления сотрудничества по кварталам ${year} года`}
            rows={sectors}
            name={(heading) => heading}
            what="направление"
            fileNameParts={[FILE_PREFIX, String(year), 'sectors']}
          />
        </>
      )}
    </section>
  );
}

function QuarterTable({
  year,
  items,
  figures,
  previous,
}: {
  year: number;
  items: readonly QuarterReport[];
  figures: YearFigures;
  previous: YearFigures;
}) {
  const captionId = useId();
  const cell = (f: QuarterFigures | undefined, pick: (f: QuarterFigures) => number) =>
    f ? formatNumber(pick(f)) : '—';
  return (
    <div className="card table-scroll">
      <table className="year-view__table" aria-labelledby={captionId}>
        <caption id={captionId}>
          Кварталы {year} года и те же кварталы {year - 1} года
        </caption>
        <thead>
          <tr>
            <th scope="col">Квартал</th>
            <th scope="col" className="num">
              Мероприятий
            </th>
            <th scope="col" className="num">
              Стран-партнёров
            </th>
            <th scope="col" className="num">
              Дистанционных
            </th>
            <th scope="col" className="num">
              Мероприятий в {year - 1} году
            </th>
            <th scope="col">Отчёт</th>
          </tr>
        </thead>
        <tbody>
          {QUARTERS.map((q) => {
            const item = items.find((i) => i.quarter.quarter === q);
            const f = figures.get(q);
            return (
              <tr key={q}>
                <th scope="row">{romanQuarter(q)} квартал</th>
                <td className="num">{cell(f, (x) => x.events)}</td>
                <td className="num">{cell(f, (x) => x.countries)}</td>
                <td className="num">{cell(f, (x) => x.online)}</td>
                <td className="num">{cell(previous.get(q), (x) => x.events)}</td>
                <td>
                  {item?.entry ? (
                    <Link to={`${paths.overview()}?${new URLSearchParams({ [REPORT_PARAM]: item.entry.key })}`}>
                      {item.entry.origin === 'local' ? 'загружен локально' : 'опубликован'}
                    </Link>
                  ) : (
                    'нет отчёта'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Multiples({
  id,
  title,
  rows,
  name,
  what,
  fileNameParts,
}: {
  id: string;
  title: string;
  rows: readonly SmallMultiple[];
  name: (key: string) => string;
  what: string;
  fileNameParts: string[];
}) {
  const shown = rows.slice(0, MULTIPLES_SHOWN);
  const label = (q: number) => `${romanQuarter(q)} кв.`;
  return (
    <ChartCard
      id={id}
      title={title}
      subtitle={
        rows.length > MULTIPLES_SHOWN
          ? `Показаны ${MULTIPLES_SHOWN} из ${formatNumber(rows.length)} (все — в таблице). Прочерк — нет отчёта за квартал.`
          : 'Прочерк — нет отчёта за квартал.'
      }
      summary={rows
        .map(
          (r) =>
            `${name(r.key)}: ${r.counts.map((c, i) => `${label(i + 1)} ${c === null ? 'нет отчёта' : formatNumber(c)}`).join(', ')}`,
        )
        .join('; ')}
      table={{
        columns: [
          { label: what === 'страна' ? 'Страна' : 'Направление' },
          ...QUARTERS.map((q) => ({ label: label(q), numeric: true })),
        ],
        rows: rows.map((r) => ({
          key: r.key,
          header: name(r.key),
          cells: r.counts.map((c) => (c === null ? '—' : formatNumber(c))),
        })),
      }}
      fileNameParts={fileNameParts}
      exportFooter={title}
    >
      <ul className="small-multiples">
        {shown.map((r) => (
          <li key={r.key} className="small-multiples__item">
            <p className="small-multiples__title">{name(r.key)}</p>
            <ColumnBars
              height={110}
              data={QUARTERS.flatMap((q, i) =>
                r.counts[i] === null ? [] : [{ key: String(q), label: label(q), value: r.counts[i]! }],
              )}
            />
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
