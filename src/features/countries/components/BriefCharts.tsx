// Two small charts for the brief, in the shared ChartCard (text alternative, table, PNG/SVG download):
// the country's events by sector and by month, drawn with the overview's plain-SVG bars.
import { formatMonthName, formatNumber, formatPercent } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { CategoryBars } from '../../../shared/components/chart/CategoryBars';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { ColumnBars } from '../../../shared/components/chart/ColumnBars';
import { type CountryBrief } from '../brief-model';

interface ChartProps {
  brief: CountryBrief;
  fileNameParts: (chart: string) => string[];
  footer: string;
  countryLabel: string;
}

export function BriefSectorChart({ brief, fileNameParts, footer, countryLabel }: ChartProps) {
  const n = brief.view.size;
  const summary = `${countOf(n, FORMS.event)} по ${formatNumber(brief.sectors.length)} направлениям: ${brief.sectors
    .map((s) => `${s.name} — ${formatNumber(s.count)}`)
    .join('; ')}.`;
  return (
    <ChartCard
      id="brief-sectors"
      title={`Мероприятия по направлениям: ${countryLabel}`}
      summary={summary}
      table={{
        columns: [{ label: 'Направление' }, { label: 'Мероприятий', numeric: true }, { label: 'Доля', numeric: true }],
        rows: brief.sectors.map((s) => ({
          key: s.id,
          header: s.name,
          cells: [formatNumber(s.count), formatPercent(n ? s.count / n : 0)],
        })),
      }}
      fileNameParts={fileNameParts('sectors')}
      exportFooter={footer}
    >
      <CategoryBars data={brief.sectors.map((s) => ({ key: s.id, label: s.name, value: s.count }))} />
    </ChartCard>
  );
}

export function BriefMonthChart({ brief, fileNameParts, footer, countryLabel }: ChartProps) {
  const data = brief.months.map((m) => ({ ...m, label: formatMonthName(m.month) }));
  const summary = `По месяцам: ${data.map((m) => `${m.label} — ${formatNumber(m.count)}`).join('; ')}. Многодневное мероприятие считается в каждом месяце, который затрагивает.`;
  return (
    <ChartCard
      id="brief-months"
      title={`Мероприятия по месяцам: ${countryLabel}`}
      subtitle="Многодневное мероприятие считается в каждом месяце, который затрагивает."
      summary={summary}
      table={{
        columns: [{ label: 'Месяц' }, { label: 'Мероприятий', numeric: true }],
        rows: data.map((m) => ({ key: m.month, header: m.label, cells: [formatNumber(m.count)] })),
      }}
      fileNameParts={fileNameParts('months')}
      exportFooter={footer}
    >
      <ColumnBars data={data.map((m) => ({ key: m.month, label: m.label, value: m.count }))} />
    </ChartCard>
  );
}
