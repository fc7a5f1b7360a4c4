// The country across quarters: its events in every quarter that has a report (published or loaded in
// this browser), drawn with the shared plain-SVG columns, with the table as the text alternative.
import { useCatalogQuarters, useQuarterReports } from '../../../api/compared-report';
import { quarterShort } from '../../../domain/comparison';
import { countryAcrossQuarters } from '../../../domain/year-view';
import { formatQuarter } from '../../../lib/calendar';
import { formatNumber, formatPercent } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { ColumnBars } from '../../../shared/components/chart/ColumnBars';

export function BriefQuarters({
  code,
  countryLabel,
  fileNameParts,
  footer,
}: {
  code: string;
  countryLabel: string;
  fileNameParts: (chart: string) => string[];
  footer: string;
}) {
  const quarters = useCatalogQuarters();
  const { items } = useQuarterReports(quarters);
  if (quarters.length < 2) {
    return (
      <p className="brief-quarters brief-quarters--empty no-print" role="note">
        Сравнение по кварталам появится, когда будет загружен второй отчёт.
      </p>
    );
  }
  const models = items.flatMap((i) => (i.model ? [i.model] : []));
  const rows = countryAcrossQuarters(models, code);
  const waiting = items.length - models.length;
  return (
    <ChartCard
      id="brief-quarters"
      title={`Мероприятия с участием страны по кварталам: ${countryLabel}`}
      subtitle={
        waiting > 0
          ? `Загружено отчётов: ${formatNumber(models.length)} из ${formatNumber(items.length)}.`
          : 'Каждый квартал, за который есть отчёт.'
      }
      summary={rows
        .map(
          (r) => `${formatQuarter(r.year, r.quarter)}: ${countOf(r.events, FORMS.event)} из ${formatNumber(r.total)}`,
        )
        .join('; ')}
      table={{
        columns: [
          { label: 'Квартал' },
          { label: 'С участием страны', numeric: true },
          { label: 'Всего мероприятий', numeric: true },
          { label: 'Доля', numeric: true },
        ],
        rows: rows.map((r) => ({
          key: `${r.year}-${r.quarter}`,
          header: formatQuarter(r.year, r.quarter),
          cells: [formatNumber(r.events), formatNumber(r.total), formatPercent(r.total ? r.events / r.total : 0)],
        })),
      }}
      fileNameParts={fileNameParts('quarters')}
      exportFooter={footer}
    >
      <ColumnBars
        height={160}
        data={rows.map((r) => ({ key: `${r.year}-${r.quarter}`, label: quarterShort(r), value: r.events }))}
      />
    </ChartCard>
  );
}
