// Build step (Node): serves `virtual:world-shapes`, the country map's outlines projected from
// world-atlas at build time (src/features/overview/components/world-shapes.ts). As JSON.parse of a
// string literal: V8 reads a large JSON text faster than the same object literal.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { bakeWorldShapes } from '../features/overview/components/world-shapes.ts';

const ID = 'virtual:world-shapes';
const RESOLVED = `\0${ID}`;

export function worldShapes(): Plugin {
  let source: string | undefined;
  return {
    name: 'world-shapes',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (source === undefined) {
        const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
        const shapes = bakeWorldShapes(JSON.parse(readFileSync(file, 'utf8')));
        source = `export default JSON.parse(${JSON.stringify(JSON.stringify(shapes))});`;
      }
      return source;
    },
  };
}
