// The baked outlines and the transform that fits them must draw what d3 would have drawn with the
// projection fitted in the browser (the map before the outlines were baked).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fitBox, fitPoint, fitTransform, unionBox } from './map-layout';
import { bakeWorldShapes, WORLD_ROTATION } from './world-shapes';

const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8'),
) as Parameters<typeof bakeWorldShapes>[0];
const shapes = bakeWorldShapes(topology);
const features = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features;

describe('baked world shapes', () => {
  it('has an outline for every country of world-atlas, and Europe again for the inset', () => {
    expect(shapes.world).toHaveLength(features.length);
    expect(shapes.world.every((s) => s.d.startsWith('M'))).toBe(true);
    // Every outline with an ISO numeric id carries its alpha-2 code; Kosovo, N. Cyprus, Somaliland have none.
    expect(shapes.world.filter((s) => s.code === null).map((s) => s.id)).toEqual(
      expect.arrayContaining(['Kosovo', 'N. Cyprus', 'Somaliland']),
    );
    expect(shapes.world.find((s) => s.id === '112')?.code).toBe('BY');
    const inset = new Set(shapes.inset.map((s) => s.code));
    for (const code of ['BY', 'DE', 'RU', 'RS', 'FR']) expect(inset.has(code), code).toBe(true);
    for (const code of ['US', 'AU', 'BR', 'CN']) expect(inset.has(code), code).toBe(false);
  });

  it('fitted with one transform, lands where d3 fitExtent puts the same countries', () => {
    const focusCodes = new Set(['RU', 'BY', 'CN', 'IN', 'ZA']);
    const focus = shapes.world.filter((s) => focusCodes.has(s.code ?? ''));
    expect(focus).toHaveLength(focusCodes.size);
    const extent = { x0: 8, y0: 8, x1: 632, y1: 344 };
    const fit = fitTransform(unionBox(focus.map((s) => s.bounds)), extent);

    const projection = geoEqualEarth()
      .rotate(WORLD_ROTATION)
      .fitExtent(
        [
          [extent.x0, extent.y0],
          [extent.x1, extent.y1],
        ],
        { type: 'FeatureCollection', features: features.filter((f) => focus.some((s) => s.id === String(f.id))) },
      );
    const path = geoPath(projection);
    for (const shape of focus) {
      const f = features.find((x) => String(x.id) === shape.id)!;
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      const box = fitBox(fit, shape.bounds);
      // Within a pixel: the baked outlines are rounded to whole units at the reference scale.
      for (const [a, b] of [
        [box.x0, x0],
        [box.y0, y0],
        [box.x1, x1],
        [box.y1, y1],
      ] as const)
        expect(Math.abs(a - b), shape.id).toBeLessThan(1);
      const [cx, cy] = path.centroid(f);
      const [bx, by] = fitPoint(fit, shape.centre!);
      expect(Math.hypot(bx - cx, by - cy), shape.id).toBeLessThan(1);
    }
    // The focus fills the extent's width or its height.
    const all = fitBox(fit, unionBox(focus.map((s) => s.bounds)));
    expect(Math.max(all.x1 - all.x0 - 624, all.y1 - all.y0 - 336)).toBeCloseTo(0, 3);
  });
});
