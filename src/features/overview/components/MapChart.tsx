// Card around the lazily loaded country map: title, legend of colour classes, table of counts.
import { eventsByCountry } from '../../../domain/aggregations';
import { ChartCard } from '../../../shared/components/chart/ChartCard';
import { deferredModule } from '../../../shared/components/chart/deferred-module';
import { DeferredChart } from '../../../shared/components/chart/RenderWhenNear';
import { roleBreakdownLines } from '../../../domain/involvement';
import { useElementWidth } from '../../../shared/components/chart/use-element-width';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { type SelectableChartProps } from '../chart-context';
import { countriesInWords, useCountryLabel } from '../labels';
import { MAP_CLASSES, MAP_HOST_COLOR, MAP_HOST_LABEL, MAP_SELECTED_STROKE, mapColor, mapHeight } from './map-scale';
import { toggleRow } from './ToggleButton';

const countryMap = deferredModule(() => import('./CountryMap'));

export function MapChart({ view, selected, onToggle, context, emptyMessage }: SelectableChartProps) {
  const countryLabel = useCountryLabel();
  const { ref, width } = useElementWidth<HTMLDivElement>();
  // Exactly the map's height, so the page does not move when it draws.
  const loading = (
    <p className="country-map__loading" style={{ minHeight: mapHeight(width) }}>
      Загрузка карты…
    </p>
  );
  const counts = eventsByCountry(view);
  const max = Math.max(0, ...counts.map((c) => c.count));
  const legend = [
    ...MAP_CLASSES.filter((c) => c.min <= max).map((c) => ({ label: c.label, color: c.color })),
    { label: MAP_HOST_LABEL, color: MAP_HOST_COLOR },
    ...(selected.length > 0 ? [{ label: 'Выбранная страна (обводка)', color: MAP_SELECTED_STROKE }] : []),
  ];
  return (
    <ChartCard
      id="map"
      title="Карта стран-партнёров: число мероприятий"
      subtitle="Цвет страны — сколько мероприятий прошло с её участием."
      hint="Нажмите на страну, чтобы отфильтровать обзор; стрелки переходят от страны к стране."
      summary={
        counts.length === 0
          ? ''
          : `На карте ${countOf(counts.length, FORMS.country)}: ` + countriesInWords(counts) + `. ${MAP_HOST_LABEL}.`
      }
      legend={legend}
      table={{
        columns: [{ label: 'Страна' }, { label: 'Мероприятий', numeric: true }, { label: 'Цвет на карте' }],
        rows: counts.map((c) =>
          toggleRow({ selected, onToggle }, c.code, countryLabel(c.code), [
            formatNumber(c.count),
            MAP_CLASSES.find((k) => k.color === mapColor(c.count))?.label ?? '—',
          ]),
        ),
      }}
      fileNameParts={context.fileParts('map')}
      exportFooter={context.footer}
      emptyMessage={
        emptyMessage ?? (counts.length === 0 ? 'В этих мероприятиях не названо ни одной страны-партнёра' : null)
      }
    >
      <div ref={ref}>
        {/* The map (world outlines, ~50 KB gzip, and their projection) draws when scrolled near. */}
        <DeferredChart module={countryMap} placeholder={loading}>
          {({ default: CountryMap }) => (
            <CountryMap
              counts={counts}
              selected={selected}
              onToggle={onToggle}
              width={width}
              roleLines={(code) => roleBreakdownLines(view, code)}
            />
          )}
        </DeferredChart>
      </div>
    </ChartCard>
  );
}
