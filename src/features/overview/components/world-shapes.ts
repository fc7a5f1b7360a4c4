// The country map's outlines, projected once when the app is built (vite.config.ts serves them as the
// module `virtual:world-shapes`), not in the browser: turning world-atlas' topology into projected
// paths is ~100 ms of main thread on a phone, every time the map's width or partners changed. Each
// outline is projected at a fixed reference scale; the map fits them to its size and partners with
// one SVG transform (fitTransform), which is exactly what d3's fitExtent would compute, so a resize
// or a filter re-draws no path.
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha2ByNumeric, HOST_COUNTRY } from '../../../domain/countries';
import type { Box } from './map-layout';

export interface WorldShape {
  /** ISO 3166-1 numeric code of world-atlas, or the name where it has none (e.g. Kosovo). */
  id: string;
  /** ISO alpha-2 code, null where world-atlas has no numeric code or the registry does not know it. */
  code: string | null;
  /** The outline at the reference scale, in whole units. */
  d: string;
  /** Its box in projected units. */
  bounds: Box;
  /** The projected centroid (null where it is not finite). */
  centre: [number, number] | null;
  /** The spherical centroid, [lon, lat]. */
  lonLat: [number, number];
  /** Area in steradians, to weight centroids of several countries. */
  area: number;
}

export interface WorldShapes {
  /** Every country on the world map: Equal Earth centred on 60° E, so Russia is not cut. */
  world: WorldShape[];
  /** Countries around Europe for the inset: azimuthal equal-area centred on INSET_CENTRE. */
  inset: WorldShape[];
}

export const WORLD_ROTATION: [number, number] = [-60, 0];
/** The inset's centre (between Belarus and the European Union members the region works with). */
export const INSET_CENTRE: [number, number] = [25, 52];
/** Reference scales: the world ~1 900 units across, so whole units are finer than the map's pixels. */
export const WORLD_SCALE = 380;
export const INSET_SCALE = 4000;

export function worldProjection(): GeoProjection {
  return geoEqualEarth().rotate(WORLD_ROTATION).scale(WORLD_SCALE).translate([0, 0]);
}

export function insetProjection(): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-INSET_CENTRE[0], -INSET_CENTRE[1]]).scale(INSET_SCALE).translate([0, 0]);
}

const tenth = (v: number) => Math.round(v * 10) / 10;

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

const codeOf = (f: CountryFeature) => (f.id === undefined ? null : (alpha2ByNumeric(String(f.id)) ?? null));

function shapesOf(projection: GeoProjection, features: readonly CountryFeature[]): WorldShape[] {
  const path = geoPath(projection).digits(0);
  return features.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    const centre = path.centroid(f);
    const [lon, lat] = geoCentroid(f);
    return {
      id: String(f.id ?? f.properties.name),
      code: codeOf(f),
      d: path(f) ?? '',
      bounds: { x0: tenth(x0), y0: tenth(y0), x1: tenth(x1), y1: tenth(y1) },
      centre: centre.every(Number.isFinite) ? [tenth(centre[0]), tenth(centre[1])] : null,
      lonLat: [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100],
      area: geoArea(f),
    };
  });
}

/** Countries whose centroid lies within this many degrees of the inset's centre are drawn in it. */
const INSET_REACH = { lon: 70, lat: 40 };

export function bakeWorldShapes(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): WorldShapes {
  const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
    .features as CountryFeature[];
  const near = countries.filter((f) => {
    // Russia, the host, reaches into every inset although its centroid is in Siberia.
    if (codeOf(f) === HOST_COUNTRY) return true;
    const [lon, lat] = geoCentroid(f);
    return Math.abs(lon - INSET_CENTRE[0]) < INSET_REACH.lon && Math.abs(lat - INSET_CENTRE[1]) < INSET_REACH.lat;
  });
  return { world: shapesOf(worldProjection(), countries), inset: shapesOf(insetProjection(), near) };
}
