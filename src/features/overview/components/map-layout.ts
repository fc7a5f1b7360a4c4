// Layout of the country map, pure geometry (no React, no d3): where the Europe inset goes, and where
// each count label goes — inside a country big enough to hold it, else beside it with a leader line.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
const CORNERS: readonly Corner[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

export function cornerBox(corner: Corner, width: number, height: number, w: number, h: number, margin: number): Box {
  const x0 = corner.endsWith('left') ? margin : width - margin - w;
  const y0 = corner.startsWith('top') ? margin : height - margin - h;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/** The corner for an inset of w × h that hides the least of the `keep` boxes (the partners it covers). */
export function insetCorner(width: number, height: number, w: number, h: number, margin: number, keep: Box[]): Box {
  let best = cornerBox(CORNERS[0]!, width, height, w, h, margin);
  let bestCovered = Infinity;
  for (const corner of CORNERS) {
    const box = cornerBox(corner, width, height, w, h, margin);
    const covered = keep.reduce((sum, k) => sum + overlapArea(box, k), 0);
    if (covered < bestCovered) {
      best = box;
      bestCovered = covered;
    }
  }
  return best;
}

export interface LabelRequest {
  key: string;
  /** The country's drawn bounds. */
  shape: Box;
  /** Its centroid, where a label inside goes. */
  centre: [number, number];
  /** Width and height of the label text when it fits inside, and when it goes beside. */
  inside: { width: number; height: number };
  outside: { width: number; height: number };
}

export interface PlacedLabel {
  key: string;
  /** Centre of the label text. */
  x: number;
  y: number;
  /** Where the leader line starts (the country's centre); absent for a label inside its country. */
  leader?: [number, number];
  box: Box;
}

const GAP = 14;

function boxAt(x: number, y: number, size: { width: number; height: number }): Box {
  return { x0: x - size.width / 2, y0: y - size.height / 2, x1: x + size.width / 2, y1: y + size.height / 2 };
}

function within(box: Box, area: Box): boolean {
  return box.x0 >= area.x0 && box.y0 >= area.y0 && box.x1 <= area.x1 && box.y1 <= area.y1;
}

/**
 * A label inside its country when the shape holds it with room to spare; otherwise beside it (right,
 * left, above, below, then the diagonals, further out if need be), in the first place that stays inside
 * `area` and overlaps no label placed before it. Larger countries are placed first (callers pass them
 * in that order), so the small ones go around them.
 */
export function placeLabels(requests: readonly LabelRequest[], area: Box, avoid: readonly Box[] = []): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const taken = (box: Box) => placed.some((p) => overlapArea(p.box, box) > 0);
  for (const r of requests) {
    const shapeW = r.shape.x1 - r.shape.x0;
    const shapeH = r.shape.y1 - r.shape.y0;
    const [cx, cy] = r.centre;
    const insideBox = boxAt(cx, cy, r.inside);
    if (shapeW >= r.inside.width + 8 && shapeH >= r.inside.height + 4 && !taken(insideBox)) {
      placed.push({ key: r.key, x: cx, y: cy, box: insideBox });
      continue;
    }
    const { width: w, height: h } = r.outside;
    let chosen: PlacedLabel | undefined;
    let fallback: PlacedLabel | undefined;
    for (const distance of [GAP, GAP * 2.5, GAP * 4]) {
      const candidates: [number, number][] = [
        [r.shape.x1 + distance + w / 2, cy],
        [r.shape.x0 - distance - w / 2, cy],
        [cx, r.shape.y0 - distance - h / 2],
        [cx, r.shape.y1 + distance + h / 2],
        [r.shape.x1 + distance + w / 2, r.shape.y0 - distance],
        [r.shape.x1 + distance + w / 2, r.shape.y1 + distance],
        [r.shape.x0 - distance - w / 2, r.shape.y0 - distance],
        [r.shape.x0 - distance - w / 2, r.shape.y1 + distance],
      ];
      for (const [x, y] of candidates) {
        const box = boxAt(x, y, r.outside);
        if (!within(box, area) || taken(box)) continue;
        const label = { key: r.key, x, y, leader: [cx, cy] as [number, number], box };
        fallback ??= label;
        if (!avoid.some((a) => overlapArea(a, box) > 0)) {
          chosen = label;
          break;
        }
      }
      if (chosen) break;
    }
    // Nowhere free: beside it to the right, clamped into the area, rather than no label at all.
    const last = chosen ?? fallback;
    if (last) placed.push(last);
    else {
      const x = Math.min(Math.max(r.shape.x1 + GAP + w / 2, area.x0 + w / 2), area.x1 - w / 2);
      const y = Math.min(Math.max(cy, area.y0 + h / 2), area.y1 - h / 2);
      placed.push({ key: r.key, x, y, leader: [cx, cy], box: boxAt(x, y, r.outside) });
    }
  }
  return placed;
}

/** A similarity (scale k, then shift x, y) from projected units to the map's pixels. */
export interface Fit {
  k: number;
  x: number;
  y: number;
}

/** The fit that centres `bounds` (projected units) in `extent` (pixels), as d3's fitExtent does. */
export function fitTransform(bounds: Box, extent: Box): Fit {
  const w = extent.x1 - extent.x0;
  const h = extent.y1 - extent.y0;
  const k = Math.min(w / Math.max(bounds.x1 - bounds.x0, 1e-9), h / Math.max(bounds.y1 - bounds.y0, 1e-9));
  return {
    k,
    x: extent.x0 + (w - k * (bounds.x1 + bounds.x0)) / 2,
    y: extent.y0 + (h - k * (bounds.y1 + bounds.y0)) / 2,
  };
}

export function fitPoint(fit: Fit, [x, y]: readonly [number, number]): [number, number] {
  return [fit.k * x + fit.x, fit.k * y + fit.y];
}

export function fitBox(fit: Fit, box: Box): Box {
  return {
    x0: fit.k * box.x0 + fit.x,
    y0: fit.k * box.y0 + fit.y,
    x1: fit.k * box.x1 + fit.x,
    y1: fit.k * box.y1 + fit.y,
  };
}

/** The smallest box around all of `boxes`. */
export function unionBox(boxes: readonly Box[]): Box {
  return boxes.reduce<Box>(
    (u, b) => ({
      x0: Math.min(u.x0, b.x0),
      y0: Math.min(u.y0, b.y0),
      x1: Math.max(u.x1, b.x1),
      y1: Math.max(u.y1, b.y1),
    }),
    { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity },
  );
}
