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

export function SectorChart({ view, selected, onToggle, context, emptyMessage }: SelectableChartProps) {
  const sectors = eventsBySector(view);
  const total = view.size;
  const data: CategoryDatum[] = sectors.map((s) => ({ key: s.id, label: s.name, value: s.count }));
  const top = sectors.slice(0, 3).map((s) => `«${s.name}» — ${countOf(s.count, FORMS.event)}`);
  const summary =
    sectors.length === 0
      ? ''
      : `${countOf(total, FORMS.event)}, сфер сотрудничества: ${formatNumber(sectors.length)}. Больше всего: ${top.join('; ')}.`;
  return (
    <ChartCard
      id="sectors"
      title="Мероприятия по сферам сотрудничества"
      subtitle="Число мероприятий в каждой сфере."
      hint="Нажмите на полосу, чтобы отфильтровать обзор."
      summary={summary}
      legend={selectionLegend(selected.length > 0, 'Мероприятия', 'Выбранные сферы')}
      table={{
        columns: [{ label: 'Сфера' }, { label: 'Мероприятий', numeric: true }, { label: 'Доля', numeric: true }],
        rows: sectors.map((s) =>
          toggleRow({ selected, onToggle }, s.id, s.name, [
            formatNumber(s.count),
            formatPercent(total ? s.count / total : 0),
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
