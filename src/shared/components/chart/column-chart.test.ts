import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../chart-export';
import { bandLabels, columnScale } from './column-chart';

describe('columnScale', () => {
  const scale = columnScale({ width: 328, height: 200, count: 3, max: 6, top: 20, bottom: 30 });

  it('splits the plot right of the count axis into equal bands', () => {
    expect([scale.left, scale.right, scale.top, scale.bottom]).toEqual([28, 320, 20, 170]);
    expect(scale.band).toBeCloseTo(292 / 3);
    expect(scale.center(0)).toBeCloseTo(28 + 292 / 6);
  });

  it('maps 0 to the baseline and the top tick to the top of the plot', () => {
    expect(scale.ticks).toEqual([0, 2, 4, 6, 8]);
    expect(scale.yOf(0)).toBe(170);
    expect(scale.yOf(8)).toBe(20);
    const bar = scale.bar(1, 4, 0.25);
    expect(bar.x).toBeCloseTo(28 + (292 / 3) * 1.25);
    expect(bar.width).toBeCloseTo(292 / 6);
    expect([bar.y, bar.height]).toEqual([95, 75]);
  });
});

describe('bandLabels', () => {
  const labels = ['первая неделя', 'вторая', 'третья', 'четвёртая', 'пятая', 'шестая', 'седьмая неделя'];
  const measure = estimateTextWidth;
  const layout = (width: number) => {
    const scale = columnScale({ width, height: 200, count: labels.length, max: 5, top: 20, bottom: 40 });
    return bandLabels(labels, scale, { width, fontSize: 11, measure });
  };

  it('labels every band when each label fits its own band on two lines', () => {
    expect(layout(800).map((l) => l.lines.join(' '))).toEqual(labels);
  });

  it('thins the labels out when narrow: the first and the last stay, none runs into another or out', () => {
    const width = 200;
    const placed = layout(width);
    expect(placed.length).toBeLessThan(labels.length);
    expect(placed[0]!.index).toBe(0);
    expect(placed.at(-1)!.index).toBe(labels.length - 1);
    const extents = placed.map((l) => {
      const half = Math.max(...l.lines.map((line) => measure(line, 11))) / 2;
      return [l.x - half, l.x + half] as const;
    });
    expect(extents[0]![0]).toBeGreaterThanOrEqual(0);
    expect(extents.at(-1)![1]).toBeLessThanOrEqual(width);
    for (let i = 1; i < extents.length; i++) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1] + 8);
    for (const l of placed) expect(l.lines.join(' ')).toBe(labels[l.index]);
  });

  it('keeps a label over its band unless it would leave the drawing', () => {
    const scale = columnScale({ width: 800, height: 200, count: labels.length, max: 5, top: 20, bottom: 40 });
    const placed = bandLabels(labels, scale, { width: 800, fontSize: 11, measure });
    expect(placed.slice(1, -1).every((l) => l.x === scale.center(l.index))).toBe(true);
  });

  it('one label may take the whole width; no labels, nothing placed', () => {
    const scale = columnScale({ width: 300, height: 200, count: 1, max: 5, top: 20, bottom: 40 });
    expect(bandLabels(['единственная'], scale, { width: 300, fontSize: 11, measure })).toHaveLength(1);
    expect(bandLabels([], scale, { width: 300, fontSize: 11, measure })).toEqual([]);
  });
});
