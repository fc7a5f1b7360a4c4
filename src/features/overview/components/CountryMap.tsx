// The partner-country map, drawn offline from world-atlas (Natural Earth 1:110m) with d3-geo: no map
// tiles, no network. Loaded as a lazy chunk so the overview's first JS stays small.
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { alpha2ByNumeric, countryNames, HOST_COUNTRY } from '../../../domain/countries';
import type { CountryCount } from '../../../domain/aggregations';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import { MAP_HOST_COLOR, MAP_NO_DATA_COLOR, MAP_SELECTED_STROKE, mapColor, mapHeight } from './map-scale';

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
  .features as CountryFeature[];

function alpha2(f: CountryFeature): string | undefined {
  return f.id === undefined ? undefined : alpha2ByNumeric(String(f.id));
}

/** Codes the 1:110m outlines can draw; small states (Singapore, Malta …) have no shape at this scale. */
const DRAWABLE = new Set(countries.map(alpha2).filter((c): c is string => c !== undefined));

export interface CountryMapProps {
  counts: readonly CountryCount[];
  selected: readonly string[];
  onToggle: (code: string) => void;
  width: number;
}

export default function CountryMap({ counts, selected, onToggle, width }: CountryMapProps) {
  const height = mapHeight(width);
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const countByCode = useMemo(() => new Map(counts.map((c) => [c.code, c.count])), [counts]);

  // The projection depends on which countries are partners, not on their counts: keyed on the codes,
  // a filter change that keeps the same partners (a country toggled) does not re-project the world.
  const partnerKey = counts
    .map((c) => c.code)
    .sort()
    .join(' ');
  const { path, shapes } = useMemo(() => {
    const partnerCodes = new Set(partnerKey.split(' '));
    // Centred on 60° E so Russia is not cut at the antimeridian; fitted to the host and partners.
    const focus = countries.filter((f) => {
      const code = alpha2(f);
      return code !== undefined && (code === HOST_COUNTRY || partnerCodes.has(code));
    });
    const projection = geoEqualEarth()
      .rotate([-60, 0])
      .fitExtent(
        [
          [8, 8],
          [width - 8, height - 8],
        ],
        { type: 'FeatureCollection', features: focus },
      );
    const path = geoPath(projection);
    return { path, shapes: countries.map((f) => ({ f, code: alpha2(f), d: path(f) ?? '' })) };
  }, [width, height, partnerKey]);

  const keyHandler = (code: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onToggle(code);
    }
  };

  const partners = shapes.filter((s) => s.code && countByCode.has(s.code));
  // Partners too small for the map's scale are named under it, so none is silently missing.
  const unseen = counts.filter((c) => !DRAWABLE.has(c.code));
  const hoverCount = hover ? (countByCode.get(hover.code) ?? 0) : 0;

  return (
    <div className="country-map" style={{ position: 'relative' }} onMouseLeave={() => setHover(null)}>
      <svg data-export width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="country-map__svg">
        <rect width={width} height={height} fill="#f4f8fc" />
        {shapes
          .filter((s) => !(s.code && countByCode.has(s.code)))
          .map((s, i) => (
            <path
              key={`${String(s.f.id ?? s.f.properties.name)}-${i}`}
              d={s.d}
              fill={s.code === HOST_COUNTRY ? MAP_HOST_COLOR : MAP_NO_DATA_COLOR}
              stroke="#ffffff"
              strokeWidth={0.6}
            >
              {s.code === HOST_COUNTRY && <title>Россия — принимающая сторона</title>}
            </path>
          ))}
        {partners.map(({ code, d }) => {
          const c = code!;
          const count = countByCode.get(c) ?? 0;
          const isSelected = selected.includes(c);
          return (
            <path
              key={c}
              d={d}
              fill={mapColor(count)}
              stroke={isSelected ? MAP_SELECTED_STROKE : '#ffffff'}
              strokeWidth={isSelected ? 2.5 : 0.8}
              role="button"
              tabIndex={0}
              aria-label={`${countryNames(c).short}: ${countOf(count, FORMS.event)}`}
              aria-pressed={isSelected}
              className="country-map__partner"
              onClick={() => onToggle(c)}
              onKeyDown={keyHandler(c)}
              onMouseMove={(e) => {
                const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
                if (box) setHover({ code: c, x: e.clientX - box.left, y: e.clientY - box.top });
              }}
            />
          );
        })}
        {partners.map(({ code, f }) => {
          const [cx, cy] = path.centroid(f);
          if (!Number.isFinite(cx) || !Number.isFinite(cy)) return null;
          return (
            <text
              key={`label-${code}`}
              x={cx}
              y={cy}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize={12}
              fontWeight={700}
              fill="#1d2330"
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
              pointerEvents="none"
              aria-hidden="true"
            >
              {formatNumber(countByCode.get(code!) ?? 0)}
            </text>
          );
        })}
      </svg>
      {unseen.length > 0 && (
        <p className="country-map__unseen">
          Не видны на карте (слишком малы для её масштаба):{' '}
          {unseen.map((c) => `${countryNames(c.code).short} — ${countOf(c.count, FORMS.event)}`).join('; ')}.
        </p>
      )}
      {hover && (
        <div
          className="country-map__tooltip"
          style={{ left: Math.min(hover.x + 12, width - 200), top: Math.max(0, hover.y - 60) }}
          aria-hidden="true"
        >
          <ChartTooltip title={countryNames(hover.code).official} lines={[['Мероприятий', formatNumber(hoverCount)]]} />
        </div>
      )}
    </div>
  );
}
