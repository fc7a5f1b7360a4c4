// Events per partner country (Russia, the host, is never a partner). Bars toggle a country filter;
// the links under the chart open each country's brief.
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { eventsByCountry } from '../../../domain/aggregations';
import { foreignParticipationCount, roleBreakdownLines, roleBreakdownText } from '../../../domain/involvement';
import { countryNames } from '../../../domain/countries';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { formatNumber, formatPercent } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type SelectableChartProps } from '../chart-context';
import { countShareLines, countriesInWords, useCountryLabel } from '../labels';
import { CategoryBars, type CategoryDatum } from '../../../shared/components/chart/CategoryBars';
import { selectionLegend } from '../../../shared/components/chart/palette';
import { toggleRow } from './ToggleButton';
import { chartComparison } from '../chart-comparison';

export function CountryChart({ view, selected, onToggle, context, emptyMessage, comparison }: SelectableChartProps) {
  const countryLabel = useCountryLabel();
  const countries = eventsByCountry(view);
  const compared = comparison
    ? chartComparison(
        countries.map((c) => ({ key: c.code, count: c.count })),
        eventsByCountry(comparison.earlier).map((c) => ({ key: c.code, count: c.count })),
        comparison,
        (code) => countryNames(code).short,
        'новая страна',
      )
    : null;
  const total = view.size;
  const data: CategoryDatum[] = countries.map((c) => ({ key: c.code, label: countryLabel(c.code), value: c.count }));
  const withForeign = foreignParticipationCount(view);
  const summary =
    countries.length === 0
      ? ''
      : `${countOf(countries.length, FORMS.partnerCountry)}. ` + countriesInWords(countries) + '.';
  return (
    <ChartCard
      id="countries"
      title="Мероприятия по странам-партнёрам"
      subtitle={`Сколько мероприятий прошло с участием каждой страны (роли — в таблице; только упомянутая страна не считается, см. «Методику» на странице «Данные и качество»); в одном мероприятии может быть несколько стран. За рубежом или с иностранным участием: ${formatNumber(withForeign)} из ${formatNumber(total)}.${compared?.note ?? ''}`}
      summary={summary}
      legend={selectionLegend(selected.length > 0, 'Мероприятия с участием страны', 'Выбранные страны')}
      table={{
        columns: [
          { label: 'Страна' },
          { label: 'Мероприятий', numeric: true },
          { label: 'Доля мероприятий', numeric: true },
          { label: 'По ролям (мероприятий)' },
          ...(compared ? [compared.column] : []),
          { label: 'Справка' },
        ],
        rows: countries.map((c) =>
          toggleRow({ selected, onToggle }, c.code, countryLabel(c.code), [
            formatNumber(c.count),
            formatPercent(total ? c.count / total : 0),
            roleBreakdownText(view, c.code),
            ...(compared ? [compared.cell(c.code)] : []),
            <Link key="brief" to={context.link(paths.country(c.code))}>
              Справка: {countryNames(c.code).short}
            </Link>,
          ]),
        ),
      }}
      fileNameParts={context.fileParts('countries')}
      exportFooter={context.footer}
      emptyMessage={
        emptyMessage ?? (countries.length === 0 ? 'В этих мероприятиях не названо ни одной страны-партнёра' : null)
      }
      footer={
        countries.length > 0 && (
          <nav className="country-links" aria-label="Справки по странам">
            <span>Справки по странам:</span>
            <ul>
              {countries.map((c) => (
                <li key={c.code}>
                  <Link to={context.link(paths.country(c.code))}>{countryLabel(c.code)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )
      }
    >
      <CategoryBars
        data={data}
        selected={selected}
        onToggle={onToggle}
        describe={(d) => `${countryNames(d.key).short}: ${countOf(d.value, FORMS.event)}`}
        tooltip={(d) => (
          <ChartTooltip
            title={d.label}
            lines={[...countShareLines(d.value, total, 'Доля мероприятий'), ...roleBreakdownLines(view, d.key)]}
          />
        )}
      />
    </ChartCard>
  );
}
