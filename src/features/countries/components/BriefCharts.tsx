// Two small charts for the brief, in the shared ChartCard (text alternative, table, PNG/SVG download):
// the country's events by sector and by month.
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import type { Report } from '../../../domain/report-schema';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { useElementWidth } from '../../../shared/components/chart/use-element-width';
import { tickHeight, tickLines, WrappedTick } from '../../../shared/components/chart/WrappedTick';
import { countOf, formatMonthName, formatNumber, formatPercent } from '../../../shared/format';
import { EVENT_FORMS, type CountryBrief } from '../brief-model';

const BAR_COLOR = '#1f5fa8';

interface ChartProps {
  brief: CountryBrief;
  report: Report;
  fileNameParts: (chart: string) => string[];
  footer: string;
  countryLabel: string;
}

function SectorBars({ data }: { data: { name: string; count: number }[] }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  const labelWidth = Math.round(Math.min(260, Math.max(120, width * 0.45)));
  const lines = Math.max(1, ...data.map((d) => tickLines(d.name, labelWidth - 8).length));
  const rowHeight = Math.max(28, tickHeight(lines) + 12);
  return (
    <div ref={ref}>
      <BarChart
        width={width}
        height={data.length * rowHeight + 24}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 36, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="name"
          width={labelWidth}
          tickLine={false}
          interval={0}
          tick={(props: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) => (
            <WrappedTick {...props} width={labelWidth} />
          )}
        />
        <Bar dataKey="count" fill={BAR_COLOR} isAnimationActive={false} radius={[0, 3, 3, 0]}>
          <LabelList dataKey="count" position="right" fontSize={12} fill="#1d2330" />
        </Bar>
      </BarChart>
    </div>
  );
}

function MonthBars({ data }: { data: { label: string; count: number }[] }) {
  const { ref, width } = useElementWidth<HTMLDivElement>();
  return (
    <div ref={ref}>
      <BarChart
        width={width}
        height={200}
        data={data}
        margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
        accessibilityLayer={false}
      >
        <XAxis dataKey="label" fontSize={12} tickLine={false} />
        <YAxis allowDecimals={false} width={28} fontSize={11} tickFormatter={(v: number) => formatNumber(v)} />
        <Bar dataKey="count" fill={BAR_COLOR} isAnimationActive={false} radius={[3, 3, 0, 0]}>
          <LabelList dataKey="count" position="top" fontSize={12} fill="#1d2330" />
        </Bar>
      </BarChart>
    </div>
  );
}

export function BriefSectorChart({ brief, fileNameParts, footer, countryLabel }: ChartProps) {
  const n = brief.events.length;
  const summary = `${countOf(n, EVENT_FORMS)} по ${formatNumber(brief.sectors.length)} направлениям: ${brief.sectors
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
      <SectorBars data={brief.sectors} />
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
      <MonthBars data={data} />
    </ChartCard>
  );
}
