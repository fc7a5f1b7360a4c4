// Participants per sector, honestly: people only on the bars (organisations are a different unit),
// «не менее» where a count is a lower bound, and how many events state no number at all.
import { participantsBySector } from '../../../domain/aggregations';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS, pluralize } from '../../../lib/lexicon';
import { type SelectableChartProps } from '../chart-context';
import { CategoryBars, type CategoryDatum } from '../../../shared/components/chart/CategoryBars';
import { selectionLegend } from '../../../shared/components/chart/palette';
import { toggleRow } from './ToggleButton';

function people(total: number, atLeast: boolean): string {
  return `${atLeast ? 'не менее ' : ''}${formatNumber(total)}`;
}

export function ParticipantsChart({ view, selected, onToggle, context, emptyMessage }: SelectableChartProps) {
  const sectors = participantsBySector(view);
  const withPeople = sectors.filter((s) => s.people.events > 0).sort((a, b) => b.people.total - a.people.total);
  const data: CategoryDatum[] = withPeople.map((s) => ({
    key: s.id,
    label: s.name,
    value: s.people.total,
    valueLabel: people(s.people.total, s.people.atLeast),
  }));
  const unstated = sectors.reduce((n, s) => n + s.unstated, 0);
  const orgEvents = sectors.reduce((n, s) => n + s.organizations.events, 0);
  const summary =
    withPeople.length === 0
      ? ''
      : `Участия (человек) по направлениям: ` +
        withPeople.map((s) => `«${s.name}» — ${people(s.people.total, s.people.atLeast)}`).join('; ') +
        `. Число участников не указано в ${countOf(unstated, FORMS.eventPrep)}; в ${countOf(orgEvents, FORMS.eventPrep)} участники посчитаны организациями.`;
  const byId = new Map(sectors.map((s) => [s.id, s]));
  return (
    <ChartCard
      id="participants"
      title="Участия по направлениям, человек"
      subtitle={`Сумма указанных в отчёте чисел участников-людей по мероприятиям — это число участий: человек, побывавший на двух мероприятиях, учтён дважды. Организации считаются отдельно (в таблице); без числа участников — ${countOf(unstated, FORMS.event)}.`}
      summary={summary}
      legend={selectionLegend(
        selected.length > 0,
        'Участия, человек («не менее» — если в отчёте «более N»)',
        'Выбранные направления',
      )}
      table={{
        columns: [
          { label: 'Направление' },
          { label: 'Человек', numeric: true },
          { label: 'Организаций', numeric: true },
          { label: 'Мероприятий без числа', numeric: true },
        ],
        rows: sectors.map((s) =>
          toggleRow({ selected, onToggle }, s.id, s.name, [
            s.people.events > 0 ? people(s.people.total, s.people.atLeast) : '—',
            s.organizations.events > 0 ? people(s.organizations.total, s.organizations.atLeast) : '—',
            formatNumber(s.unstated),
          ]),
        ),
      }}
      fileNameParts={context.fileParts('participants')}
      exportFooter={context.footer}
      emptyMessage={
        emptyMessage ?? (withPeople.length === 0 ? 'Ни в одном из этих мероприятий не указано число участников' : null)
      }
    >
      <CategoryBars
        data={data}
        selected={selected}
        onToggle={onToggle}
        describe={(d) => `${d.label}: ${d.valueLabel ?? formatNumber(d.value)} ${pluralize(d.value, FORMS.people)}`}
        tooltip={(d) => {
          const s = byId.get(d.key);
          return (
            <ChartTooltip
              title={d.label}
              lines={[
                ['Человек', d.valueLabel ?? formatNumber(d.value)],
                ['Организаций', s && s.organizations.events > 0 ? formatNumber(s.organizations.total) : '—'],
                ['Без числа участников', formatNumber(s?.unstated ?? 0)],
              ]}
            />
          );
        }}
      />
    </ChartCard>
  );
}
