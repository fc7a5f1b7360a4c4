// Events per sector: which areas of cooperation carried the quarter. Bars toggle a sector filter.
import { eventsBySector } from '../../../domain/aggregations';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { formatNumber, formatPercent } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type SelectableChartProps } from '../chart-context';
import { CategoryBars, type CategoryDatum } from '../../../shared/components/chart/CategoryBars';
import { selectionLegend } from '../../../shared/components/chart/palette';
import { toggleRow } from './ToggleButton';
import { countShareLines } from '../labels';
import { chartComparison } from '../chart-comparison';
import type { EventsView } from '../../../domain/events-view';

/** A sector's heading, from this quarter or (for a sector gone since) the compared one. */
function sectorName(id: string, sectors: readonly { id: string; name: string }[], earlier: EventsView): string {
  return sectors.find((s) => s.id === id)?.name ?? eventsBySector(earlier).find((s) => s.id === id)?.name ?? id;
}

export function SectorChart({ view, selected, onToggle, context, emptyMessage, comparison }: SelectableChartProps) {
  const sectors = eventsBySector(view);
  const compared =
    comparison?.sectors === true
      ? chartComparison(
          sectors.map((s) => ({ key: s.id, count: s.count })),
          eventsBySector(comparison.earlier).map((s) => ({ key: s.id, count: s.count })),
          comparison,
          (id) => `«${sectorName(id, sectors, comparison.earlier)}»`,
          'впервые',
        )
      : null;
  const comparisonNote = comparison
    ? (compared?.note ?? ' Направления в сравниваемых отчётах различаются: изменения по направлениям не считаются.')
    : '';
  const total = view.size;
  const data: CategoryDatum[] = sectors.map((s) => ({ key: s.id, label: s.name, value: s.count }));
  const top = sectors.slice(0, 3).map((s) => `«${s.name}» — ${countOf(s.count, FORMS.event)}`);
  const summary =
    sectors.length === 0
      ? ''
      : `${countOf(total, FORMS.event)}, направлений сотрудничества: ${formatNumber(sectors.length)}. Больше всего: ${top.join('; ')}.`;
  return (
    <ChartCard
      id="sectors"
      title="Мероприятия по направлениям сотрудничества"
      subtitle={`Число мероприятий по каждому направлению.${comparisonNote}`}
      hint="Нажмите на полосу, чтобы отфильтровать обзор."
      summary={summary}
      legend={selectionLegend(selected.length > 0, 'Мероприятия', 'Выбранные направления')}
      table={{
        columns: [
          { label: 'Направление' },
          { label: 'Мероприятий', numeric: true },
          { label: 'Доля', numeric: true },
          ...(compared ? [compared.column] : []),
        ],
        rows: sectors.map((s) =>
          toggleRow({ selected, onToggle }, s.id, s.name, [
            formatNumber(s.count),
            formatPercent(total ? s.count / total : 0),
            ...(compared ? [compared.cell(s.id)] : []),
          ]),
        ),
      }}
      fileNameParts={context.fileParts('sectors')}
      exportFooter={context.footer}
      emptyMessage={emptyMessage ?? (sectors.length === 0 ? 'Нет мероприятий для этого графика' : null)}
    >
      <CategoryBars
        data={data}
        selected={selected}
        onToggle={onToggle}
        describe={(d) => `${d.label}: ${countOf(d.value, FORMS.event)}`}
        tooltip={(d) => <ChartTooltip title={d.label} lines={countShareLines(d.value, total, 'Доля')} />}
      />
    </ChartCard>
  );
}
