// The partner-country map, drawn offline from world-atlas (Natural Earth 1:110m) with d3-geo: no map
// tiles, no network. Loaded as a lazy chunk so the overview's first JS stays small. On a world map
// Belarus — the partner of most events — is a speck, so European partners also get an inset of
// their own (Europe with Smolensk), placed in the corner that hides the fewest partners; a label that
// does not fit inside its country goes beside it with a leader line. One Tab stop for the map: the
// arrow keys walk the partners from most events to fewest (west to east among equals).
import { useId, useMemo, useState } from 'react';
import shapes from 'virtual:world-shapes';
import { countryNames, HOST_COUNTRY } from '../../../domain/countries';
import type { CountryCount } from '../../../domain/aggregations';
import { ChartTooltip } from '../../../shared/components/chart/ChartTooltip';
import { useRovingFocus } from '../../../shared/components/chart/roving-focus';
import { useMeasureText, type MeasureText } from '../../../shared/components/chart/text-metrics';
import { formatNumber } from '../../../lib/format';
import { countOf, FORMS } from '../../../lib/lexicon';
import {
  fitBox,
  fitPoint,
  fitTransform,
  insetCorner,
  placeLabels,
  unionBox,
  type Box,
  type Fit,
  type LabelRequest,
} from './map-layout';
import {
  MAP_HOST_COLOR,
  MAP_HOST_LABEL,
  MAP_NO_DATA_COLOR,
  MAP_SELECTED_STROKE,
  mapColor,
  mapHeight,
} from './map-scale';
import { insetProjection, type WorldShape } from './world-shapes';

const worldCountries = shapes.world;
const insetCountries = shapes.inset;
const insetShapeOf = new Map(insetCountries.map((c) => [c.code, c]));

/** Codes the 1:110m outlines can draw; small states (Singapore, Malta …) have no shape at this scale. */
const DRAWABLE = new Set(worldCountries.map((c) => c.code).filter((c): c is string => c !== null));

export interface CountryMapProps {
  counts: readonly CountryCount[];
  selected: readonly string[];
  onToggle: (code: string) => void;
  width: number;
  /** The country's events by role (label, count), shown under its count in the tooltip. */
  roleLines?: (code: string) => [string, string][];
}

const FONT_SIZE = 12;
/** A partner narrower or lower than this on the world map is drawn again in the Europe inset. */
const MIN_SHAPE_PX = 40;
/** Smolensk, the reporting region's capital: marked in the inset so the reporting side is placed. */
const SMOLENSK: [number, number] = [32.05, 54.78];

function inEurope({ lonLat: [lon, lat] }: WorldShape): boolean {
  return lon >= -25 && lon <= 60 && lat >= 35 && lat <= 72;
}

/** Where the countries of `list` lie together: their centroids weighted by area. */
function centreOf(list: readonly WorldShape[]): [number, number] {
  const total = list.reduce((sum, c) => sum + c.area, 0) || 1;
  const mean = (i: 0 | 1) => list.reduce((sum, c) => sum + c.lonLat[i] * c.area, 0) / total;
  return [mean(0), mean(1)];
}

const boldWidth = (text: string, measure: MeasureText) => measure(text, FONT_SIZE) * 1.08;

/** Outlines drawn at one fit: a box of a country in pixels is its projected box scaled. */
interface View {
  fit: Fit;
  countries: readonly WorldShape[];
}

const boxIn = (view: View, c: WorldShape) => fitBox(view.fit, c.bounds);
const transformOf = ({ k, x, y }: Fit) => `matrix(${k.toFixed(5)} 0 0 ${k.toFixed(5)} ${x.toFixed(1)} ${y.toFixed(1)})`;

export default function CountryMap({ counts, selected, onToggle, width, roleLines }: CountryMapProps) {
  const height = mapHeight(width);
  const clipId = `map-inset-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const countByCode = useMemo(() => new Map(counts.map((c) => [c.code, c.count])), [counts]);

  // The fits depend on which countries are partners, not on their counts: keyed on the codes, a
  // filter change that keeps the same partners (a country toggled) moves nothing.
  const partnerKey = counts
    .map((c) => c.code)
    .sort()
    .join(' ');
  const layout = useMemo(() => {
    const partnerCodes = new Set(partnerKey.split(' ').filter(Boolean));
    const partners = worldCountries.filter((c) => partnerCodes.has(c.code ?? ''));
    // Fitted to the host and the partners.
    const focus = worldCountries.filter((c) => c.code === HOST_COUNTRY || partnerCodes.has(c.code ?? ''));
    const world: View = {
      fit: fitTransform(unionBox(focus.map((c) => c.bounds)), { x0: 8, y0: 8, x1: width - 8, y1: height - 8 }),
      countries: worldCountries,
    };
    const tooSmall = (c: WorldShape) => {
      const b = boxIn(world, c);
      return b.x1 - b.x0 < MIN_SHAPE_PX || b.y1 - b.y0 < MIN_SHAPE_PX;
    };
    const european = partners.filter(inEurope).filter((c) => insetShapeOf.has(c.code));
    const insetMembers = european.some(tooSmall) ? european : [];
    if (insetMembers.length === 0) return { world, inset: null, insetCodes: new Set<string>() };

    const insetCodes = new Set(insetMembers.map((c) => c.code!));
    const w = Math.round(Math.max(150, width * 0.42));
    const h = Math.round(Math.max(110, height * 0.5));
    const keep = partners.filter((c) => !insetCodes.has(c.code!)).map((c) => boxIn(world, c));
    const box = insetCorner(width, height, w, h, 6, keep);
    // The members, Smolensk and some room around them, so a single country does not fill the inset.
    const [lon, lat] = centreOf(insetMembers);
    const projection = insetProjection();
    const room = [[lon - 10, lat - 5], [lon + 10, lat + 5], SMOLENSK, [SMOLENSK[0] + 4, SMOLENSK[1]]]
      .map((point) => projection(point as [number, number]))
      .filter((p): p is [number, number] => p !== null)
      .map(([x, y]) => ({ x0: x, y0: y, x1: x, y1: y }));
    const fit = fitTransform(unionBox([...insetMembers.map((c) => insetShapeOf.get(c.code)!.bounds), ...room]), {
      x0: box.x0 + 6,
      y0: box.y0 + 18,
      x1: box.x1 - 6,
      y1: box.y1 - 6,
    });
    // Only the countries that reach into the inset (the rest would be clipped away anyway).
    const near = insetCountries.filter((c) => {
      const [cLon, cLat] = c.lonLat;
      return c.code === HOST_COUNTRY || (Math.abs(cLon - lon) < 60 && Math.abs(cLat - lat) < 35);
    });
    const smolensk = projection(SMOLENSK);
    const inset = { fit, countries: near, box, smolensk: smolensk ? fitPoint(fit, smolensk) : null };
    return { world, inset, insetCodes };
  }, [width, height, partnerKey]);
  const { world, inset, insetCodes } = layout;

  // Keyboard order: most events first, west to east among equals.
  const focusOrder = useMemo(() => {
    const drawn = counts.filter((c) => DRAWABLE.has(c.code));
    const lon = (code: string) => worldCountries.find((c) => c.code === code)?.lonLat[0] ?? 0;
    return [...drawn].sort((a, b) => b.count - a.count || lon(a.code) - lon(b.code)).map((c) => c.code);
  }, [counts]);
  const roving = useRovingFocus(focusOrder.length);

  // The estimate while hydrating, so the labels placed match the prerendered HTML.
  const measure = useMeasureText();
  // Labels follow the partners' counts and the layout, not the selection: a country toggled on the
  // overview (the map's own filter) re-places none of them.
  const { worldLabels, insetLabels } = useMemo(() => {
    const area: Box = { x0: 2, y0: 2, x1: width - 2, y1: height - 2 };
    const labelsFor = (view: View, codes: (code: string) => boolean, bounds: Box, avoid: Box[]) => {
      const requests: LabelRequest[] = view.countries
        .filter((c) => c.code && c.centre && countByCode.has(c.code) && codes(c.code))
        .map((c) => {
          const count = formatNumber(countByCode.get(c.code!) ?? 0);
          const name = `${countryNames(c.code!).short} ${count}`;
          return {
            key: c.code!,
            shape: boxIn(view, c),
            centre: fitPoint(view.fit, c.centre!),
            inside: { width: boldWidth(count, measure), height: FONT_SIZE + 2 },
            outside: { width: boldWidth(name, measure), height: FONT_SIZE + 2 },
          };
        })
        .sort(
          (a, b) =>
            (b.shape.x1 - b.shape.x0) * (b.shape.y1 - b.shape.y0) -
            (a.shape.x1 - a.shape.x0) * (a.shape.y1 - a.shape.y0),
        );
      return placeLabels(requests, bounds, avoid).map((p) => {
        const count = formatNumber(countByCode.get(p.key) ?? 0);
        return { ...p, text: p.leader ? `${countryNames(p.key).short} ${count}` : count };
      });
    };
    const worldLabels = labelsFor(world, (c) => !insetCodes.has(c), area, inset ? [inset.box] : []);
    const insetLabels = inset
      ? labelsFor(
          inset,
          (c) => insetCodes.has(c),
          { x0: inset.box.x0 + 2, y0: inset.box.y0 + 16, x1: inset.box.x1 - 2, y1: inset.box.y1 - 2 },
          [],
        )
      : [];
    return { worldLabels, insetLabels };
  }, [world, inset, insetCodes, countByCode, measure, width, height]);

  // One transform per view places its outlines; strokes keep their width in pixels.
  const drawShapes = (view: View, interactive: (code: string) => boolean, keyPrefix: string) => (
    <g transform={transformOf(view.fit)}>
      {view.countries
        .filter((c) => !(c.code && countByCode.has(c.code)))
        .map(({ id, d, code }, i) => (
          <path
            key={`${keyPrefix}${id}-${i}`}
            d={d}
            fill={code === HOST_COUNTRY ? MAP_HOST_COLOR : MAP_NO_DATA_COLOR}
            stroke="#ffffff"
            strokeWidth={0.6}
            vectorEffect="non-scaling-stroke"
          >
            {code === HOST_COUNTRY && <title>{MAP_HOST_LABEL}</title>}
          </path>
        ))}
      {view.countries
        .filter((c) => c.code && countByCode.has(c.code))
        .map(({ code, d }) => {
          const c = code!;
          const count = countByCode.get(c) ?? 0;
          const isSelected = selected.includes(c);
          const common = {
            d,
            fill: mapColor(count),
            stroke: isSelected ? MAP_SELECTED_STROKE : '#ffffff',
            strokeWidth: isSelected ? 2.5 : 0.8,
            vectorEffect: 'non-scaling-stroke',
            className: 'country-map__partner',
            onClick: () => onToggle(c),
            onMouseMove: (e: React.MouseEvent<SVGPathElement>) => {
              const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
              if (box) setHover({ code: c, x: e.clientX - box.left, y: e.clientY - box.top });
            },
          };
          if (!interactive(c)) return <path key={`${keyPrefix}${c}`} {...common} aria-hidden="true" />;
          const index = focusOrder.indexOf(c);
          return (
            <path
              key={`${keyPrefix}${c}`}
              {...common}
              role="button"
              aria-label={`${countryNames(c).short}: ${countOf(count, FORMS.event)}`}
              aria-pressed={isSelected}
              {...roving.itemProps(index, () => onToggle(c))}
            />
          );
        })}
    </g>
  );

  const drawLabels = (labels: typeof worldLabels, keyPrefix: string) =>
    labels.map((l) => (
      <g key={`${keyPrefix}label-${l.key}`} pointerEvents="none" aria-hidden="true">
        {l.leader && (
          <line
            x1={l.leader[0]}
            y1={l.leader[1]}
            x2={l.x < l.leader[0] ? l.box.x1 : l.x > l.leader[0] ? l.box.x0 : l.x}
            y2={l.y}
            stroke="#1d2330"
            strokeWidth={0.8}
          />
        )}
        <text
          x={l.x}
          y={l.y}
          textAnchor="middle"
          dominantBaseline="middle"
          fontSize={FONT_SIZE}
          fontWeight={700}
          fill="#1d2330"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {l.text}
        </text>
      </g>
    ));

  // Partners too small for the map's scale are named under it, so none is silently missing.
  const unseen = counts.filter((c) => !DRAWABLE.has(c.code));
  const hoverCount = hover ? (countByCode.get(hover.code) ?? 0) : 0;

  return (
    <div className="country-map" style={{ position: 'relative' }} onMouseLeave={() => setHover(null)}>
      <svg data-export width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="country-map__svg">
        <rect width={width} height={height} fill="#f4f8fc" />
        {drawShapes(world, (c) => !insetCodes.has(c), '')}
        {drawLabels(worldLabels, '')}
        {inset && (
          <g className="country-map__inset">
            <clipPath id={clipId}>
              <rect
                x={inset.box.x0}
                y={inset.box.y0}
                width={inset.box.x1 - inset.box.x0}
                height={inset.box.y1 - inset.box.y0}
              />
            </clipPath>
            <rect
              x={inset.box.x0}
              y={inset.box.y0}
              width={inset.box.x1 - inset.box.x0}
              height={inset.box.y1 - inset.box.y0}
              fill="#f4f8fc"
              stroke="#8a93a3"
            />
            <g clipPath={`url(#${clipId})`}>{drawShapes(inset, (c) => insetCodes.has(c), 'inset-')}</g>
            {inset.smolensk && (
              <g aria-hidden="true" pointerEvents="none">
                <circle cx={inset.smolensk[0]} cy={inset.smolensk[1]} r={3} fill="#1d2330" />
                <text
                  // Beside the dot, on the side with room for the word.
                  x={inset.smolensk[0] + (inset.smolensk[0] > inset.box.x1 - 70 ? -5 : 5)}
                  textAnchor={inset.smolensk[0] > inset.box.x1 - 70 ? 'end' : 'start'}
                  y={inset.smolensk[1] - 5}
                  fontSize={11}
                  fill="#1d2330"
                  stroke="#ffffff"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  Смоленск
                </text>
              </g>
            )}
            {drawLabels(insetLabels, 'inset-')}
            <text x={inset.box.x0 + 6} y={inset.box.y0 + 12} fontSize={11} fill="#4d5566" aria-hidden="true">
              Европа, крупнее
            </text>
          </g>
        )}
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
          <ChartTooltip
            title={countryNames(hover.code).official}
            lines={[['Мероприятий', formatNumber(hoverCount)], ...(roleLines?.(hover.code) ?? [])]}
          />
        </div>
      )}
    </div>
  );
}
